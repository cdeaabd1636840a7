// Imposition: rendered pages placed side by side on sheets with pdf-lib, as vector forms, bleeding where a sheet edge is.
import { PDFDocument, type PDFEmbeddedPage, type PDFPage } from '@cantoo/pdf-lib';
import type { Size } from '../layout/page-formats.js';

/** One page on a sheet, full height, `width` wide from `x` (both measured on the trimmed sheet). */
export interface Cell {
  /** The index of the source document. */
  source: number;
  /** The page in it, from 0. */
  page: number;
  x: number;
  /** The page's trim width, or less: a narrower cell shows the middle of the page (a tri-fold's fold-in panel). */
  width: number;
}

export interface Sheet {
  size: Size;
  cells: Cell[];
  /** Where the sheet is folded, from its left trim edge. */
  folds: number[];
}

export interface Placement {
  /** The bleed each rendered page carries on every side, in points. */
  bleed: number;
  /** From the sheet's trim edge to the edge of the paper: at least the bleed, more for crop marks. */
  slug: number;
}

/**
 * The part of a page shown in its cell, in the page's coordinates, and where its lower left corner goes on
 * the sheet: the cell's trim, plus the bleed on the sides that are at the sheet's edge. Inner edges (folds,
 * the spine) are cut at the trim, so that one page's bleed never covers its neighbour.
 */
function shown(page: PDFPage, cell: Cell, sheet: Sheet, { bleed, slug }: Placement) {
  const { width, height } = page.getSize();
  const inset = (width - 2 * bleed - cell.width) / 2;
  const left = cell.x === 0 ? bleed : 0;
  const right = Math.abs(cell.x + cell.width - sheet.size.width) < 0.01 ? bleed : 0;
  return {
    box: { left: bleed + inset - left, right: width - bleed - inset + right, bottom: 0, top: height },
    at: { x: slug + cell.x - left, y: slug - bleed },
  };
}

/** A new document with one page per sheet, each the sheet's size plus the slug on every side. */
export async function impose(sources: Uint8Array[], sheets: Sheet[], placement: Placement): Promise<PDFDocument> {
  const out = await PDFDocument.create({ updateMetadata: false });
  const docs = await Promise.all(sources.map((bytes) => PDFDocument.load(bytes, { updateMetadata: false })));
  const placed = sheets.flatMap((sheet) =>
    sheet.cells.map((cell) => {
      const page = docs[cell.source]!.getPage(cell.page);
      return { sheet, cell, page, ...shown(page, cell, sheet, placement) };
    }),
  );
  const forms = new Map<Cell, PDFEmbeddedPage>();
  // One call per source, so that the pages of a source share its fonts instead of each copying them.
  for (const source of docs.keys()) {
    const mine = placed.filter(({ cell }) => cell.source === source);
    const embedded = await out.embedPages(mine.map(({ page }) => page), mine.map(({ box }) => box));
    mine.forEach(({ cell }, i) => forms.set(cell, embedded[i]!));
  }
  const { slug } = placement;
  for (const sheet of sheets) {
    const page = out.addPage([sheet.size.width + 2 * slug, sheet.size.height + 2 * slug]);
    for (const { cell, at } of placed.filter((p) => p.sheet === sheet)) page.drawPage(forms.get(cell)!, at);
  }
  return out;
}
