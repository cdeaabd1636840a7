// The command line's words: usage text, option parsing, and the usage error that exits with code 2.
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { cliMessages } from '../diagnostics/catalogue/cli.js';
import { closestName } from '../diagnostics/closest-name.js';
import { messageOf } from '../diagnostics/messages.js';
import { say, type MessageLang, type Said } from '../diagnostics/say.js';
import { checkSourceDateEpoch } from '../pipeline/build-date.js';

/** A mistake in the command line: its message in every language, and exit code 2. */
export class UsageError extends Error {
  /** `whole`: the usage is printed after the message (no command, or an unknown one); else a line that points to --help. */
  constructor(
    readonly said: Said,
    readonly whole = false,
  ) {
    super(said.en);
  }
}

/** What Node's argument parser found wrong, in the user's language where it is one of the usual slips. */
function argumentsMistake(detail: string): Said {
  const unknown = /^Unknown option '([^']+)'/.exec(detail)?.[1];
  const guess = unknown?.startsWith('--') ? closestName(unknown, Object.keys(options).map((name) => `--${name}`)) : undefined;
  if (unknown && guess) return say(cliMessages.unknownOptionGuess, { option: unknown, guess });
  if (unknown) return say(cliMessages.unknownOption, { option: unknown });
  const missing = /^Option '(?:-\w, )?(--[\w-]+) <value>' argument missing$/.exec(detail)?.[1];
  if (missing) return say(cliMessages.optionNeedsValue, { option: missing });
  const valued = /^Option '(?:-\w, )?(--[\w-]+)' does not take an argument$/.exec(detail)?.[1];
  if (valued) return say(cliMessages.optionTakesNoValue, { option: valued });
  return say(cliMessages.badArguments, { detail });
}

/** The options of every command, as Node's argument parser reads them. */
const options = {
  out: { type: 'string', short: 'o', default: 'out' },
  brand: { type: 'string', short: 'b', default: 'assets/brand.yaml' },
  strict: { type: 'boolean', default: false },
  report: { type: 'string', default: 'text' },
  messages: { type: 'string' },
  ics: { type: 'boolean', default: false },
  jobs: { type: 'string', short: 'j' },
  force: { type: 'boolean', default: false },
  port: { type: 'string', default: '4173' },
  debug: { type: 'boolean', default: false },
  format: { type: 'string', short: 'f' },
  press: { type: 'boolean' },
  bleed: { type: 'string' },
  marks: { type: 'boolean' },
  booklet: { type: 'boolean', default: false },
  trifold: { type: 'boolean', default: false },
  grayscale: { type: 'boolean' },
  'large-print': { type: 'boolean', default: false },
  phone: { type: 'boolean' },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false },
} as const;

/** An option typed with the keyboard in Chinese mode: `——format`, `－－phone`, `—trifold`. */
const wideDashes = /^(?:——?|－－|—)([A-Za-z][\w-]*)$/;

export function parse(argv: string[]) {
  for (const arg of argv) {
    const name = wideDashes.exec(arg)?.[1];
    if (name) throw new UsageError(say(cliMessages.wideDashes, { option: arg, meant: `--${closestName(name, Object.keys(options)) ?? name}` }));
  }
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      allowNegative: true,
      options,
    });
  } catch (cause) {
    throw new UsageError(argumentsMistake(messageOf(cause)));
  }
}

export type Values = ReturnType<typeof parse>['values'];

export interface Jobs {
  jobs?: number;
  /** Said once on stderr when `--jobs` asked for more than the computer has cores. */
  note?: Said;
}

/** `--jobs N`: a whole number of 1 or more, at most the number of cores; none means one per core. */
export function jobsOf(value: string | undefined, cores = availableParallelism()): Jobs {
  if (value === undefined) return {};
  if (!/^[1-9]\d*$/.test(value)) throw new UsageError(say(cliMessages.jobsNotNumber, { value }));
  const asked = Number(value);
  if (asked <= cores) return { jobs: asked };
  const shown = value.length > 12 ? `${value.slice(0, 9)}…` : value;
  return { jobs: cores, note: say(cliMessages.jobsCapped, { asked: shown, cores }) };
}

/** `SOURCE_DATE_EPOCH`, when set, must be a date that a PDF can hold: anything else is a usage error. */
export function checkEnvironment(env: NodeJS.ProcessEnv = process.env): void {
  const epoch = checkSourceDateEpoch(env.SOURCE_DATE_EPOCH);
  if (!epoch.ok) throw new UsageError(epoch.reason);
}

/** `--port N`: a port number, 0 for any free one. */
export function portOf(value: string): number {
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65535) throw new UsageError(say(cliMessages.portNotNumber, { value }));
  return Number(value);
}

/** The help text in the language of messages. */
export const usage = (lang: MessageLang) => cliMessages.usage[lang];
