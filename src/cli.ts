#!/usr/bin/env node
// Command line: argv → command → report → exit code. The only place that ends the process.
import { createRequire } from 'node:module';
import { checkEnvironment, parse, portOf, usage, UsageError } from './cli/options.js';

// React's development build is several times slower; the renderer is loaded only after this is set.
process.env.NODE_ENV ??= 'production';

// A reader that stops early (`leaflet build | head -1`) ends the output, not the run: the rest is dropped quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (cause: NodeJS.ErrnoException) => {
    if (cause.code !== 'EPIPE' && cause.code !== 'ERR_STREAM_DESTROYED') throw cause;
  });
}

/** The commands that build, and so read `SOURCE_DATE_EPOCH`. */
const building = new Set(['build', 'check', 'pack', 'watch', 'preview']);

async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv);
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  if (values.version) {
    const pkg = createRequire(import.meta.url)('../../package.json') as { version: string };
    process.stdout.write(`${pkg.version}\n`);
    return 0;
  }
  const [command, ...paths] = positionals;
  // Each command loads what it needs only when it runs, so that --help and usage errors answer at once.
  if (command === 'new') return (await import('./cli/new-command.js')).create(paths, values.brand);
  if (command && building.has(command)) checkEnvironment();
  if (command === 'pack') return (await import('./cli/pack-command.js')).packCommand(paths, values);
  if (command === 'build' || command === 'check') return (await import('./cli/build-command.js')).buildCommand(command, paths, values);
  if (command === 'watch') {
    const { watchCommand } = await import('./cli/watch-command.js');
    return watchCommand({ paths: paths.length > 0 ? paths : ['leaflets'], outDir: values.out, brandPath: values.brand, strict: values.strict, force: values.force });
  }
  if (command === 'preview') {
    const { previewCommand } = await import('./cli/preview-command.js');
    const options = { paths: paths.length > 0 ? paths : ['leaflets'], outDir: values.out, brandPath: values.brand, strict: values.strict, force: values.force };
    return previewCommand({ ...options, port: portOf(values.port) });
  }
  throw new UsageError(command ? `unknown command '${command}'` : 'no command given');
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (cause: unknown) => {
    if (cause instanceof UsageError) {
      process.stderr.write(`leaflet: ${cause.message}\n\n${usage}\n`);
      process.exitCode = 2;
    } else {
      // The stack is for a bug report: shown with --debug only.
      const debug = process.argv.slice(2).includes('--debug');
      const detail = cause instanceof Error ? (debug ? cause.stack : cause.message) : String(cause);
      process.stderr.write(`leaflet: internal error: ${detail}${debug ? '' : '\n  hint: run the command again with --debug to see where it failed'}\n`);
      process.exitCode = 1;
    }
  },
);
