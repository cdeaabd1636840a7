// Typing slips in YAML that a Chinese keyboard makes (title：, subtitle:Raynaud, tab and full-width indents): reported once each
// at their place, and repaired in a copy of the text, so that everything else in it is still read and checked.
import type { VFile } from 'vfile';
import { sourceMessages as m } from '../diagnostics/catalogue/source.js';
import { error, type Point } from '../diagnostics/messages.js';
import { say, type Said } from '../diagnostics/say.js';
import { keyForChinese } from './chinese-keys.js';
import { applyEdits, type Edit, type Repaired } from './text-edits.js';

/**
 * A key and what follows it. Any key at the start of a line; indented (or after `- `) only a key in ASCII
 * letters, since an indented line may go on with the text of the value above it.
 */
const keyLine = /^([ \t]*(?:-[ \t]+)*)([A-Za-z_][\w-]*)([ \t\u3000]*)([:：])([ \t\u3000]*)(.*)$/;
const topKeyLine = /^()([\p{L}_][\p{L}\p{N}_-]*)([ \t\u3000]*)([:：])([ \t\u3000]*)(.*)$/u;
/** `- mailto:x@y.org`, `- http://…`: an address in a list, not a key. */
const addressScheme = /^(https?|ftp|mailto|tel|file|data|javascript)$/i;
const blockScalar = /^[|>][-+0-9]*[ \t]*(#.*)?$/;

/** A key's colon slip on one line: where it is, the message, and the edit that repairs it. */
function colonSlip(line: string, start: number, keys: readonly string[]): { at: number; said: Said; edit: Edit } | undefined {
  const match = keyLine.exec(line) ?? topKeyLine.exec(line);
  if (!match) return undefined;
  const [, indent, key, before, colon, after, rest] = match as unknown as string[];
  const shown = rest!.length > 16 ? `${rest!.slice(0, 16)}…` : rest;
  // A setting named in Chinese (标题：…): the line to type has the key's own name.
  const written = (indent === '' && keyForChinese(key!, keys)) || key;
  const values = { key: key!, fixed: `${written}: ${shown}`.trimEnd() };
  const keyEnd = indent!.length + key!.length;
  const colonAt = keyEnd + before!.length;
  let at: number | undefined;
  let said: Said | undefined;
  if (colon === '：') [at, said] = [colonAt, say(m.fullWidthColon, values)];
  else if (before!.includes('\u3000')) [at, said] = [keyEnd + before!.indexOf('\u3000'), say(m.fullWidthSpace, values)];
  else if (after!.startsWith('\u3000')) [at, said] = [colonAt + 1, say(m.fullWidthSpace, values)];
  else if (after === '' && rest !== '' && !rest!.startsWith('//') && !addressScheme.test(key!)) [at, said] = [colonAt, say(m.noSpace, values)];
  if (at === undefined || !said) return undefined;
  const edit = { start: start + keyEnd, end: start + colonAt + 1 + after!.length, text: rest ? ': ' : ':' };
  return { at: start + at, said, edit };
}

interface Line {
  text: string;
  start: number;
  /** The line number in the text, from 1. */
  number: number;
}

function linesOf(text: string): Line[] {
  let start = 0;
  return text.split('\n').map((line, i) => {
    const found = { text: line, start, number: i + 1 };
    start += line.length + 1;
    return found;
  });
}

const indentOf = (line: string) => /^[ \t]*/.exec(line)![0];
/** A line that opens a block: a key with nothing after its colon (`contact:`, `venue:`). */
const opensBlock = (line: string) => /:[ \t]*$/.test(line);

/**
 * One message for each run of lines indented with tabs. The run goes one level (two spaces) under the key
 * that opens a block above it (`venue:`), its lines deeper by two spaces for each tab more; a run under no
 * such key takes two spaces for each tab.
 */
function tabSlips(file: VFile, lines: Line[], pointAt: (offset: number) => Point): Edit[] {
  const edits: Edit[] = [];
  // A line whose indent holds a full-width space too is mended as a whole, by wideIndent.
  const tabbed = lines.filter((line) => line.text.trim() !== '' && indentOf(line.text).includes('\t') && !/^[ \t]*\u3000/.test(line.text));
  const tabsOf = (line: Line) => [...indentOf(line.text)].filter((char) => char === '\t').length;
  let run: Line[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const first = run[0]!;
    const opener = lines.slice(0, first.number - 1).findLast((line) => line.text.trim() !== '');
    const base = opener && opensBlock(opener.text) ? indentOf(opener.text).length + 2 : tabsOf(first) * 2;
    for (const line of run) {
      const indent = indentOf(line.text);
      const width = base + (tabsOf(line) - tabsOf(first)) * 2 + indent.replaceAll('\t', '').length;
      edits.push({ start: line.start, end: line.start + indent.length, text: ' '.repeat(Math.max(0, width)) });
    }
    const place = pointAt(first.start + indentOf(first.text).indexOf('\t'));
    const [firstLine, lastLine] = [place.line, pointAt(run.at(-1)!.start).line];
    const said = run.length === 1 ? say(m.tabLine, { line: firstLine }) : say(m.tabLines, { first: firstLine, last: lastLine });
    error(file, 'tab-indent', said, { place, hint: say(m.tabHint, { spaces: base }) });
    run = [];
  };
  for (const line of tabbed) {
    const previous = run.at(-1);
    // Blank lines between tabbed lines keep them in one run.
    if (previous && lines.slice(previous.number, line.number - 1).some((between) => between.text.trim() !== '')) flush();
    run.push(line);
  }
  flush();
  return edits;
}

/**
 * The slip of a line whose indent holds a full-width space, and its edit. Under a key that opens a block
 * (`contact:`) each becomes two spaces; elsewhere the line takes the indent of the line before it.
 */
function wideIndent(line: Line, previous: Line | undefined): { at: number; edit: Edit } | undefined {
  const indent = /^[ \t\u3000]*/.exec(line.text)![0];
  const wide = indent.indexOf('\u3000');
  if (wide === -1) return undefined;
  const opens = previous !== undefined && opensBlock(previous.text);
  const width = opens ? indent.replaceAll('\u3000', '  ').length : previous ? indentOf(previous.text).length : 0;
  return { at: line.start + wide, edit: { start: line.start, end: line.start + indent.length, text: ' '.repeat(width) } };
}

/**
 * Finds the slips of a YAML text, reports each on the file at its place (`pointAt` turns an offset in the text
 * into a place in the file), and returns the text as it was meant, with the way back to the places as written.
 * Lines inside a block of text (`|` or `>`) are text, and are left as they are.
 */
export function repairSlips(file: VFile, text: string, pointAt: (offset: number) => Point, keys: readonly string[] = []): Repaired {
  const lines = linesOf(text);
  const edits = tabSlips(file, lines, pointAt);
  let blockIndent: number | undefined;
  let previous: Line | undefined;
  for (const line of lines) {
    const width = indentOf(line.text).length;
    if (blockIndent !== undefined && (line.text.trim() === '' || width > blockIndent)) continue;
    blockIndent = undefined;
    if (/^\s*#/.test(line.text)) continue;
    const wide = line.text.trim() === '' ? undefined : wideIndent(line, previous);
    if (wide) {
      error(file, 'colon-slip', say(m.wideIndent, { line: line.number }), { place: pointAt(wide.at), hint: say(m.wideIndentHint) });
      edits.push(wide.edit);
    }
    if (line.text.trim() !== '') previous = line;
    const slip = colonSlip(line.text, line.start, keys);
    if (slip) {
      error(file, 'colon-slip', slip.said, { place: pointAt(slip.at), hint: say(m.colonHint) });
      edits.push(slip.edit);
    }
    const value = (keyLine.exec(line.text) ?? topKeyLine.exec(line.text))?.[6];
    if (value !== undefined && blockScalar.test(value)) blockIndent = width;
  }
  return applyEdits(text, edits.sort((a, b) => a.start - b.start));
}
