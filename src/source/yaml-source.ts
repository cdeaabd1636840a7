// YAML with positions: parse once, report syntax errors, and find the line and column of any key path.
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type YAMLError } from 'yaml';
import type { VFile } from 'vfile';
import { error, messageOf, warn, type Point } from '../diagnostics/messages.js';

export type KeyPath = ReadonlyArray<string | number>;

export interface YamlSource {
  doc: Document;
  lines: LineCounter;
  /** Where the YAML text starts in the file (line 1 of the text is this line). */
  firstLine: number;
}

function pointAt(source: YamlSource, offset: number): Point {
  const { line, col } = source.lines.linePos(offset);
  return { line: line + source.firstLine - 1, column: col };
}

/** Drops the parser's own " at line X, column Y:" suffix and code frame; we give the place ourselves. */
function cleanReason(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').trim();
}

/** An explicit tag (`!!binary`, `!!js/function`, `!foo`) is never resolved: say so in the user's own spelling. */
function describe(problem: YAMLError): string {
  if (problem.code !== 'TAG_RESOLVE_FAILED') return cleanReason(problem.message);
  const tag = /Unresolved tag: (\S+)/.exec(problem.message)?.[1]?.replace(/^tag:yaml\.org,2002:/, '!!');
  return tag ? `the tag '${tag}' is ignored; the value is read as written` : cleanReason(problem.message);
}

/**
 * Parses YAML text with the core schema and without the YAML 1.1 tags (`!!binary`, `!!set`, `!!timestamp`…):
 * plain data only (strings, numbers, booleans, lists, maps), so no tag can construct objects or run code.
 * Returns undefined (with `yaml-syntax` errors on the file) when the text is not valid YAML.
 */
export function parseYaml(file: VFile, text: string, firstLine = 1): { data: unknown; source: YamlSource } | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter: lines,
    schema: 'core',
    resolveKnownTags: false,
    prettyErrors: false,
    uniqueKeys: true,
    logLevel: 'error',
  });
  const source: YamlSource = { doc, lines, firstLine };
  for (const problem of doc.errors) {
    error(file, 'yaml-syntax', describe(problem), { place: pointAt(source, problem.pos[0]) });
  }
  for (const problem of doc.warnings) {
    warn(file, 'yaml-syntax', describe(problem), { place: pointAt(source, problem.pos[0]) });
  }
  if (doc.errors.length > 0) return undefined;
  try {
    return { data: doc.toJS({ maxAliasCount: 50 }), source };
  } catch (cause) {
    error(file, 'yaml-syntax', cleanReason(messageOf(cause)), { place: { line: firstLine, column: 1 }, cause });
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
  return range ? pointAt(source, range[0]) : { line: source.firstLine, column: 1 };
}
