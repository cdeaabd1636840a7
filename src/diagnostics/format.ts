// Text reporter: `path:line:col: severity: message [rule-id]`, plus the batch summary line.
import path from 'node:path';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { diagnosticOf, sortedMessages } from './messages.js';

/** The path as the user typed it: relative to the working directory when inside it. */
export function displayPath(file: VFile, cwd = process.cwd()): string {
  const relative = path.relative(cwd, file.path);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file.path;
}

export interface FormatOptions {
  /** Show the stack of the error behind a message, where leaflet itself or a library failed. */
  debug?: boolean;
}

/** The stack of the error behind a message, indented under it; only with --debug. */
function stackOf(message: VFileMessage, { debug = false }: FormatOptions): string {
  const stack = message.cause instanceof Error ? message.cause.stack : undefined;
  return debug && stack ? `\n${stack.replace(/^/gm, '  ')}` : '';
}

export function formatMessage(file: VFile, message: VFileMessage, cwd?: string, options: FormatOptions = {}): string {
  const { line, column, severity, rule, reason, hint } = diagnosticOf(message);
  return `${displayPath(file, cwd)}:${line}:${column}: ${severity}: ${reason}${rule ? ` [${rule}]` : ''}${hint ? `\n  hint: ${hint}` : ''}${stackOf(message, options)}`;
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

export function formatSummary({ built, failed, warnings, checked, cached }: Summary): string {
  const extra = [checked === undefined ? '' : `, checked ${checked}`, cached === undefined ? '' : `, cached ${cached}`].join('');
  return `built ${built}, failed ${failed}, warnings ${warnings}${extra}`;
}
