// Per-glyph positions read from a PDF's drawing operators with pdf.js: where each character starts and ends.
import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { openPdf } from './pdf.js';

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
