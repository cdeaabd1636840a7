#!/usr/bin/env node
// Command line: argv → command → report → exit code. The only place that ends the process.
import { parseArgs } from 'node:util';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { createProgress } from './cli/progress.js';
import { statusLine, summaryLine } from './cli/report.js';
import { formatFile } from './diagnostics/format.js';

// React's development build is several times slower; the renderer is loaded only after this is set.
process.env.NODE_ENV ??= 'production';

const usage = `Usage: leaflet <command> [paths...] [options]

Commands:
  build [paths...]   render leaflets (.md files, or folders searched recursively) into PDFs
  check [paths...]   run every check without writing a PDF
  watch [paths...]   build, then rebuild each leaflet when it, the brand or an image changes
  preview [paths...] watch, and show the leaflets on a live page at http://127.0.0.1:4173/

Paths default to leaflets/.

Options:
  -o, --out DIR      output folder (default: out)
  -b, --brand FILE   brand file (default: assets/brand.yaml)
      --strict       treat warnings as errors
  -j, --jobs N       render N leaflets at once (default: the number of cores)
      --force        render every leaflet, even those whose PDF is up to date
      --port N       the preview page's port (default: 4173)
  -h, --help         show this help
  -v, --version      show the version

Exit codes: 0 all built, 1 a leaflet failed, 2 usage error.`;

class UsageError extends Error {}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o', default: 'out' },
        brand: { type: 'string', short: 'b', default: 'assets/brand.yaml' },
        strict: { type: 'boolean', default: false },
        jobs: { type: 'string', short: 'j' },
        force: { type: 'boolean', default: false },
        port: { type: 'string', default: '4173' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (cause) {
    throw new UsageError((cause as Error).message);
  }
}

function jobsOf(value: string | undefined): number {
  if (value === undefined) return availableParallelism();
  if (!/^[1-9]\d*$/.test(value)) throw new UsageError(`--jobs expects a whole number of 1 or more, not '${value}'`);
  return Number(value);
}

function portOf(value: string): number {
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65535) throw new UsageError(`--port expects a port number from 0 to 65535, not '${value}'`);
  return Number(value);
}

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
  if (command !== 'build' && command !== 'check' && command !== 'watch' && command !== 'preview') {
    throw new UsageError(command ? `unknown command '${command}'` : 'no command given');
  }
  const options = {
    paths: paths.length > 0 ? paths : ['leaflets'],
    outDir: values.out,
    brandPath: values.brand,
    strict: values.strict,
    jobs: jobsOf(values.jobs),
    force: values.force,
  };
  if (command === 'watch') {
    const { watchCommand } = await import('./watch/watch-command.js');
    return watchCommand(options);
  }
  if (command === 'preview') {
    const { previewCommand } = await import('./preview/preview-command.js');
    return previewCommand({ ...options, port: portOf(values.port) });
  }
  const dryRun = command === 'check';
  const { batchFailed, buildMany } = await import('./build/build-many.js');
  const progress = createProgress(process);
  const batch = await buildMany({
    ...options,
    dryRun,
    onStart: (inputs) => progress.start(inputs),
    onResult: (result) => progress.done(formatFile(result.file), statusLine(result, dryRun)),
  });
  progress.stop();
  const brandLines = formatFile(batch.brand);
  if (brandLines.length > 0) process.stderr.write(`${brandLines.join('\n')}\n`);
  process.stdout.write(`${summaryLine(batch.results, performance.now(), dryRun)}\n`);
  return batchFailed(batch) ? 1 : 0;
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
      process.stderr.write(`leaflet: internal error: ${(cause as Error).stack ?? String(cause)}\n`);
      process.exitCode = 1;
    }
  },
);
