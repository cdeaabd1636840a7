// Schema checks with positions: zod issues and unknown keys become messages at the key's own line and column.
import * as z from 'zod';
import type { VFile } from 'vfile';
import { sourceMessages as m } from '../diagnostics/catalogue/source.js';
import { closestName } from '../diagnostics/closest-name.js';
import { error, warn } from '../diagnostics/messages.js';
import type { RuleId } from '../diagnostics/rules.js';
import { say, verbatim, type Said, listed } from '../diagnostics/say.js';
import { keyForChinese } from './chinese-keys.js';
import { unwrap } from './schema-unwrap.js';
import { issueText } from './issue-text.js';
import { placeOf, type KeyPath, type YamlSource } from './yaml-source.js';

/**
 * "did you mean" for a misspelt name, when one known name is close enough and shares some of its letters, or for
 * a name written in Chinese (`标题` for `title`).
 */
export function suggest(name: string, known: readonly string[]): string | undefined {
  return keyForChinese(name, known) ?? closestName(name, known);
}

export function formatPath(path: KeyPath): string {
  return path.map((step, i) => (typeof step === 'number' ? `[${step}]` : i === 0 ? step : `.${step}`)).join('');
}

/** A key that the schema does not declare, with the known keys beside it and the one it is closest to. */
interface UnknownKey {
  path: KeyPath;
  known: readonly string[];
  guess?: string;
  hint?: Said;
}

/**
 * The keys that a zod object schema does not declare, recursing into nested objects, lists and maps.
 * Only the schema's own keys count: `constructor`, `toString` or `__proto__` are unknown like any other.
 */
function unknownKeys(schema: z.ZodType, data: unknown, path: KeyPath): UnknownKey[] {
  const shape = unwrap(schema);
  if (shape instanceof z.ZodArray && Array.isArray(data)) {
    return data.flatMap((item, i) => unknownKeys(shape.element as z.ZodType, item, [...path, i]));
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return [];
  if (shape instanceof z.ZodRecord) {
    // A map of names (the brand's partners): any name is known, but `__proto__` cannot be one.
    return Object.entries(data).flatMap(([key, value]) =>
      key === '__proto__' ? [{ path: [...path, key], known: [], hint: say(m.protoName) }] : unknownKeys(shape.valueType as z.ZodType, value, [...path, key]),
    );
  }
  if (!(shape instanceof z.ZodObject)) return [];
  const fields = shape.shape as Record<string, z.ZodType>;
  const known = Object.keys(fields);
  return Object.entries(data).flatMap(([key, value]) =>
    Object.hasOwn(fields, key) ? unknownKeys(fields[key]!, value, [...path, key]) : [{ path: [...path, key], known, guess: suggest(key, known) }],
  );
}

function warnUnknown(file: VFile, source: YamlSource, unknown: UnknownKey): void {
  const key = formatPath(unknown.path);
  const reason = unknown.guess ? say(m.unknownKeyGuess, { key, guess: unknown.guess }) : say(m.unknownKey, { key });
  const hint = unknown.hint ?? (unknown.guess ? undefined : say(m.knownKeys, { keys: listed(unknown.known) }));
  warn(file, 'unknown-key', reason, { place: placeOf(source, unknown.path, 'key'), hint });
}

const where = (path: KeyPath): Said => (path.length > 0 ? verbatim(`'${formatPath(path)}'`) : say(m.theDocument));

function describe(issue: z.core.$ZodIssue): Said {
  if (issue.code === 'invalid_type' && issue.input === undefined) return say(m.required, { where: where(issue.path as KeyPath) });
  return say(m.issueAt, { where: where(issue.path as KeyPath), problem: issueText(issue) });
}

/** A key that the caller needs although the schema does not require it (a leaflet's title), and its rule. */
export interface Wanted {
  path: KeyPath;
  rule: RuleId;
}

export interface CheckOptions {
  /** Keys the caller needs: when one is missing and an unknown key is its misspelling, one message says both. */
  wanted?: Wanted[];
  /** Values already reported (a date in words): their issues would say the same again. */
  reported?: KeyPath[];
}

export interface Checked<T> {
  /** The parsed value, when there was no issue. */
  value?: T;
  issues: z.core.$ZodIssue[];
  /** The wanted keys whose absence is already reported, as the misspelling of an unknown key. */
  explained: KeyPath[];
}

const startsWith = (path: readonly PropertyKey[], prefix: KeyPath) => prefix.every((step, i) => path[i] === step);
const sameParent = (a: KeyPath, b: KeyPath) => a.length === b.length && startsWith(a, b.slice(0, -1));

function absent(data: unknown, path: KeyPath): boolean {
  let node = data;
  for (const step of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, step)) return true;
    node = (node as Record<string | number, unknown>)[step];
  }
  return node === undefined;
}

