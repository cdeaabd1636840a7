// Saddle-stitch imposition: A5 pages two-up on A4 landscape sheets, in the order that folds into a booklet.
import type { Sheet } from './impose.js';
import { formatSizes, sheetSize } from '../layout/page-formats.js';

/** The blank pages that bring a page count to a multiple of 4: one sheet carries four pages. */
export function blanksFor(pages: number): number {
  return (4 - (pages % 4)) % 4;
}

/**
 * The page numbers (from 1) on each side of each sheet, left then right, front side then back side.
 * Sheet s (from 0) of an n-page booklet carries n−2s and 1+2s on its front, 2+2s and n−1−2s on its
 * back: the sheets, printed duplex (flipped on the short edge), stacked in order and folded in the
 * middle, read 1 to n.
 */
export function saddleStitchOrder(pages: number): [number, number][] {
  if (pages % 4 !== 0) throw new Error(`a booklet needs a multiple of 4 pages, not ${pages}`);
  const sides: [number, number][] = [];
  for (let s = 0; s < pages / 4; s += 1) {
    sides.push([pages - 2 * s, 1 + 2 * s], [2 + 2 * s, pages - 1 - 2 * s]);
  }
  return sides;
}

/**
 * The sheets of a booklet. Two A5 pages are 296 mm wide, A4 is 297: for press the sheet's trim is the two
 * pages, so that the cover's band bleeds at both outer edges; on an office printer it is the A4 paper.
 */
export function bookletSheets(pages: number, press: boolean): Sheet[] {
  const half = formatSizes.A5.width;
  const size = press ? { width: 2 * half, height: formatSizes.A5.height } : sheetSize;
  return saddleStitchOrder(pages).map(([left, right]) => ({
    size,
    cells: [
      { source: 0, page: left - 1, x: 0, width: half },
      { source: 0, page: right - 1, x: half, width: half },
    ],
    folds: [half],
  }));
}
