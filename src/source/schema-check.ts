// Schema checks with positions: zod issues and unknown keys become messages at the key's own line and column.
import { closest, distance } from 'fastest-levenshtein';
import { z } from 'zod';
import type { VFile } from 'vfile';
import { error, warn } from '../diagnostics/messages.js';
import type { RuleId } from '../diagnostics/rules.js';
import { placeOf, type KeyPath, type YamlSource } from './yaml-source.js';

/** "did you mean" for a misspelt name, when one known name is close enough. */
export function suggest(name: string, known: readonly string[]): string | undefined {
  if (known.length === 0) return undefined;
  const best = closest(name, [...known]);
  return distance(name.toLowerCase(), best.toLowerCase()) <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current: z.ZodType = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodDefault || current instanceof z.ZodNullable) {
    current = current.unwrap() as z.ZodType;
  }
  return current;
}

export function formatPath(path: KeyPath): string {
  return path.map((step, i) => (typeof step === 'number' ? `[${step}]` : i === 0 ? step : `.${step}`)).join('');
}

function warnUnknown(file: VFile, source: YamlSource, path: KeyPath, known: readonly string[], hint?: string): void {
  const guess = suggest(String(path.at(-1)), known);
  warn(file, 'unknown-key', `unknown key '${formatPath(path)}'${guess ? `; did you mean '${guess}'?` : ''}`, {
    place: placeOf(source, path, 'key'),
    hint: hint ?? (guess ? undefined : `known keys: ${known.join(', ')}`),
  });
}

/**
 * Warns about keys that a zod object schema does not declare, recursing into nested objects, lists and maps.
 * Only the schema's own keys count: `constructor`, `toString` or `__proto__` are unknown like any other.
 */
function checkKnownKeys(file: VFile, source: YamlSource, schema: z.ZodType, data: unknown, path: KeyPath): void {
  const shape = unwrap(schema);
  if (shape instanceof z.ZodArray && Array.isArray(data)) {
    data.forEach((item, i) => checkKnownKeys(file, source, shape.element as z.ZodType, item, [...path, i]));
    return;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return;
  if (shape instanceof z.ZodRecord) {
    // A map of names (the brand's partners): any name is known, but `__proto__` cannot be one.
    for (const [key, value] of Object.entries(data)) {
      if (key === '__proto__') warnUnknown(file, source, [...path, key], [], "'__proto__' cannot be used as a name");
      else checkKnownKeys(file, source, shape.valueType as z.ZodType, value, [...path, key]);
    }
    return;
  }
  if (!(shape instanceof z.ZodObject)) return;
  const fields = shape.shape as Record<string, z.ZodType>;
  const known = Object.keys(fields);
  for (const [key, value] of Object.entries(data)) {
    if (Object.hasOwn(fields, key)) checkKnownKeys(file, source, fields[key]!, value, [...path, key]);
    else warnUnknown(file, source, [...path, key], known);
  }
}

function describe(issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? `'${formatPath(issue.path as KeyPath)}'` : 'the document';
  if (issue.code === 'invalid_type' && issue.input === undefined) return `${where} is required`;
  return `${where}: ${issue.message}`;
}

/**
 * Validates data against a schema. Returns the parsed value, or undefined after recording one positioned
 * error per issue (and a warning per unknown key in either case).
 */
export function checkSchema<T extends z.ZodType>(
  file: VFile,
  source: YamlSource | undefined,
  schema: T,
  data: unknown,
  rule: RuleId,
): z.infer<T> | undefined {
  if (source) checkKnownKeys(file, source, schema, data, []);
  // Zod leaves the input out of its issues unless asked: without it a wrong value would read as a missing one.
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const missing = issue.code === 'invalid_type' && issue.input === undefined;
    const place = source ? placeOf(source, issue.path as KeyPath, missing ? 'key' : 'value') : undefined;
    error(file, rule, describe(issue), { place });
  }
  return undefined;
}
