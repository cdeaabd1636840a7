// Independent readers of built PDFs for tests: pdf.js for text, positions, metadata and page images.
import { PDFDocument } from '@cantoo/pdf-lib';
import { createCanvas } from '@napi-rs/canvas';
import { createRequire } from 'node:module';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';

import { loadPdfJs } from '../../src/render/pdfjs.js';
import { halvedAtLineEnd } from './glyphs.js';

// pdf.js as the command line loads it, so that the renders in a test run as fast as they do there.
const { getDocument } = await loadPdfJs();

const jsQR = createRequire(import.meta.url)('jsqr') as typeof import('jsqr').default;

/**
 * The right edge of a run's ink. A closing mark at a line's end is set half width: its glyph sits in the left
 * half of its em, and the writer leaves the last glyph's shortened advance out of the text's positioning,
 * so pdf.js reads the full em. The right half of such a mark is empty and is not counted.
 */
function inkRight(item: TextItem, right: number): number {
  const size = Math.hypot(item.transform[2] as number, item.transform[3] as number);
  return halvedAtLineEnd.includes(item.str.trimEnd().at(-1) ?? '') ? right - size / 2 : right;
}

export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  return getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
}

/** A page's size and its runs of text, as pdf.js reads them. */
interface PageText {
  height: number;
  items: TextItem[];
}

const read = new WeakMap<Uint8Array, Promise<PageText[]>>();

/** The text of every page, read once for each PDF however many of the readers below ask for it. */
function pageTexts(bytes: Uint8Array): Promise<PageText[]> {
  let pages = read.get(bytes);
  if (!pages) {
    pages = (async () => {
      const doc = await openPdf(bytes);
      const out: PageText[] = [];
      for (let n = 1; n <= doc.numPages; n += 1) {
        const page = await doc.getPage(n);
        const items = (await page.getTextContent()).items.filter((item): item is TextItem => 'str' in item);
        out.push({ height: page.getViewport({ scale: 1 }).height, items });
      }
      await doc.destroy();
      return out;
    })();
    read.set(bytes, pages);
  }
  return pages;
}

export interface Line {
  page: number;
  /** Which part of the page the line is in, from 0, left to right: see `splitAt`. */
  column: number;
  /** Distance from the top of the page, in points. */
  top: number;
  left: number;
  right: number;
  /** The largest font size on the line, in points. */
  size: number;
  text: string;
}

/**
 * The visual lines of every page: text items grouped by baseline, left to right, top to bottom.
 * `splitAt` gives, for a page, the x positions that cut it into columns (the halves of a booklet sheet,
 * the panels of a tri-fold): a line never runs across one.
 */
export async function textLines(bytes: Uint8Array, splitAt: (page: number) => number[] = () => []): Promise<Line[]> {
  const lines: Line[] = [];
  for (const [i, { height, items: pageItems }] of (await pageTexts(bytes)).entries()) {
    const n = i + 1;
    const cuts = splitAt(n);
    const rows: { column: number; baseline: number; items: TextItem[] }[] = [];
    for (const item of pageItems) {
      if (item.str === '') continue;
      const baseline = item.transform[5] as number;
      const column = cuts.filter((x) => (item.transform[4] as number) >= x).length;
      // Superscripts and subscripts sit a few points off the baseline but belong to the same line.
      const row = rows.find((r) => r.column === column && Math.abs(r.baseline - baseline) <= Math.max(2, item.height * 0.45));
      if (row) {
        row.items.push(item);
        row.baseline = Math.min(row.baseline, baseline);
      } else {
        rows.push({ column, baseline, items: [item] });
      }
    }
    const ordered = rows.sort((a, b) => a.column - b.column || b.baseline - a.baseline);
    for (const { column, baseline, items } of ordered) {
      items.sort((a, b) => (a.transform[4] as number) - (b.transform[4] as number));
      let text = '';
      let end: number | undefined;
      for (const item of items) {
        const x = item.transform[4] as number;
        // A wide gap between two pieces of text (table columns, tab stops) reads as a space.
        if (end !== undefined && x - end > item.height * 0.6 && !/\s$/.test(text) && !/^\s/.test(item.str)) text += ' ';
        text += item.str;
        end = x + item.width;
      }
      const first = items[0]!;
      const last = items.at(-1)!;
      lines.push({
        page: n,
        column,
        top: height - baseline,
        left: first.transform[4] as number,
        right: inkRight(last, (last.transform[4] as number) + last.width),
        size: Math.max(...items.map((item) => Math.hypot(item.transform[2] as number, item.transform[3] as number))),
        text,
      });
    }
  }
  return lines;
}

/** All the text of the document in reading order, with one newline per visual line. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  return (await textLines(bytes)).map((line) => line.text).join('\n');
}

/** The page boxes of every page, read with pdf-lib: [x, y, width, height] in points. */
export async function pageBoxes(bytes: Uint8Array) {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const box = (b: { x: number; y: number; width: number; height: number }) => [b.x, b.y, b.width, b.height];
  return doc.getPages().map((page) => ({ media: box(page.getMediaBox()), bleed: box(page.getBleedBox()), trim: box(page.getTrimBox()) }));
}

export async function pdfInfo(bytes: Uint8Array) {
  const doc = await openPdf(bytes);
  const info = (await doc.getMetadata()).info as unknown as Record<string, unknown>;
  const sizes: { width: number; height: number }[] = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const { width, height } = (await doc.getPage(n)).getViewport({ scale: 1 });
    sizes.push({ width, height });
  }
  const pages = doc.numPages;
  await doc.destroy();
  return { info, pages, sizes };
}

