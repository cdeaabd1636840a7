// Text reporter: `path:line:col: severity: message [rule-id]`, plus the batch summary line.
import path from 'node:path';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { diagnosticOf, sortedMessages } from './messages.js';
import { cliMessages } from './catalogue/cli.js';
import { say, type MessageLang } from './say.js';

/** The path as the user typed it: relative to the working directory when inside it. */
export function displayPath(file: VFile, cwd = process.cwd()): string {
  const relative = path.relative(cwd, file.path);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file.path;
}

export interface FormatOptions {
  /** Show the stack of the error behind a message, where leaflet itself or a library failed. */
  debug?: boolean;
  /** The language of the messages; English unless asked. */
  lang?: MessageLang;
}

/** The stack of the error behind a message, indented under it; only with --debug. */
function stackOf(message: VFileMessage, { debug = false }: FormatOptions): string {
  const stack = message.cause instanceof Error ? message.cause.stack : undefined;
  return debug && stack ? `\n${stack.replace(/^/gm, '  ')}` : '';
}

export function formatMessage(file: VFile, message: VFileMessage, cwd?: string, options: FormatOptions = {}): string {
  const lang = options.lang ?? 'en';
  const { line, column, severity, rule, reason, hint } = diagnosticOf(message, lang);
  // `error: …` in English, `错误：…` in Chinese; the place stays `path:line:col:` for editors to read.
  const colon = lang === 'en' ? ': ' : '：';
  return `${displayPath(file, cwd)}:${line}:${column}: ${cliMessages[severity][lang]}${colon}${reason}${rule ? ` [${rule}]` : ''}${hint ? `\n  ${cliMessages.hint[lang]}${colon}${hint}` : ''}${stackOf(message, options)}`;
}

export function formatFile(file: VFile, cwd?: string, options: FormatOptions = {}): string[] {
  return sortedMessages(file).map((m) => formatMessage(file, m, cwd, options));
}

export interface Summary {
  built: number;
  failed: number;
  warnings: number;
  /** Leaflets that passed `check` (which builds none). */
  checked?: number;
  /** Leaflets whose PDF was up to date, taken from the build cache. */
  cached?: number;
}

/** `built 2, failed 0, warnings 1, cached 48` (`完成 2，失败 0，警告 1，未改动 48`), as a batch ends; `passed 2, failed 0, warnings 1` after `check`. */
export function formatSummary({ built, failed, warnings, checked, cached }: Summary, lang: MessageLang = 'en'): string {
  // `check` builds nothing: it counts the leaflets that passed.
  const parts = [
    checked === undefined ? say(cliMessages.summary, { built, failed, warnings }) : say(cliMessages.summaryChecked, { checked, failed, warnings }),
    ...(cached === undefined ? [] : [say(cliMessages.summaryCached, { cached })]),
  ];
  return parts.map((part) => part[lang]).join('');
}
