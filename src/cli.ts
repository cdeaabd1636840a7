#!/usr/bin/env node
// Command line: argv → command → report → exit code. The only place that ends the process.
import { createRequire } from 'node:module';
import { cliMessages } from './diagnostics/catalogue/cli.js';
import { say } from './diagnostics/say.js';
import { cliLanguage, fallbackLanguage } from './cli/language.js';
import { checkEnvironment, parse, portOf, usage, UsageError } from './cli/options.js';

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
  const lang = cliLanguage(values.messages, values.brand);
  if (values.help) {
    process.stdout.write(`${usage(lang)}\n`);
    return 0;
  }
  if (values.version) {
    const pkg = createRequire(import.meta.url)('../../package.json') as { version: string };
    process.stdout.write(`${pkg.version}\n`);
    return 0;
  }
  const [command, ...paths] = positionals;
  // Each command loads what it needs only when it runs, so that --help and usage errors answer at once.
  if (command === 'new') return (await import('./cli/new-command.js')).create(paths, values.brand, lang);
  if (command && building.has(command)) checkEnvironment();
  if (command === 'pack') return (await import('./cli/pack-command.js')).packCommand(paths, values, lang);
  if (command === 'build' || command === 'check') return (await import('./cli/build-command.js')).buildCommand(command, paths, values, lang);
  const watching = { paths: paths.length > 0 ? paths : ['leaflets'], outDir: values.out, brandPath: values.brand, strict: values.strict, force: values.force, lang };
  // --phone and --no-phone over the brand's default; the preview makes the phone edition unless told not to.
  const phone = values.phone;
  if (command === 'watch') return (await import('./cli/watch-command.js')).watchCommand({ ...watching, print: phone === undefined ? {} : { phone } }, lang);
  if (command === 'preview') {
    return (await import('./cli/preview-command.js')).previewCommand({ ...watching, port: portOf(values.port), print: phone === false ? { phone } : {} }, lang);
  }
  throw new UsageError(command ? say(cliMessages.unknownCommand, { command }) : say(cliMessages.noCommand), true);
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (cause: unknown) => {
    const argv = process.argv.slice(2);
    const lang = fallbackLanguage(argv);
    if (cause instanceof UsageError) {
      // One mistake in an option: its message and where to read more, not the whole usage under it.
      process.stderr.write(`leaflet: ${cause.said[lang]}\n${cause.whole ? `\n${usage(lang)}` : cliMessages.seeHelp[lang]}\n`);
      process.exitCode = 2;
    } else {
      // The stack is for a bug report: shown with --debug only.
      const debug = argv.includes('--debug');
      const detail = cause instanceof Error ? (debug ? cause.stack : cause.message) : String(cause);
      process.stderr.write(`${say(cliMessages.internalError, { detail: detail ?? '' })[lang]}${debug ? '' : `\n  ${cliMessages.internalHint[lang]}`}\n`);
      process.exitCode = 1;
    }
  },
);
