// The command line's work: argv → command → report → exit code, which the process around it (src/cli.ts) ends with.
import { cliMessages } from '../diagnostics/catalogue/cli.js';
import { closestName } from '../diagnostics/closest-name.js';
import { say } from '../diagnostics/say.js';
import { cliLanguage, fallbackLanguage } from './language.js';
import { checkEnvironment, parse, portOf, usage, UsageError } from './options.js';

const commands = ['build', 'check', 'watch', 'preview', 'new', 'pack'];
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
    process.stdout.write(`${await (await import('../pipeline/tool-id.js')).leafletVersion()}\n`);
    return 0;
  }
  const [command, ...paths] = positionals;
  // Each command loads what it needs only when it runs, so that --help and usage errors answer at once.
  if (command === 'new') return (await import('./new-command.js')).create(paths, values.brand, lang);
  if (command && building.has(command)) checkEnvironment();
  if (command === 'pack') return (await import('./pack-command.js')).packCommand(paths, values, lang);
  if (command === 'build' || command === 'check') return (await import('./build-command.js')).buildCommand(command, paths, values, lang);
  const watching = { paths: paths.length > 0 ? paths : ['leaflets'], outDir: values.out, brandPath: values.brand, strict: values.strict, force: values.force, lang };
  // --phone and --no-phone over the brand's default; the preview makes the phone edition unless told not to.
  const phone = values.phone;
  if (command === 'watch') return (await import('./watch-command.js')).watchCommand({ ...watching, print: phone === undefined ? {} : { phone } }, lang);
  if (command === 'preview') {
    return (await import('./preview-command.js')).previewCommand({ ...watching, port: portOf(values.port), print: phone === false ? { phone } : {} }, lang);
  }
  const guess = command ? closestName(command, commands) : undefined;
  if (command && guess) throw new UsageError(say(cliMessages.unknownCommandGuess, { command, guess }));
  throw new UsageError(command ? say(cliMessages.unknownCommand, { command }) : say(cliMessages.noCommand), true);
}

/** Runs `leaflet` with `argv` (the arguments after `leaflet`) and gives the exit code it ends with. */
export async function main(argv: string[]): Promise<number> {
  try {
    return await run(argv);
  } catch (cause) {
    const lang = fallbackLanguage(argv);
    if (cause instanceof UsageError) {
      // One mistake in an option: its message and where to read more, not the whole usage under it.
      process.stderr.write(`leaflet: ${cause.said[lang]}\n${cause.whole ? `\n${usage(lang)}` : cliMessages.seeHelp[lang]}\n`);
      return 2;
    }
    // The stack is for a bug report: shown with --debug only.
    const debug = argv.includes('--debug');
    const detail = cause instanceof Error ? (debug ? cause.stack : cause.message) : String(cause);
    process.stderr.write(`${say(cliMessages.internalError, { detail: detail ?? '' })[lang]}${debug ? '' : `\n  ${cliMessages.internalHint[lang]}`}\n`);
    return 1;
  }
}
