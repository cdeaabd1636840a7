// Where a YAML syntax error is to be mended, which is not always where the parser noticed it.

import { lineStartsOf } from './positions.js';

/** What comes before a value on its line: the indent, list dashes, and the key with its colon. */
const beforeValue = String.raw`^(\s*(?:-\s+)*(?:[^\s#'"][^:#]*:\s+)?)`;

/** A value that opens a quote (`title: "甲`, `- '乙`) and does not close it on its line. */
const unclosed = new RegExp(`${beforeValue}(["'])(.*)$`);

/** Whether a quoted value's rest closes its quote: `"` not after `\`; `'` not doubled. */
function closes(rest: string, quote: string): boolean {
  if (quote === '"') return /(^|[^\\])(\\\\)*"/.test(rest);
  return rest.replace(/''/g, '').includes("'");
}

/**
 * The opening quote of the first value, before `before`, that is not closed on its line: where a "missing
 * closing quote" is mended. The parser reads such a value on to the next quote it finds, lines further down.
 */
export function openingQuote(text: string, before: number): number | undefined {
  for (const start of lineStartsOf(text)) {
    if (start > before) return undefined;
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end === -1 ? undefined : end);
    const match = unclosed.exec(line);
    if (match && !closes(match[3]!, match[2]!)) return start + match[1]!.length;
  }
  return undefined;
}

/**
 * The `[` or `{` that opens the first flow list or map, before `before`, that is not closed by then: where a
 * "must end with a ]" is mended. The parser notices only at the next setting, or at the end of the settings.
 */
export function openingBracket(text: string, before: number, open: '[' | '{'): number | undefined {
  const close = open === '[' ? ']' : '}';
  const opening = new RegExp(`${beforeValue}\\${open}`);
  for (const start of lineStartsOf(text)) {
    if (start >= before) return undefined;
    const end = text.indexOf('\n', start);
    const match = opening.exec(text.slice(start, end === -1 || end > before ? before : end));
    if (!match) continue;
    const at = start + match[1]!.length;
    let depth = 0;
    for (const char of text.slice(at, before)) {
      if (char === open) depth += 1;
      else if (char === close) depth -= 1;
    }
    if (depth > 0) return at;
  }
  return undefined;
}

/**
 * A setting indented under a line that holds a value (`title: 甲`, then `  subtitle: 乙`): the parser reads it
 * as the rest of that value, and finds a colon inside it. Returns where the indented setting starts, for a
 * problem the parser found on the line above it (`at`).
 */
export function indentedSetting(text: string, at: number): number | undefined {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = text.indexOf('\n', at);
  if (lineEnd === -1) return undefined;
  const setting = /^( *)[^\s#:-][^:]*:[ ]+\S/.exec(text.slice(lineStart, lineEnd));
  const nextEnd = text.indexOf('\n', lineEnd + 1);
  const indented = /^( +)[^\s#:-][^:]*:( |$)/.exec(text.slice(lineEnd + 1, nextEnd === -1 ? undefined : nextEnd));
  if (!setting || !indented || indented[1]!.length <= setting[1]!.length) return undefined;
  return lineEnd + 1 + indented[1]!.length;
}

/**
 * The key written at `at` (a duplicate the parser found) and the offset of its first writing in the same map:
 * at the same indent, in the lines above it up to the one that opens the map.
 */
export function firstWriting(text: string, at: number): { key: string; first: number } | undefined {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const indent = at - lineStart;
  const key = /^[^:\s][^:]*?(?=\s*:)/.exec(text.slice(at))?.[0];
  if (!key) return undefined;
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const same = new RegExp(`^[ -]{${indent}}${escaped}\\s*:`);
  let first: number | undefined;
  for (const start of lineStartsOf(text).filter((start) => start < lineStart).reverse()) {
    const line = text.slice(start, text.indexOf('\n', start));
    if (same.test(line)) first = start + indent;
    // A line less indented opens this map (or another): the key's first writing is below it.
    else if (line.trim() !== '' && !line.trimStart().startsWith('#') && /^[ ]*/.exec(line)![0].length < indent) break;
  }
  return first === undefined ? undefined : { key, first };
}
