// YAML with positions: parse once, report syntax errors, and find the line and column of any key path.
import { isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node, type YAMLError } from 'yaml';
import type { VFile } from 'vfile';
import type { z } from 'zod';
import { sourceMessages as m } from '../diagnostics/catalogue/source.js';
import { error, messageOf, warn, type Point } from '../diagnostics/messages.js';
import { say, verbatim, type Said } from '../diagnostics/say.js';
import { pointsOf } from './positions.js';
import { unquoteSmart } from './smart-quotes.js';
import { firstWriting, indentedSetting, openingBracket, openingQuote } from './yaml-places.js';
import { readAsWritten } from './read-as-written.js';
import { readChineseKeys } from './read-chinese-keys.js';
import { repairSlips } from './yaml-slips.js';

export type KeyPath = ReadonlyArray<string | number>;

export interface YamlSource {
  doc: Document;
  /** The place in the file of an offset in the text that was parsed. */
  pointAt: (offset: number) => Point;
}

/** Drops the parser's own " at line X, column Y:" suffix and code frame; we give the place ourselves. */
function cleanReason(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').trim();
}

/** The parser's messages that a person typing settings meets, in every language; any other one as it is. */
function parserText(reason: string): Said {
  const quote = /^Missing closing (["'])quote$/.exec(reason)?.[1];
  if (quote) return say(m.yamlMissingQuote, { quote });
  const reserved = /^Plain value cannot start with (?:reserved|directive indicator) character (\S+)$/.exec(reason)?.[1];
  if (reserved) return say(m.yamlReservedStart, { char: reserved });
  const escape = /^Invalid escape sequence (\S+)$/.exec(reason)?.[1];
  if (escape) return say(m.yamlEscape, { escape });
  const known = [
    m.yamlNeedsValue,
    m.yamlOneLine,
    m.yamlDuplicate,
    m.yamlSameColumn,
    m.yamlFlowList,
    m.yamlFlowMap,
    m.yamlNested,
    m.yamlTabIndent,
    m.yamlAliases,
    m.yamlAfterValue,
    m.yamlTwoDocuments,
  ];
  const entry = known.find((candidate) => candidate.en === reason);
  return entry ? say(entry) : verbatim(reason);
}

/** An explicit tag (`!!binary`, `!!js/function`, `!foo`) is never resolved: say so in the user's own spelling. */
function describe(problem: YAMLError): Said {
  const reason = cleanReason(problem.message);
  if (problem.code !== 'TAG_RESOLVE_FAILED') return parserText(reason);
  const tag = /Unresolved tag: (\S+)/.exec(problem.message)?.[1]?.replace(/^tag:yaml\.org,2002:/, '!!');
  return tag ? say(m.tagIgnored, { tag }) : parserText(reason);
}

/**
 * A missing closing quote or bracket is reported where it opens; a setting indented under a value, at that
 * setting, as one problem; a key written twice names itself and the line of its first writing. Undefined for
 * any other problem, reported where the parser found it.
 */
function mendingPlace(problem: YAMLError, text: string, source: YamlSource): { at: number; said: Said } | undefined {
  const reason = cleanReason(problem.message);
  if (/^Missing closing (["'])quote$/.test(reason)) {
    const at = openingQuote(text, problem.pos[0]);
    return at === undefined ? undefined : { at, said: describe(problem) };
  }
  if (reason === m.yamlFlowList.en || reason === m.yamlFlowMap.en) {
    const at = openingBracket(text, problem.pos[0], reason === m.yamlFlowList.en ? '[' : '{');
    return at === undefined ? undefined : { at, said: describe(problem) };
  }
  if (reason === m.yamlNested.en || reason === m.yamlOneLine.en) {
    const at = indentedSetting(text, problem.pos[0]);
    if (at !== undefined) return { at, said: say(m.yamlIndentedSetting) };
  }
  if (problem.code !== 'DUPLICATE_KEY') return undefined;
  const found = firstWriting(text, problem.pos[0]);
  if (!found) return undefined;
  return { at: problem.pos[0], said: say(m.yamlDuplicateKey, { key: found.key, line: source.pointAt(found.first).line }) };
}

export interface YamlOptions {
  /** A value in curly quotation marks (“…”) is read as the text inside them, with a warning: for a leaflet's settings. */
  unquote?: boolean;
  /**
   * What the settings are: a key written in Chinese is then read as the key it stands for (see
   * read-chinese-keys.ts), a slip's message gives it by that name, and values are read as meant (see
   * read-as-written.ts).
   */
  schema?: z.ZodObject;
}

/**
 * Parses YAML text with the core schema and without the YAML 1.1 tags (`!!binary`, `!!set`, `!!timestamp`…):
 * plain data only (strings, numbers, booleans, lists, maps), so no tag can construct objects or run code.
 * Typing slips (a full-width colon, a tab indent) are reported and read as meant, so that the rest is checked.
 * Returns undefined (with `yaml-syntax` errors on the file) when the text is not valid YAML.
 */
export function parseYaml(file: VFile, text: string, firstLine = 1, options: YamlOptions = {}): { data: unknown; source: YamlSource } | undefined {
  const pointOf = pointsOf(text);
  const inFile = (offset: number): Point => {
    const { line, column } = pointOf(offset);
    return { line: line + firstLine - 1, column };
  };
  const repaired = repairSlips(file, text, inFile, options.schema ? Object.keys(options.schema.shape) : []);
  const doc = parseDocument(repaired.text, {
    schema: 'core',
    resolveKnownTags: false,
    prettyErrors: false,
    uniqueKeys: true,
    logLevel: 'error',
  });
  const source: YamlSource = { doc, pointAt: (offset) => inFile(repaired.written(offset)) };
  // One message for one mistake: the parser may find two problems in it, which are mended at the same place.
  const told = new Set<string>();
  for (const problem of doc.errors) {
    const mended = mendingPlace(problem, repaired.text, source);
    const said = mended?.said ?? describe(problem);
    const at = mended?.at ?? problem.pos[0];
    if (told.has(`${at} ${said.en}`)) continue;
    told.add(`${at} ${said.en}`);
    error(file, 'yaml-syntax', said, { place: source.pointAt(at) });
  }
  for (const problem of doc.warnings) {
    warn(file, 'yaml-syntax', describe(problem), { place: source.pointAt(problem.pos[0]) });
  }
  if (doc.errors.length > 0) return undefined;
  if (options.unquote) unquoteSmart(file, doc, source.pointAt);
  if (options.schema) {
    readChineseKeys(file, doc, options.schema, source.pointAt);
    readAsWritten(file, doc, options.schema, source.pointAt);
  }
  try {
    return { data: doc.toJS({ maxAliasCount: 50 }), source };
  } catch (cause) {
    error(file, 'yaml-syntax', parserText(cleanReason(messageOf(cause))), { place: inFile(0), cause });
    return undefined;
  }
}

/** The node of a key path and, when the last step is a map key, the key node itself. */
function locate(source: YamlSource, path: KeyPath): { key?: Node; value?: Node; parent?: Node } {
  let node: unknown = source.doc.contents;
  let key: Node | undefined;
  let parent: Node | undefined;
  for (const step of path) {
    parent = node as Node;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(step));
      if (!pair) return { parent };
      key = pair.key as Node;
      node = pair.value;
    } else if (isSeq(node) && typeof step === 'number') {
      key = undefined;
      node = node.items[step];
      if (node === undefined) return { parent };
    } else {
      return { parent };
    }
  }
  return { key, value: (node ?? undefined) as Node | undefined, parent };
}

/**
 * Line and column for a key path. `key` points at the key itself; `value` at its value (falling back to the
 * key when the value is empty). A path that is not in the document points at its nearest parent.
 */
export function placeOf(source: YamlSource, path: KeyPath, part: 'key' | 'value' = 'value'): Point {
  const { key, value, parent } = locate(source, path);
  const target = part === 'key' ? (key ?? value) : (value ?? key);
  const range = target?.range ?? parent?.range;
  return source.pointAt(range ? range[0] : 0);
}
