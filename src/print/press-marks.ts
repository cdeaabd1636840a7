// For a print shop: TrimBox and BleedBox on every page, crop marks outside the bleed, and fold marks.
import { cmyk, type PDFDocument, type PDFPage } from '@cantoo/pdf-lib';
import type { Sheet } from './impose.js';
import { mm } from '../layout/page-formats.js';

const markLength = 5 * mm;
const markGap = 2 * mm;
const markWidth = 0.25;
/** Registration colour: the marks print on every plate. */
const registration = cmyk(1, 1, 1, 1);

/** Marks start this far from the trim: outside the bleed, and never closer than 3 mm. */
const markOffset = (bleed: number) => Math.max(bleed, 3 * mm);

/** The paper around the trimmed sheet: room for the bleed, and for the marks when there are any. */
export function slugFor(bleed: number, marks: boolean): number {
  return marks ? markOffset(bleed) + markLength + markGap : bleed;
}

function line(page: PDFPage, x1: number, y1: number, x2: number, y2: number, dashed = false) {
  page.drawLine({ start: { x: x1, y: y1 }, end: { x: x2, y: y2 }, thickness: markWidth, color: registration, dashArray: dashed ? [2, 2] : undefined });
}

/** Crop marks at the four corners of the trim, each pair pointing along the trim's edges. */
function cropMarks(page: PDFPage, trim: { x: number; y: number; width: number; height: number }, offset: number) {
  const xs = [trim.x, trim.x + trim.width];
  const ys = [trim.y, trim.y + trim.height];
  for (const [i, x] of xs.entries()) {
    const out = i === 0 ? -1 : 1;
    for (const [j, y] of ys.entries()) {
      const up = j === 0 ? -1 : 1;
      line(page, x + out * offset, y, x + out * (offset + markLength), y);
      line(page, x, y + up * offset, x, y + up * (offset + markLength));
    }
  }
}

/** Sets the boxes of each sheet page and draws its marks. `slug` is where the trim starts on the paper. */
export function markForPress(doc: PDFDocument, sheets: Sheet[], { bleed, marks, slug }: { bleed: number; marks: boolean; slug: number }) {
  doc.getPages().forEach((page, i) => {
    const { size, folds } = sheets[i]!;
    page.setTrimBox(slug, slug, size.width, size.height);
    page.setBleedBox(slug - bleed, slug - bleed, size.width + 2 * bleed, size.height + 2 * bleed);
    if (!marks) return;
    const offset = markOffset(bleed);
    cropMarks(page, { x: slug, y: slug, width: size.width, height: size.height }, offset);
    for (const fold of folds) {
      const x = slug + fold;
      line(page, x, slug - offset, x, slug - offset - markLength, true);
      line(page, x, slug + size.height + offset, x, slug + size.height + offset + markLength, true);
    }
  });
}
