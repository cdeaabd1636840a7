// One message type for every stage: vfile messages with a place, a rule id and a severity.
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { RuleId } from './rules.js';
import { verbatim, type MessageLang, type Said } from './say.js';

export interface Point {
  line: number;
  column: number;
}
export type Severity = 'error' | 'warning';

export interface Report {
  place?: Point;
  hint?: string | Said;
  /** The error behind the message, when leaflet itself or a library failed: its stack is shown with --debug. */
  cause?: unknown;
}

/** A message's texts in every language, kept beside its English `reason` and `note`. */
export interface Texts {
  reason: Said;
  hint?: Said;
}

const said = (text: string | Said): Said => (typeof text === 'string' ? verbatim(text) : text);

/** Records a message's texts in every language on it. */
export function setTexts(message: VFileMessage, texts: Texts): void {
  (message as VFileMessage & { texts?: Texts }).texts = texts;
  message.reason = texts.reason.en;
  message.message = texts.reason.en;
  if (texts.hint) message.note = texts.hint.en;
}

/** A message's texts in every language; a message made elsewhere (a library's) has its English only. */
export function textsOf(message: VFileMessage): Texts {
  const own = (message as VFileMessage & { texts?: Texts }).texts;
  return own ?? { reason: verbatim(message.reason), ...(message.note ? { hint: verbatim(message.note) } : {}) };
}

function add(file: VFile, severity: Severity, rule: RuleId, reason: string | Said, report: Report): VFileMessage {
  const cause = report.cause instanceof Error ? report.cause : undefined;
  const texts: Texts = { reason: said(reason), ...(report.hint ? { hint: said(report.hint) } : {}) };
  const message = file.message(texts.reason.en, { place: report.place, ruleId: rule, source: 'leaflet', cause });
  message.fatal = severity === 'error';
  setTexts(message, texts);
  return message;
}

/** Records an error: the leaflet cannot be built. */
export function error(file: VFile, rule: RuleId, reason: string | Said, report: Report = {}): VFileMessage {
  return add(file, 'error', rule, reason, report);
}

/** Records a warning: the leaflet builds, but something needs a look. */
export function warn(file: VFile, rule: RuleId, reason: string | Said, report: Report = {}): VFileMessage {
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

/** A message as plain data, in the language asked for; a message without a place points at the start of the file. */
export function diagnosticOf(message: VFileMessage, lang: MessageLang = 'en'): Diagnostic {
  const texts = textsOf(message);
  return {
    line: message.line ?? 1,
    column: message.column ?? 1,
    severity: severityOf(message),
    reason: texts.reason[lang],
    ...(message.ruleId ? { rule: message.ruleId } : {}),
    ...(texts.hint ? { hint: texts.hint[lang] } : {}),
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
export function diagnosticsOf(file: VFile, lang: MessageLang = 'en'): Diagnostic[] {
  return sortedMessages(file).map((message) => diagnosticOf(message, lang));
}
