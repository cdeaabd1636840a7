// Letter-fold tri-fold: six panels on the two sides of an A4 landscape sheet, in the order a reader opens them.
import type { Sheet } from './impose.js';
import { panelWidths, sheetSize } from '../layout/page-formats.js';

/** The text runs through the front panel, the fold-in flap and the three inside panels; the back panel is its own. */
export const textPanels = 5;

const { full, foldIn } = panelWidths;

/**
 * The outside of the sheet: the fold-in flap (the 2nd panel a reader sees, on opening the cover), the back
 * panel, the front panel (1st). The inside, behind it when the sheet is flipped on its short edge: the 3rd,
 * 4th and 5th panels, the 5th being the back of the flap. Folded, the right inside panel goes in first
 * and the left one closes over it as the cover.
 */
export function trifoldSheets(textPages: number): Sheet[] {
  const text = (panel: number, x: number, width: number) => (panel <= textPages ? [{ source: 0, page: panel - 1, x, width }] : []);
  return [
    {
      size: sheetSize,
      cells: [...text(2, 0, foldIn), { source: 1, page: 0, x: foldIn, width: full }, ...text(1, foldIn + full, full)],
      folds: [foldIn, foldIn + full],
    },
    {
      size: sheetSize,
      cells: [...text(3, 0, full), ...text(4, full, full), ...text(5, 2 * full, foldIn)],
      folds: [full, 2 * full],
    },
  ];
}
