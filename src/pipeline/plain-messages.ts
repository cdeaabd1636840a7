// A leaflet's messages as plain data, to cross a worker boundary or be kept in the build cache.
import type { VFile } from 'vfile';
import { z } from 'zod';
import { setTexts, textsOf } from '../diagnostics/messages.js';

const point = z.object({ line: z.number(), column: z.number() });
const said = z.object({ 'zh-CN': z.string(), en: z.string() });

export const PlainMessage = z.object({
  reason: z.string(),
  place: z.union([point, z.object({ start: point, end: point })]).optional(),
  ruleId: z.string().optional(),
  source: z.string().optional(),
  fatal: z.boolean(),
  note: z.string().optional(),
  /** The stack of the error behind the message, for --debug. */
  stack: z.string().optional(),
  /** The message and its hint in every language. */
  texts: z.object({ reason: said, hint: said.optional() }),
});
export type PlainMessage = z.infer<typeof PlainMessage>;

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