/**
 * Renders one page (1-based) to RGBA pixels; with `band`, only that part of its height, from `top` to `top +
 * height` (fractions of the page), for a crop at a high resolution.
 */
export async function renderPage(bytes: Uint8Array, pageNumber: number, scale = 2, band = { top: 0, height: 1 }) {
  const doc = await openPdf(bytes);
  const page = await doc.getPage(pageNumber);
  const viewport = page.getViewport({ scale });
  const top = Math.round(viewport.height * band.top);
  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height * band.height));
  const context = canvas.getContext('2d');
  const transform = [1, 0, 0, 1, 0, -top];
  await page.render({ canvas: canvas as never, canvasContext: context as never, viewport, transform }).promise;
  const image = context.getImageData(0, 0, canvas.width, canvas.height);
  await doc.destroy();
  return { width: canvas.width, height: canvas.height, data: image.data, png: () => canvas.encode('png') };
}

/**
 * Finds the QR code on a page, as a phone camera would from the printed sheet: its text and its width in
 * points, without the quiet zone. Like a camera held over the code, it looks at the whole page, then at
 * each quarter of it (a page full of text can hide the code's finder patterns from the decoder), from the top, or
 * from the bottom for the code at the foot of the page (the back matter's). It looks for a dark code on a light
 * ground, as leaflet prints them, and does not try each view again inverted.
 */
export async function findQr(bytes: Uint8Array, pageNumber: number, from: 'top' | 'bottom' = 'top'): Promise<{ data: string; width: number } | undefined> {
  const scale = 3;
  const page = await renderPage(bytes, pageNumber, scale);
  const quarters = [0, 0.25, 0.5].flatMap((y) => [0, 0.25, 0.5].map((x) => [x, y, 0.5, 0.5]));
  const views = [[0, 0, 1, 1], ...(from === 'top' ? quarters : quarters.reverse())];
  for (const [x, y, w, h] of views as [number, number, number, number][]) {
    const [left, top, width, height] = [Math.floor(x * page.width), Math.floor(y * page.height), Math.floor(w * page.width), Math.floor(h * page.height)];
    const pixels = new Uint8ClampedArray(width * height * 4);
    for (let row = 0; row < height; row += 1) {
      const from = ((top + row) * page.width + left) * 4;
      pixels.set(page.data.subarray(from, from + width * 4), row * width * 4);
    }
    const found = jsQR(pixels, width, height, { inversionAttempts: 'dontInvert' });
    if (!found) continue;
    const { topLeftCorner, topRightCorner } = found.location;
    return { data: found.data, width: Math.hypot(topRightCorner.x - topLeftCorner.x, topRightCorner.y - topLeftCorner.y) / scale };
  }
  return undefined;
}

/** Decodes the QR code on a page, looking for it first from the top or from the bottom (see `findQr`). */
export async function decodeQr(bytes: Uint8Array, pageNumber: number, from: 'top' | 'bottom' = 'top'): Promise<string | undefined> {
  return (await findQr(bytes, pageNumber, from))?.data;
}

/** A run of text as pdf.js places it: its box on the page in points, from the page's lower left corner. */
export interface Glyphs {
  page: number;
  text: string;
  left: number;
  right: number;
  bottom: number;
  top: number;
}

/** Every run of text of every page, with its box from pdf.js's glyph positions. */
export async function textBoxes(bytes: Uint8Array): Promise<Glyphs[]> {
  const out: Glyphs[] = [];
  for (const [i, { items }] of (await pageTexts(bytes)).entries()) {
    for (const item of items) {
      if (item.str.trim() === '') continue;
      const [x, y] = [item.transform[4] as number, item.transform[5] as number];
      out.push({ page: i + 1, text: item.str, left: x, right: inkRight(item, x + item.width), bottom: y, top: y + item.height });
    }
  }
  return out;
}

/** The runs of text that reach outside their page's trim box (by more than `tolerance` points). */
export async function textOutsideTrim(bytes: Uint8Array, tolerance = 0.5): Promise<Glyphs[]> {
  const boxes = await pageBoxes(bytes);
  return (await textBoxes(bytes)).filter((g) => {
    const [x, y, width, height] = boxes[g.page - 1]!.trim as [number, number, number, number];
    return g.left < x - tolerance || g.right > x + width + tolerance || g.bottom < y - tolerance || g.top > y + height + tolerance;
  });
}

/** The ink of a run: a full-width closing mark at its end, or opening mark at its start, has a blank half there. */
function ink(g: Glyphs): { left: number; right: number } {
  const half = (g.top - g.bottom) / 2;
  return {
    left: g.left + ('（《「『【〔〈“‘'.includes(g.text[0]!) ? half : 0),
    right: g.right - ('，。、；：？！）》」』】〕〉”’'.includes(g.text.at(-1)!) ? half : 0),
  };
}

/**
 * Pairs of runs of text that overprint each other: their boxes overlap by more than `tolerance` points both ways.
 * A full-width mark's blank half may be set under its neighbour (punctuation width adjustment).
 */
export function overprints(glyphs: Glyphs[], tolerance = 0.5): [Glyphs, Glyphs][] {
  const out: [Glyphs, Glyphs][] = [];
  for (let i = 0; i < glyphs.length; i += 1) {
    for (let j = i + 1; j < glyphs.length; j += 1) {
      const [a, b] = [glyphs[i]!, glyphs[j]!];
      if (a.page !== b.page) continue;
      const across = Math.min(ink(a).right, ink(b).right) - Math.max(ink(a).left, ink(b).left);
      const down = Math.min(a.top, b.top) - Math.max(a.bottom, b.bottom);
      if (across > tolerance && down > tolerance) out.push([a, b]);
    }
  }
  return out;
}
