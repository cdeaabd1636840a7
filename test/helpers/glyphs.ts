// Per-glyph positions read from a PDF's drawing operators with pdf.js: where each character starts and ends.
import { loadPdfJs } from '../../src/render/pdfjs.js';
import { openPdf } from './pdf.js';

const { OPS } = await loadPdfJs();

export interface Glyph {
  page: number;
  char: string;
  /** Left edge and advance end, in points from the page's left edge. */
  x: number;
  end: number;
  /** Distance of the baseline from the top of the page, in points. */
  top: number;
  size: number;
}

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];
const identity: Matrix = [1, 0, 0, 1, 0, 0];

/** Every drawn glyph of the document, in drawing order, with its x positions and its baseline. */
export async function glyphPositions(bytes: Uint8Array): Promise<Glyph[]> {
  const doc = await openPdf(bytes);
  const out: Glyph[] = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const page = await doc.getPage(n);
    const height = page.getViewport({ scale: 1 }).height;
    const { fnArray, argsArray } = await page.getOperatorList();
    let ctm: Matrix = identity;
    const stack: Matrix[] = [];
    let line: Matrix = identity;
    let text: Matrix = identity;
    let size = 0;
    let charSpacing = 0;
    fnArray.forEach((fn, i) => {
      const args = argsArray[i] as unknown[];
      if (fn === OPS.save) stack.push(ctm);
      else if (fn === OPS.restore) ctm = stack.pop() ?? identity;
      else if (fn === OPS.transform) ctm = multiply(Array.from(args as ArrayLike<number>) as Matrix, ctm);
      else if (fn === OPS.beginText) line = text = identity;
      else if (fn === OPS.setTextMatrix) line = text = Array.from((typeof args[0] === 'number' ? args : args[0]) as ArrayLike<number>) as Matrix;
      else if (fn === OPS.moveText) line = text = multiply([1, 0, 0, 1, args[0] as number, args[1] as number], line);
      else if (fn === OPS.setFont) size = args[1] as number;
      else if (fn === OPS.setCharSpacing) charSpacing = args[0] as number;
      else if (fn === OPS.showText) {
        for (const item of args[0] as ({ unicode: string; width: number } | number | null)[]) {
          if (item === null) continue;
          if (typeof item === 'number') {
            text = multiply([1, 0, 0, 1, (-item / 1000) * size, 0], text);
            continue;
          }
          const advance = (item.width / 1000) * size + charSpacing;
          const start = multiply(multiply(text, ctm), identity);
          const stop = multiply(multiply([1, 0, 0, 1, advance, 0], text), ctm);
          out.push({ page: n, char: item.unicode, x: start[4], end: stop[4], top: height - start[5], size: Math.hypot(start[2], start[3]) * size });
          text = multiply([1, 0, 0, 1, advance, 0], text);
        }
      }
    });
  }
  await doc.destroy();
  return out;
}

/** Glyphs grouped into visual lines: same page, baselines within a few points (superscripts join). */
export function glyphLines(glyphs: Glyph[]): Glyph[][] {
  const lines: Glyph[][] = [];
  for (const glyph of glyphs) {
    const line = lines.find((l) => l[0]!.page === glyph.page && Math.abs(l[0]!.top - glyph.top) <= Math.max(2, glyph.size * 0.45) && Math.abs(l[0]!.size - glyph.size) < 6);
    if (line) line.push(glyph);
    else lines.push([glyph]);
  }
  for (const line of lines) line.sort((a, b) => a.x - b.x);
  return lines;
}

const latin = /[A-Za-z0-9]/;
/** Full-width marks whose blank half may be taken away. */
export const fullWidthMarks = '，。、；：？！）》」』】〕〉”’（《「『【〔〈“‘';
const closingMarks = '，。、；：？！）》」』】〕〉”’…';
/** Closing marks set half width at the end of a justified line. */
export const halvedAtLineEnd = '，。、；：？！）》」』】〕〉”’';
const text = (line: Glyph[]) => line.map((g) => g.char).join('');

/** Lines where a run of Latin letters or digits is spaced out: its gaps open on average (kerning moves a few). */
export function spacedLatinLines(lines: Glyph[][]): string[] {
  return lines.filter((line) => {
    let run: number[] = [];
    let spaced = false;
    const endRun = () => {
      if (run.length > 0 && run.reduce((a, b) => a + b, 0) / run.length > 0.15) spaced = true;
      run = [];
    };
    for (let i = 0; i + 1 < line.length; i += 1) {
      const [a, b] = [line[i]!, line[i + 1]!];
      // A gap wider than an em is a table's next column, not spacing.
      if (latin.test(a.char) && latin.test(b.char) && a.size === b.size && b.x - a.end < a.size) run.push(b.x - a.end);
      else endRun();
    }
    endRun();
    return spaced;
  }).map(text);
}

/** Each pair of adjacent full-width marks and how far the first advances, in em. */
export function markPairs(lines: Glyph[][]): { text: string; em: number }[] {
  const out: { text: string; em: number }[] = [];
  for (const line of lines) {
    for (let i = 0; i + 1 < line.length; i += 1) {
      const [a, b] = [line[i]!, line[i + 1]!];
      if (fullWidthMarks.includes(a.char) && fullWidthMarks.includes(b.char)) out.push({ text: a.char + b.char, em: (b.x - a.x) / a.size });
    }
  }
  return out;
}

/** Lines that hold only a footnote mark (superscript digits, 0.62 of the body) and punctuation. */
export function footnoteOnlyLines(lines: Glyph[][], body: number): string[] {
  return lines
    .filter((line) => line.some((g) => /\d/.test(g.char) && g.size < body * 0.7) && line.every((g) => (/\d/.test(g.char) && g.size < body * 0.7) || closingMarks.includes(g.char)))
    .map(text);
}

const ideograph = /\p{Script=Han}/u;
/**
 * Justified lines opened up: the median space added between two ideographs on the line is over `max` em (three
 * pairs at least). A line set close adds none.
 */
export function spreadLines(lines: Glyph[][], max: number): string[] {
  return lines
    .filter((line) => {
      const gaps = line.slice(1).flatMap((b, i) => (ideograph.test(line[i]!.char) && ideograph.test(b.char) ? [(b.x - line[i]!.end) / b.size] : []));
      return gaps.length >= 3 && gaps.sort((x, y) => x - y)[gaps.length >> 1]! > max;
    })
    .map(text);
}

/**
 * Last lines of a paragraph with one or two characters (punctuation not counted): a line right under a full
 * line (one that reaches the right edge of the text) and that starts at the same left edge.
 */
export function shortLastLines(lines: Glyph[][]): string[] {
  const out: string[] = [];
  const edge = (page: number) => Math.max(...lines.filter((l) => l[0]!.page === page).map((l) => l.at(-1)!.end));
  lines.forEach((line, i) => {
    const above = lines[i - 1];
    if (!above || above[0]!.page !== line[0]!.page || above[0]!.size !== line[0]!.size) return;
    const gap = line[0]!.top - above[0]!.top;
    const full = edge(line[0]!.page) - above.at(-1)!.end < above[0]!.size;
    const count = line.filter((g) => !closingMarks.includes(g.char) && g.char.trim() !== '').length;
    if (full && gap > 0 && gap < 2 * line[0]!.size && Math.abs(line[0]!.x - above[0]!.x) < 1 && count <= 2) out.push(text(line));
  });
  return out;
}
