// The language of the command line's messages: --messages, then LEAFLET_MESSAGES, then the brand file's `lang:`.
import { readFileSync } from 'node:fs';
import { messageLanguage, messageLanguages, say, type MessageLang } from '../diagnostics/say.js';
import { cliMessages } from '../diagnostics/catalogue/cli.js';
import { UsageError } from './options.js';

/**
 * The brand file's top-level `lang:`, read as text: the language must be known before the brand is loaded
 * (for `--help`, a usage error, or the brand file's own messages). Undefined when the file cannot be read.
 */
function brandLanguage(brandPath: string): string | undefined {
  try {
    return /^lang:[ \t]*["']?([A-Za-z-]+)/m.exec(readFileSync(brandPath, 'utf8').slice(0, 256 * 1024))?.[1];
  } catch {
    return undefined;
  }
}

/** `--messages` as given (a wrong value is a usage error), else the environment, else the brand's language. */
export function cliLanguage(flag: string | undefined, brandPath: string, env: NodeJS.ProcessEnv = process.env): MessageLang {
  if (flag !== undefined && !messageLanguages.some((lang) => lang.toLowerCase() === flag.trim().toLowerCase())) {
    throw new UsageError(say(cliMessages.messagesUnknown, { value: flag }));
  }
  return messageLanguage(flag, env.LEAFLET_MESSAGES, flag === undefined && !env.LEAFLET_MESSAGES ? brandLanguage(brandPath) : undefined);
}

/** The language for a usage error, found from the raw arguments when they could not be parsed. */
export function fallbackLanguage(argv: string[], env: NodeJS.ProcessEnv = process.env): MessageLang {
  const at = argv.findIndex((arg) => arg === '--messages' || arg.startsWith('--messages='));
  const flag = at < 0 ? undefined : argv[at]!.includes('=') ? argv[at]!.split('=')[1] : argv[at + 1];
  const brandAt = argv.findIndex((arg) => arg === '--brand' || arg === '-b');
  const brandPath = brandAt < 0 ? 'assets/brand.yaml' : (argv[brandAt + 1] ?? 'assets/brand.yaml');
  return messageLanguage(flag, env.LEAFLET_MESSAGES, brandLanguage(brandPath));
}
