// Markdown typed with a Chinese keyboard (＃＃ 标题, ##标题, -　项, １．项, ![图]（x.png）): each kind of slip is
// reported once, at its first place, and read as meant in a copy of the text, so that the leaflet prints as written.
import type { VFile } from 'vfile';
import { sourceMessages as m } from '../diagnostics/catalogue/source.js';
import { warn } from '../diagnostics/messages.js';
import { say, verbatim, type Entry } from '../diagnostics/say.js';
import { blockSlip } from './block-slips.js';
import { halfWidth } from './half-width.js';
import { markSlips } from './markdown-marks.js';
import { pointsOf } from './positions.js';
import { asciiEdits, type Slip } from './slip-edits.js';
import { applyEdits, type Repaired } from './text-edits.js';

/** Quote marks and indentation before a line's own text: `> `, `  `. */
const lead = String.raw`^((?:[ \t]*>)*[ \t]*)`;
/** `＃＃ 标题`, `##标题`, `#　标题`; not `#话题#`, which is how a hashtag is written. */
const heading = new RegExp(`${lead}([#＃]{1,6})([ \\t\\u3000\\u00a0]?)(\\S.*)$`);
/** `-　项`, `－ 项`, `-项`, `• 项`, `·项` (a bullet pasted from a word processor). */
const bullet = new RegExp(`${lead}([-*+－＊＋•·・])([ \\t\\u3000\\u00a0]|(?=\\p{Script=Han}))(\\S.*)$`, 'u');
/** Lines that start with their own number, which Markdown would run together into one line: ①, (1), （1）, 一、. */
const enumerated = /^[ \t]*([①-⑳]|[(（][0-9０-９一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)/;
/** A picture whose path has a space, which Markdown reads only inside <…>: `![照片](images/手部 照片.png)`. */
const spacedPicture = /!\[[^\]\n]*\]\(([^)<>\n]*\s[^)<>\n]*\.(?:png|jpe?g|svg|gif|webp))\)/gi;
/** `１．项`, `1。项`, `1）项`; `1、项` only next to another line numbered so (one alone may be text). */
const numbered = new RegExp(`${lead}([0-9０-９]{1,9})([.．。)）、])([ \\t\\u3000\\u00a0]?)(\\S.*)$`);
/** A picture or link with a full-width mark: `![图]（images/x.png）`, `［网站］(https://…)`, `![图](x.png “说明”)`. */
const link = /([!！]?)([[［])([^\]］\n]*)([\]］])([(（])([^)）\s]+)((?:[ \t]+["“][^"”\n]*["”])?)([)）])/g;
/** What a link's target looks like: an address, or a file name with its extension (in any script). */
const target = /^(https?:\/\/|mailto:|tel:|www\.)|^[\p{L}\p{N}_./-]+\.[A-Za-z]{2,5}$/iu;
const picture = /\.(png|jpe?g|svg|gif|webp)$/i;
const fence = /^[ \t]*(`{3,}|~{3,})/;

/** The slip of a line's leading mark (`＃＃`, `－`, `１．`) and the space after it: a space goes in where none was typed. */
function leadingSlip(kind: Slip['kind'], line: string, start: number, indent: string, mark: string, space: string): Slip {
  const at = start + indent.length;
  const edits = asciiEdits(mark + space, at);
  if (space === '') edits.push({ start: at + mark.length, end: at + mark.length, text: ' ' });
  return { kind, at, typed: line.slice(indent.length).trimEnd(), edits };
}

/** The slip that starts a line, if any: a heading, bullet or number typed as Markdown does not read it. */
function lineSlip(line: string, start: number, around: (string | undefined)[]): Slip | undefined {
  const h = heading.exec(line);
  if (h) {
    const [, indent, marks, space, rest] = h as unknown as string[];
    const hashtag = !marks!.includes('＃') && space === '' && rest!.includes('#');
    const slipped = marks!.includes('＃') || (space !== ' ' && space !== '\t');
    if (slipped && !hashtag && !rest!.startsWith('#') && !rest!.startsWith('＃')) return leadingSlip('heading', line, start, indent!, marks!, space!);
  }
  const b = bullet.exec(line);
  if (b) {
    const [, indent, mark, space] = b as unknown as string[];
    // `*重要*` is emphasis, and only a dash or a dot starts an item with no space after it.
    if ((!'-*+'.includes(mark!) || space === '\u3000' || space === '\u00a0' || space === '') && (space !== '' || !'*+＊＋'.includes(mark!))) {
      return leadingSlip('bullet', line, start, indent!, mark!, space!);
    }
  }
  const n = numbered.exec(line);
  if (n) {
    const [, indent, digits, mark, space, rest] = n as unknown as string[];
    const fullWidth = digits !== halfWidth(digits!) || !'.)、'.includes(mark!) || space === '\u3000' || space === '\u00a0';
    const listed = mark !== '、' || around.some((other) => other !== undefined && numbered.exec(other)?.[3] === '、');
    // `1.5 mg`, `1)` and `1. 项` are what they are: only a full-width character, or `、` in a list, is a slip;
    // `１．５毫克` is a number.
    const glued = space === '' && /^\p{Script=Han}/u.test(rest!);
    if ((fullWidth || mark === '、' || glued) && listed && !/^[0-9０-９]/.test(rest!)) return leadingSlip('numbered', line, start, indent!, digits! + mark!, space!);
  }
  return undefined;
}

/** Pictures and links with full-width brackets in a line. */
function linkSlips(line: string, start: number): Slip[] {
  return [...line.matchAll(link)].flatMap((found) => {
    const whole = found[0];
    const [, bang, , words, , , href, title] = found as unknown as string[];
    if (!target.test(href!)) return [];
    // `注意！［图］（x.png）` is a picture; `！` before a link to a page is the sentence's own.
    const from = bang === '！' && !picture.test(href!) ? 1 : 0;
    const open = bang!.length;
    // The brackets, and the quotes around a title.
    const titleAt = whole.length - 1 - title!.length;
    const quotes = title ? [titleAt + title.search(/["“]/), whole.length - 2] : [];
    const brackets = [open, open + 1 + words!.length, open + 2 + words!.length, ...quotes, whole.length - 1];
    const edits = [...(from === 0 && bang ? [0] : []), ...brackets].flatMap((i) => asciiEdits(whole[i]!, start + found.index! + i));
    if (edits.length === 0) return [];
    return [{ kind: 'link', at: start + found.index! + from, typed: whole.slice(from), edits }];
  });
}

/** A line that starts with its own number under a line of text: the line before ends with a line break. */
function linesSlip(line: string, start: number, before: string | undefined): Slip | undefined {
  if (!enumerated.test(line) || before === undefined || before.trim() === '' || fence.test(before) || /(\\|  )$/.test(before)) return undefined;
  // Under a heading, a quote, a table row, a list item or a box's fence, the line already starts a block.
  if (/^\s*([#>|:]|[-*+]\s|\d+[.)]\s)/.test(before)) return undefined;
  const at = start + line.length - line.trimStart().length;
  return { kind: 'lines', at, typed: line.trim(), edits: [{ start: start - 1, end: start - 1, text: '\\' }] };
}

/** Pictures whose path has a space: the path goes inside <…>. */
function spacedSlips(line: string, start: number): Slip[] {
  return [...line.matchAll(spacedPicture)].map((found) => {
    const open = start + found.index + found[0].length - found[1]!.length - 1;
    const close = open + found[1]!.length;
    return { kind: 'spaced', at: start + found.index, typed: found[0], edits: [{ start: open, end: open, text: '<' }, { start: close, end: close, text: '>' }] };
  });
}

const messages: Record<Slip['kind'], Entry> = {
  heading: m.slipHeading,
  bullet: m.slipBullet,
  numbered: m.slipNumbered,
  lines: m.slipLines,
  marks: m.slipMarks,
  link: m.slipLink,
  spaced: m.slipSpaced,
  indent: m.slipIndent,
  underline: m.slipUnderline,
  rule: m.slipRule,
};

const hints: Partial<Record<Slip['kind'], Entry>> = { heading: m.slipHeadingHint, lines: m.slipLinesHint, indent: m.slipIndentHint, underline: m.slipUnderlineHint };

/**
 * Finds the Markdown slips of a leaflet's text after `from` (outside code blocks), warns once for each kind at
 * its first place, and returns the text as it was meant, with the way back to the places as written.
 */
export function repairMarkdownSlips(file: VFile, text: string, from: number): Repaired {
  const slips: Slip[] = [];
  const lines = text.slice(from).split('\n');
  let start = from;
  let inFence: string | undefined;
  const indented = new Set<number>();
  lines.forEach((line, i) => {
    const opens = fence.exec(line)?.[1];
    if (inFence) {
      if (opens && opens[0] === inFence[0] && opens.length >= inFence.length && line.trim() === opens) inFence = undefined;
    } else if (opens) inFence = opens;
    else {
      const found = blockSlip(lines, i, start, indented) ?? lineSlip(line, start, [lines[i - 1], lines[i + 1]]) ?? linesSlip(line, start, i > 0 ? lines[i - 1] : undefined);
      if (found) slips.push(found);
      slips.push(...markSlips(line, start), ...linkSlips(line, start), ...spacedSlips(line, start));
    }
    start += line.length + 1;
  });
  if (slips.length === 0) return { text, written: (offset) => offset };
  const pointAt = pointsOf(text);
  for (const kind of Object.keys(messages) as Slip['kind'][]) {
    const ofKind = slips.filter((slip) => slip.kind === kind);
    const first = ofKind[0];
    if (!first) continue;
    const added = first.edits.reduce((sum, edit) => sum + edit.text.length - (edit.end - edit.start), 0);
    const fixed = applyEdits(text, first.edits).text.slice(first.at, first.at + first.typed.length + added);
    const more = ofKind.length > 1 ? say(m.slipMore, { count: ofKind.length - 1 }) : verbatim('');
    warn(file, 'markdown-slip', say(messages[kind], { typed: short(first.typed), fixed: short(fixed), more }), {
      place: pointAt(first.at),
      hint: say(hints[kind] ?? m.slipHint),
    });
  }
  return applyEdits(text, slips.flatMap((slip) => slip.edits).sort((a, b) => a.start - b.start));
}

const short = (text: string) => (text.length > 32 ? `${text.slice(0, 32)}…` : text);
