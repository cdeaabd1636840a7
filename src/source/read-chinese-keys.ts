// Settings named in Chinese (纸张: A5) read as the keys they stand for, with a warning at each: what the writer meant.
import { isMap, isPair, isScalar, type Document, type Node } from 'yaml';
import * as z from 'zod';
import type { VFile } from 'vfile';
import { sourceMessages as m } from '../diagnostics/catalogue/source.js';
import { warn, type Point } from '../diagnostics/messages.js';
import { say } from '../diagnostics/say.js';
import { keyForChinese } from './chinese-keys.js';
import { unwrap } from './schema-unwrap.js';

/** The keys of an object schema, with the schema of each value; none for any other schema. */
function fieldsOf(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  const shape = unwrap(schema);
  return shape instanceof z.ZodObject ? (shape.shape as Record<string, z.ZodType>) : undefined;
}

/**
 * Renames, in the parsed document, each key written in Chinese whose key is known at its place and not written
 * too (`纸张` → `format`, `地点` → `venue` in an event), and warns at each; nested settings follow their schema.
 * The key keeps its place in the text, so later messages about its value point there.
 */
export function readChineseKeys(file: VFile, doc: Document, schema: z.ZodType, pointAt: (offset: number) => Point): void {
  const visit = (node: Node | null | undefined, at: z.ZodType) => {
    const fields = fieldsOf(at);
    if (!fields || !isMap(node)) return;
    const known = Object.keys(fields);
    const written = new Set(node.items.map((item) => (isPair(item) && isScalar(item.key) ? String(item.key.value) : '')));
    for (const item of node.items) {
      if (!isPair(item) || !isScalar(item.key)) continue;
      const name = String(item.key.value);
      const key = Object.hasOwn(fields, name) ? undefined : keyForChinese(name, known);
      if (key && !written.has(key)) {
        written.add(key);
        item.key.value = key;
        warn(file, 'unknown-key', say(m.chineseKeyRead, { written: name, key }), { place: pointAt(item.key.range?.[0] ?? 0), hint: say(m.chineseKeyReadHint, { written: name, key }) });
      }
      const field = fields[String(item.key.value)];
      if (field) visit(item.value as Node, field);
    }
  };
  visit(doc.contents as Node, schema);
}
