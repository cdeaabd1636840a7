// Values read as the writer meant them: a text setting typed as a number (phone: 02888888888) keeps its digits, a
// choice typed in another case, in full width or with its word (format: a4, Ａ４, A4纸) is that choice, and 是 is a yes.
import { isMap, isPair, isScalar, isSeq, type Document, type Node, type Scalar } from 'yaml';
import * as z from 'zod';
import type { VFile } from 'vfile';
import { sourceMessages as m } from '../diagnostics/catalogue/source.js';
import { warn, type Point } from '../diagnostics/messages.js';
import { say } from '../diagnostics/say.js';
import { halfWidth } from './half-width.js';
import { unwrap } from './schema-unwrap.js';

/** The schema a value is checked with, past wrappers and transforms, and for a choice of schemas the one for this node. */
function schemaFor(schema: z.ZodType, node: Node | null | undefined): z.ZodType {
  const shape = unwrap(schema);
  if (shape instanceof z.ZodPipe) return schemaFor(shape.in as z.ZodType, node);
  if (!(shape instanceof z.ZodUnion)) return shape;
  const options = (shape.options as z.ZodType[]).map((option) => schemaFor(option, node));
  if (isSeq(node)) return options.find((option) => option instanceof z.ZodArray) ?? shape;
  if (isMap(node)) return options.find((option) => option instanceof z.ZodObject) ?? shape;
  // `capacity: 30` may be a number: a value is only read as text where no number or yes/no is allowed.
  if (options.some((option) => option instanceof z.ZodNumber || option instanceof z.ZodBoolean)) return shape;
  return options.find((option) => option instanceof z.ZodString) ?? shape;
}

/** A yes or no in words, as people write one: `print_urls: 是`. */
const yesOrNo = new Map<string, boolean>([
  ...['是', '要', '对', '對', 'yes', 'on', 'y'].map((word) => [word, true] as const),
  ...['否', '不', '不要', 'no', 'off', 'n'].map((word) => [word, false] as const),
]);

/** What a paper size is called after its name: `A5纸`, `A4 纸张`. */
const paperWord = /\s*(纸张|紙張|纸|紙|大小|幅面)$/u;

/** A written choice as the one of `options` it means, and what else was typed: full width, or a word after it. */
function choiceFor(value: string, options: readonly string[]): { meant: string; wide: boolean; worded: boolean } | undefined {
  if (options.includes(value)) return undefined;
  const trimmed = value.trim();
  const plain = halfWidth(trimmed).replace(paperWord, '').toLowerCase();
  const meant = options.find((option) => option.toLowerCase() === plain);
  return meant === undefined ? undefined : { meant, wide: halfWidth(trimmed) !== trimmed, worded: paperWord.test(trimmed) };
}

/**
 * Rewrites, in the parsed document, the scalars that the schema reads as text or as a choice, to what was meant:
 * a plain number or yes/no where text is wanted becomes the text as typed (leading zeros kept), and a choice
 * typed in another case or in full width becomes that choice (the full-width one with a warning at its place), and
 * a yes or no in words (是, 否, yes, no) where one is wanted becomes true or false.
 */
export function readAsWritten(file: VFile, doc: Document, schema: z.ZodType, pointAt: (offset: number) => Point): void {
  const visit = (node: Node | null | undefined, at: z.ZodType) => {
    const shape = schemaFor(at, node);
    if (shape instanceof z.ZodObject && isMap(node)) {
      const fields = shape.shape as Record<string, z.ZodType>;
      for (const item of node.items) {
        const key = isPair(item) && isScalar(item.key) ? String(item.key.value) : undefined;
        if (key !== undefined && Object.hasOwn(fields, key)) visit((item as { value: Node }).value, fields[key]!);
      }
    } else if (shape instanceof z.ZodArray && isSeq(node)) {
      for (const item of node.items) visit(item as Node, shape.element as z.ZodType);
    } else if (isScalar(node)) {
      readScalar(node, shape);
    }
  };
  const readScalar = (node: Scalar, shape: z.ZodType) => {
    const typed = typeof node.value === 'number' || typeof node.value === 'boolean';
    if (shape instanceof z.ZodString && typed && node.type === 'PLAIN' && node.source !== undefined) node.value = node.source;
    const answer = shape instanceof z.ZodBoolean && typeof node.value === 'string' ? yesOrNo.get(halfWidth(node.value.trim()).toLowerCase()) : undefined;
    if (answer !== undefined) node.value = answer;
    if (!(shape instanceof z.ZodEnum) || typeof node.value !== 'string') return;
    const choice = choiceFor(node.value, shape.options as string[]);
    if (!choice) return;
    const place = pointAt(node.range?.[0] ?? 0);
    const values = { value: node.value, meant: choice.meant };
    if (choice.worded) warn(file, 'front-matter-invalid', say(m.wordChoice, values), { place, hint: say(m.wordChoiceHint, values) });
    else if (choice.wide) warn(file, 'front-matter-invalid', say(m.wideChoice, values), { place, hint: say(m.wideChoiceHint) });
    node.value = choice.meant;
  };
  visit(doc.contents as Node, schema);
}
