// Values read as the writer meant them: a text setting typed as a number (phone: 02888888888) keeps its digits, a
// choice typed in another case or in full width (format: a4, format: Ａ４) is that choice, and 是 or 否 is a yes or no.
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

/** A written choice as the one of `options` it means, and whether it was typed in full width. */
function choiceFor(value: string, options: readonly string[]): { meant: string; wide: boolean } | undefined {
  if (options.includes(value)) return undefined;
  const plain = halfWidth(value.trim()).toLowerCase();
  const meant = options.find((option) => option.toLowerCase() === plain);
  return meant === undefined ? undefined : { meant, wide: halfWidth(value) !== value };
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
    if (choice.wide) warn(file, 'front-matter-invalid', say(m.wideChoice, { value: node.value, meant: choice.meant }), { place: pointAt(node.range?.[0] ?? 0), hint: say(m.wideChoiceHint) });
    node.value = choice.meant;
  };
  visit(doc.contents as Node, schema);
}
