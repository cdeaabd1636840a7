// The three layouts rendered as pages and planned on sheets: single pages, a saddle-stitched booklet, a tri-fold.
import { PDFDocument } from '@cantoo/pdf-lib';
import type { VFile } from 'vfile';
import { error } from '../diagnostics/messages.js';
import type { Draw, RenderOptions } from '../render/render-pdf.js';
import type { Theme } from '../render/theme.js';
import { blanksFor, bookletSheets } from './booklet.js';
import type { Sheet } from './impose.js';
import type { Size } from '../layout/page-formats.js';
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
export async function singlePages(options: RenderOptions, theme: Theme, draw: Draw): Promise<Rendered> {
  return pageSheets(await draw(options), theme.trim);
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

/** Rendered A5 pages, their count a multiple of 4 already, two-up in saddle-stitch order. */
export async function bookletPages(bytes: Uint8Array): Promise<Rendered> {
  return { sources: [bytes], sheets: bookletSheets(await pageCount(bytes)) };
}

/** Rendered once to count the pages, then again with the blank pages the sheets need before the back cover. */
export async function booklet(options: RenderOptions, draw: Draw): Promise<Rendered> {
  const first = await draw({ ...options, blanksBeforeBack: 0 });
  const pages = await pageCount(first);
  const blanks = blanksFor(pages);
  return bookletPages(blanks === 0 ? first : await draw({ ...options, blanksBeforeBack: blanks }));
}

/** The text in five panels, the back matter in the sixth; more is an error, never a smaller type. */
export async function trifold(file: VFile, options: RenderOptions, draw: Draw): Promise<Rendered | undefined> {
  const text = await draw(options, 'trifold-text');
  const back = await draw(options, 'trifold-back');
  const [textPages, backPages] = [await pageCount(text), await pageCount(back)];
  const place = { line: 1, column: 1 };
  if (textPages > textPanels) {
    const over = textPages - textPanels;
    error(file, 'trifold-overflow', `the text needs ${textPages} panels but a tri-fold has ${textPanels} besides the back panel: ${over} panel${over > 1 ? 's' : ''} too many`, {
      place,
      hint: 'shorten the text, or print the leaflet as a booklet (--booklet)',
    });
  }
  if (backPages > 1) {
    error(file, 'trifold-overflow', `the organisation's profile and contact details need ${backPages} panels but the back panel is one`, {
      place,
      hint: 'shorten the profile in the brand file',
    });
  }
  if (textPages > textPanels || backPages > 1) return undefined;
  return { sources: [text, back], sheets: trifoldSheets(textPages) };
}
