// The three layouts rendered as pages and planned on sheets: single pages, a saddle-stitched booklet, a tri-fold.
import { PDFDocument } from '@cantoo/pdf-lib';
import type { VFile } from 'vfile';
import { printMessages as says } from '../diagnostics/catalogue/print.js';
import { error } from '../diagnostics/messages.js';
import { say } from '../diagnostics/say.js';
import type { Fitted } from '../render/copyfit.js';
import type { Draw } from '../render/render-pdf.js';
import type { Theme } from '../render/theme.js';
import { blanksFor, bookletSheets } from './booklet.js';
import type { Sheet } from './impose.js';
import { mm, type Size } from '../layout/page-formats.js';
import { textPanels, trifoldSheets } from './trifold.js';

export interface Rendered {
  /** The rendered PDFs that the sheets' cells take their pages from. */
  sources: Uint8Array[];
  sheets: Sheet[];
}

export async function pageCount(bytes: Uint8Array): Promise<number> {
  return (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount();
}

/** One page a sheet, as rendered. */
export async function singlePages(fitted: Fitted, theme: Theme): Promise<Rendered> {
  return pageSheets(await fitted.bytes(), theme.trim);
}

/** Rendered pages of this trim, one a sheet. */
export async function pageSheets(bytes: Uint8Array, trim: Size): Promise<Rendered> {
  const sheets = Array.from({ length: await pageCount(bytes) }, (_, page) => ({
    size: trim,
    cells: [{ source: 0, page, x: 0, width: trim.width }],
    folds: [],
  }));
  return { sources: [bytes], sheets };
}

/** Rendered A5 pages, their count a multiple of 4 already, two-up in saddle-stitch order (for press, or not). */
export async function bookletPages(bytes: Uint8Array, press: boolean): Promise<Rendered> {
  return { sources: [bytes], sheets: bookletSheets(await pageCount(bytes), press) };
}

/** The copyfit's pages, drawn again with the spare pages (notes, or blank) that the sheets need before the back cover. */
export async function booklet(fitted: Fitted, draw: Draw, press: boolean): Promise<Rendered> {
  const blanks = blanksFor(fitted.pages.length);
  return bookletPages(await (blanks === 0 ? fitted : await draw({ ...fitted.options, blanksBeforeBack: blanks })).bytes(), press);
}

/** The text in five panels, the back matter in the sixth; more is an error that says by how much, never a smaller type than the brand allows. */
export async function trifold(file: VFile, fitted: Fitted, draw: Draw): Promise<Rendered | undefined> {
  // The back panel keeps the design's own sizes: the copyfit varies the text's.
  const back = await draw({ ...fitted.options, look: { ...fitted.options.look, fit: undefined } }, 'trifold-back');
  const place = { line: 1, column: 1 };
  const textPages = fitted.pages.length;
  if (textPages > textPanels) {
    const over = fitted.pages.slice(textPanels).reduce((sum, page) => sum + page.used, 0);
    error(file, 'trifold-overflow', say(says.trifoldTooLong, { over: Math.ceil(over / mm), panels: textPanels, pages: textPages }), {
      place,
      hint: say(says.trifoldTooLongHint),
    });
  }
  if (back.pages.length > 1) {
    error(file, 'trifold-overflow', say(says.trifoldBackTooLong, { count: back.pages.length }), {
      place,
      hint: say(says.trifoldBackHint),
    });
  }
  if (textPages > textPanels || back.pages.length > 1) return undefined;
  return { sources: [await fitted.bytes(), await back.bytes()], sheets: trifoldSheets(textPages) };
}
