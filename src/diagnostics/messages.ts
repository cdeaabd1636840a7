// One message type for every stage: vfile messages with a place, a rule id and a severity.
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { RuleId } from './rules.js';

export interface Point {
  line: number;
  column: number;
}
export type Severity = 'error' | 'warning';

export interface Report {
  place?: Point;
  hint?: string;
  /** The error behind the message, when leaflet itself or a library failed: its stack is shown with --debug. */
  cause?: unknown;
}

function add(file: VFile, severity: Severity, rule: RuleId, reason: string, report: Report): VFileMessage {
  const cause = report.cause instanceof Error ? report.cause : undefined;
  const message = file.message(reason, { place: report.place, ruleId: rule, source: 'leaflet', cause });
  message.fatal = severity === 'error';
  if (report.hint) message.note = report.hint;
  return message;
}

/** Records an error: the leaflet cannot be built. */
export function error(file: VFile, rule: RuleId, reason: string, report: Report = {}): VFileMessage {
  return add(file, 'error', rule, reason, report);
}

/** Records a warning: the leaflet builds, but something needs a look. */
export function warn(file: VFile, rule: RuleId, reason: string, report: Report = {}): VFileMessage {
  return add(file, 'warning', rule, reason, report);
}

/** The text of an error of any kind (a library may throw a string); the error itself goes on as a message's `cause`. */
export function messageOf(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}

export function severityOf(message: VFileMessage): Severity {
  return message.fatal ? 'error' : 'warning';
}

/** What every reporter shows of a message: the text, JSON and the preview page. */
export interface Diagnostic {
  line: number;
  column: number;
  severity: Severity;
  reason: string;
  rule?: string;
  hint?: string;
}

/** A message as plain data; a message without a place points at the start of the file. */
export function diagnosticOf(message: VFileMessage): Diagnostic {
  return {
    line: message.line ?? 1,
    column: message.column ?? 1,
    severity: severityOf(message),
    reason: message.reason,
    ...(message.ruleId ? { rule: message.ruleId } : {}),
    ...(message.note ? { hint: message.note } : {}),
  };
}

export function hasErrors(file: VFile): boolean {
  return file.messages.some((m) => m.fatal === true);
}

/** Turns every warning of a file into an error (`--strict`). */
export function makeStrict(file: VFile): void {
  for (const message of file.messages) message.fatal = true;
}

/** Messages sorted by position, so reports read top to bottom whatever the stage order. */
export function sortedMessages(file: VFile): VFileMessage[] {
  return [...file.messages].sort(
    (a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
}

/** A file's messages as plain data, top to bottom. */
export function diagnosticsOf(file: VFile): Diagnostic[] {
  return sortedMessages(file).map(diagnosticOf);
}
