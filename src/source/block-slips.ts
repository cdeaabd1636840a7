// Blocks that Markdown reads otherwise than a writer means: a paragraph indented as in a letter (a box of code),
// a sentence with a dividing line typed right under it (a heading), and a dividing line of Chinese dashes (text).
import type { Slip } from './slip-edits.js';

/** A tab or four spaces before Chinese text: a first-line indent, which Markdown reads as a code block. */
const indented = /^(\t|[ ]{4,})(?=[\p{Script=Han}\u3000-\u303f\uff01-\uff5e“‘《（])/u;
/** A dividing line typed with Chinese dashes or two hyphens: `——`, `－－－`, `──`, `--`. */
const dashLine = /^[ \t]*([—－─━＿]{2,}|--)[ \t]*$/;
/** `---` under a line of text, which Markdown reads as that text's underline: a heading. */
const underline = /^ {0,3}-{3,}[ \t]*$/;
/** A line that starts a block of its own, or goes on one, rather than a paragraph's text. */
const notParagraph = /^\s*([#>|:`~]|[-*+]\s|\d+[.)]\s)|^(\t| {4})/;
/** A paragraph that reads as a sentence, not a heading: it ends as a sentence does, or is long. */
const sentence = (line: string) => /[。！？!?.；;：:…）)”"]$/.test(line.trim()) || [...line.trim()].length > 30;

const blank = (line: string | undefined) => line === undefined || line.trim() === '';

/** The nearest line before `i` with text on it, and its index. */
function lineBefore(lines: string[], i: number): number {
  let j = i - 1;
  while (j >= 0 && blank(lines[j])) j -= 1;
  return j;
}

/**
 * The slip of a block that starts at line `i` (at `start` in the text), if any. `slipped` holds the lines found
 * indented before: the lines of an indented paragraph go on one after the other.
 */
export function blockSlip(lines: string[], i: number, start: number, slipped: Set<number>): Slip | undefined {
  const line = lines[i]!;
  const indent = indented.exec(line)?.[1];
  if (indent !== undefined && (blank(lines[i - 1]) || slipped.has(i - 1))) {
    // Under a list item, or in a block indented on purpose, the indent is the item's or the block's own.
    const before = lineBefore(lines, i);
    if (before >= 0 && !slipped.has(before) && /^\s*([-*+]|\d+[.)])\s|^\s/.test(lines[before]!)) return undefined;
    slipped.add(i);
    return { kind: 'indent', at: start, typed: line.trim(), edits: [{ start, end: start + indent.length, text: '' }] };
  }
  if (dashLine.test(line)) {
    // Set as Markdown's `---`, after a blank line, so that the text above stays text.
    const edits = [{ start, end: start + line.length, text: blank(lines[i - 1]) ? '---' : '\n---' }];
    return { kind: 'rule', at: start + line.length - line.trimStart().length, typed: line.trim(), edits };
  }
  if (underline.test(line) && !blank(lines[i - 1]) && !notParagraph.test(lines[i - 1]!)) {
    const first = lineBefore(lines, i);
    let top = first;
    while (top > 0 && !blank(lines[top - 1]) && !notParagraph.test(lines[top - 1]!)) top -= 1;
    // Settings between two lines of dashes are front matter, even where it was not read as such (`---js`).
    if ((top === first && !sentence(lines[first]!)) || lines[top]!.startsWith('---')) return undefined;
    const at = start - lines[first]!.length - 1;
    return { kind: 'underline', at, typed: lines[first]!.trim(), edits: [{ start, end: start, text: '\n' }] };
  }
  return undefined;
}
