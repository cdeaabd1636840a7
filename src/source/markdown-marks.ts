// Markdown's other marks typed in full width: ＊＊粗体＊＊, ＞ 引用, ：：：note, [^1]：脚注, and a table of ｜.
import { asciiEdits, type Slip } from './slip-edits.js';

/** `＊＊粗体＊＊`, and a mix of the two widths: the marks around bold text. */
const bold = /[*＊]{2}(?=\S)(.+?)(?<=\S)[*＊]{2}/g;
/** At a line's start: a quote, a box's fence, a footnote's colon. */
const quote = /^([ \t]*)(＞)/;
const boxFence = /^([ \t]*)(：：：|:：：|：::|::：|：：:|:：:)/;
const footnote = /^(\[\^[^\]\s]+\])(：)/;
/** A table row typed with ｜, or its line of ｜－－－｜ (or of Chinese dashes, ｜：——｜——：｜). */
const tableRow = /^[ \t]*｜.*｜[ \t]*$/;
const dashes = '-－—–─━';
const tableRule = new RegExp(`^[ \\t]*[|｜]?([ \\t]*[:：]?[${dashes}]{2,}[:：]?[ \\t]*[|｜])+([ \\t]*[:：]?[${dashes}]{2,}[:：]?[ \\t]*)?$`);

const slip = (at: number, typed: string, edits: Slip['edits']): Slip[] => (edits.length > 0 ? [{ kind: 'marks', at, typed, edits }] : []);

/** The slips of Markdown's marks in one line (at `start` in the text). */
export function markSlips(line: string, start: number): Slip[] {
  const out: Slip[] = [];
  for (const found of line.matchAll(bold)) {
    const open = start + found.index;
    const close = open + found[0].length - 2;
    out.push(...slip(open, found[0], [...asciiEdits(found[0].slice(0, 2), open), ...asciiEdits(found[0].slice(-2), close)]));
  }
  for (const pattern of [quote, boxFence]) {
    const found = pattern.exec(line);
    if (found) out.push(...slip(start + found[1]!.length, line.trim(), asciiEdits(found[2]!, start + found[1]!.length)));
  }
  const note = footnote.exec(line);
  if (note) out.push(...slip(start, line.trim(), asciiEdits(note[2]!, start + note[1]!.length)));
  // Only the table's own marks: the text in its cells keeps its full-width punctuation.
  const marks = tableRule.test(line) ? `｜：${dashes}` : tableRow.test(line) ? '｜' : '';
  const cells = [];
  for (let i = 0; i < line.length; i += 1) if (marks.includes(line[i]!)) cells.push(...asciiEdits(line[i]!, start + i));
  out.push(...slip(start, line.trim(), cells));
  return out.sort((a, b) => a.at - b.at);
}
