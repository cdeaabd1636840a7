// A short tri-fold's text shared over all five text panels: where each panel starts, from the blocks' heights.
import { trifoldPanels } from '../layout/copyfit.js';

/**
 * The blocks (by index) that start a new panel, so that each panel takes about a fifth of the text.
 * `heights` are the laid-out heights in reading order: the header band, the title, one per block, then what
 * follows the blocks (references, disclaimer). A panel never ends on a heading, and never holds more than
 * `capacity`.
 */
export function panelBreaks(heights: number[], headings: boolean[], capacity: number): number[] {
  const blocks = headings.length;
  const opening = (heights[0] ?? 0) + (heights[1] ?? 0);
  const body = heights.slice(2, 2 + blocks);
  const closing = heights.slice(2 + blocks).reduce((a, b) => a + b, 0);
  const share = (opening + body.reduce((a, b) => a + b, 0) + closing) / trifoldPanels;
  const breaks: number[] = [];
  let filled = opening;
  let panel = 1;
  for (let i = 0; i < blocks && panel < trifoldPanels; i += 1) {
    const height = body[i]!;
    const past = filled + height / 2 > share * panel || filled + height > capacity * panel;
    // Panels left to fill need at least one block each.
    const enough = blocks - i >= trifoldPanels - panel;
    // A heading goes with what follows it: to the next panel, or (alone at the top of its own) keeping it here.
    const headingAlone = headings[i - 1] === true && i - 1 <= (breaks.at(-1) ?? 0);
    if (i > 0 && (past || !enough) && !headingAlone) {
      breaks.push(headings[i - 1] ? i - 1 : i);
      filled = share * panel;
      panel += 1;
    }
    filled += height;
  }
  return breaks;
}
