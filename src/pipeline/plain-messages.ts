// A leaflet's messages as plain data, to cross a worker boundary or be kept in the build cache.
import type { VFile } from 'vfile';
import { setTexts, textsOf } from '../diagnostics/messages.js';
import type { Said } from '../diagnostics/say.js';
import { isBoolean, isNumber, isString, optional, shape, type Guard } from './plain-shape.js';

interface Point {
  line: number;
  column: number;
}

export interface PlainMessage {
  reason: string;
  place?: Point | { start: Point; end: Point };
  ruleId?: string;
  source?: string;
  fatal: boolean;
  note?: string;
  /** The stack of the error behind the message, for --debug. */
  stack?: string;
  /** The message and its hint in every language. */
  texts: { reason: Said; hint?: Said };
}

const isPoint = shape<Point>({ line: isNumber, column: isNumber });
const isSaid = shape<Said>({ 'zh-CN': isString, en: isString });
const isPlace = (value: unknown): value is PlainMessage['place'] => isPoint(value) || shape({ start: isPoint, end: isPoint })(value);

export const isPlainMessage: Guard<PlainMessage> = shape<PlainMessage>({
  reason: isString,
  place: optional(isPlace),
  ruleId: optional(isString),
  source: optional(isString),
  fatal: isBoolean,
  note: optional(isString),
  stack: optional(isString),
  texts: shape({ reason: isSaid, hint: optional(isSaid) }),
});

export function toPlain(file: VFile): PlainMessage[] {
  return file.messages.map((m) => ({
    reason: m.reason,
    place: m.place ? structuredClone(m.place) : undefined,
    ruleId: m.ruleId,
    source: m.source,
    fatal: m.fatal === true,
    note: m.note,
    stack: m.cause instanceof Error ? m.cause.stack : undefined,
    texts: textsOf(m),
  }));
}

/** Adds messages read back from plain data to a file, as the stage that made them did. */
export function addPlain(file: VFile, messages: PlainMessage[]): void {
  for (const plain of messages) {
    const cause = plain.stack === undefined ? undefined : Object.assign(new Error(plain.reason), { stack: plain.stack });
    const message = file.message(plain.reason, { place: plain.place, ruleId: plain.ruleId, source: plain.source, cause });
    message.fatal = plain.fatal;
    if (plain.note !== undefined) message.note = plain.note;
    setTexts(message, plain.texts);
  }
}