/**
 * Validates data against a schema and records every problem at once: one positioned error per issue and a
 * warning per unknown key. A required key that is missing while an unknown key is its misspelling (`titel`
 * for `title`) is one error, at the unknown key.
 */
export function inspectSchema<T extends z.ZodType>(file: VFile, source: YamlSource | undefined, schema: T, data: unknown, rule: RuleId, options: CheckOptions = {}): Checked<z.infer<T>> {
  const unknown = source ? unknownKeys(schema, data, []) : [];
  // Zod leaves the input out of its issues unless asked: without it a wrong value would read as a missing one.
  const result = schema.safeParse(data, { reportInput: true });
  const issues = (result.success ? [] : result.error.issues).filter((issue) => !(options.reported ?? []).some((path) => startsWith(issue.path, path)));
  const required = issues.filter((issue) => issue.code === 'invalid_type' && issue.input === undefined).map((issue) => ({ path: issue.path as KeyPath, rule, issue }));
  const wanted = (options.wanted ?? []).filter((want) => absent(data, want.path)).map((want) => ({ ...want, issue: undefined }));
  const merged = new Set<UnknownKey>();
  const explained: KeyPath[] = [];
  const handled = new Set<z.core.$ZodIssue>();
  for (const missing of [...required, ...wanted]) {
    const name = String(missing.path.at(-1));
    const typo = unknown.find((candidate) => !merged.has(candidate) && sameParent(candidate.path, missing.path) && candidate.guess === name);
    if (!typo || !source) continue;
    merged.add(typo);
    if (missing.issue) handled.add(missing.issue);
    else explained.push(missing.path);
    error(file, missing.rule, say(m.misspeltRequired, { needed: formatPath(missing.path), key: formatPath(typo.path) }), {
      place: placeOf(source, typo.path, 'key'),
      hint: say(m.misspeltRequiredHint, { name, written: String(typo.path.at(-1)) }),
    });
  }
  for (const key of unknown) if (!merged.has(key) && source) warnUnknown(file, source, key);
  for (const issue of issues) {
    if (handled.has(issue)) continue;
    const missing = issue.code === 'invalid_type' && issue.input === undefined;
    const place = source ? placeOf(source, issue.path as KeyPath, missing ? 'key' : 'value') : undefined;
    error(file, rule, describe(issue), { place });
  }
  return { value: result.success && issues.length === 0 ? result.data : undefined, issues, explained };
}

/**
 * Validates data against a schema. Returns the parsed value, or undefined after recording one positioned
 * error per issue (and a warning per unknown key in either case).
 */
export function checkSchema<T extends z.ZodType>(file: VFile, source: YamlSource | undefined, schema: T, data: unknown, rule: RuleId): z.infer<T> | undefined {
  return inspectSchema(file, source, schema, data, rule).value;
}

/**
 * Validates an object's keys one by one, recording every problem at once: the keys whose values pass, and
 * the keys that failed (whose problems are on the file), so that later checks go on with what is good.
 */
export function checkFields<T extends z.ZodObject>(file: VFile, source: YamlSource | undefined, schema: T, data: Record<string, unknown>, rule: RuleId, options: CheckOptions = {}) {
  const { issues, explained } = inspectSchema(file, source, schema, data, rule, options);
  const failed = new Set([...issues.map((issue) => String(issue.path[0])), ...(options.reported ?? []).map((path) => String(path[0]))]);
  const fields = schema.shape as Record<string, z.ZodType>;
  const value: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(fields)) {
    if (failed.has(key) || data[key] === undefined) continue;
    const parsed = field.safeParse(data[key]);
    if (parsed.success) value[key] = parsed.data;
  }
  return { value: value as Partial<z.infer<T>>, failed, explained };
}
