// Print stage: renders the leaflet for its layout (pages, booklet, tri-fold), imposes it, and readies it for press.
import { PDFDocument } from '@cantoo/pdf-lib';
import type { VFile } from 'vfile';
import { error, warn } from '../diagnostics/messages.js';
import type { Leaflet } from '../model/types.js';
import { documentInfo } from '../render/document-info.js';
import { logoSize } from '../render/header-band.js';
import type { DocumentOptions } from '../render/leaflet-document.js';
import { renderPdf } from '../render/render-pdf.js';
import { makeTheme, type Theme } from '../render/theme.js';
import { blanksFor, bookletSheets } from './booklet.js';
import { impose, type Sheet } from './impose.js';
import { imageDpi, minDpi, unembeddedFonts, type PlacedImage } from './press-checks.js';
import { markForPress, slugFor } from './press-marks.js';
import { pageKind, type PrintSettings } from './print-settings.js';
import { savePdf } from './save-pdf.js';
import { textPanels, trifoldSheets } from './trifold.js';

export type RenderOptions = Omit<DocumentOptions, 'look' | 'blanksBeforeBack'>;

interface Rendered {
  sources: Uint8Array[];
  sheets: Sheet[];
}

const top = { place: { line: 1, column: 1 } };

async function pageCount(bytes: Uint8Array): Promise<number> {
  return (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount();
}

/** Booklet: rendered once to count the pages, then again with the blank pages the sheets need before the back cover. */
async function booklet(leaflet: Leaflet, options: DocumentOptions): Promise<Rendered> {
  const first = await renderPdf(leaflet, { ...options, blanksBeforeBack: 0 });
  const pages = await pageCount(first);
  const blanks = blanksFor(pages);
  const bytes = blanks === 0 ? first : await renderPdf(leaflet, { ...options, blanksBeforeBack: blanks });
  return { sources: [bytes], sheets: bookletSheets(pages + blanks) };
}

/** Tri-fold: the text in five panels, the back matter in the sixth; more is an error, never a smaller type. */
async function trifold(file: VFile, leaflet: Leaflet, options: DocumentOptions): Promise<Rendered | undefined> {
  const text = await renderPdf(leaflet, options, 'trifold-text');
  const back = await renderPdf(leaflet, options, 'trifold-back');
  const [textPages, backPages] = [await pageCount(text), await pageCount(back)];
  const hint = 'shorten the text, or print the leaflet as a booklet (--booklet)';
  if (textPages > textPanels) {
    const over = textPages - textPanels;
    error(file, 'trifold-overflow', `the text needs ${textPages} panels but a tri-fold has ${textPanels} besides the back panel: ${over} panel${over > 1 ? 's' : ''} too many`, { ...top, hint });
  }
  if (backPages > 1) {
    error(file, 'trifold-overflow', `the organisation's profile and contact details need ${backPages} panels but the back panel is one`, { ...top, hint: 'shorten the profile in the brand file' });
  }
  if (textPages > textPanels || backPages > 1) return undefined;
  return { sources: [text, back], sheets: trifoldSheets(textPages) };
}

async function pages(leaflet: Leaflet, options: DocumentOptions, theme: Theme): Promise<Rendered> {
  const bytes = await renderPdf(leaflet, options);
  const sheets = Array.from({ length: await pageCount(bytes) }, (_, page) => ({
    size: theme.trim,
    cells: [{ source: 0, page, x: 0, width: theme.trim.width }],
    folds: [],
  }));
  return { sources: [bytes], sheets };
}

/** The images a print shop would get: the brand logo for now. Images in the text will join it here once they are rendered. */
function placedImages(options: RenderOptions, theme: Theme): PlacedImage[] {
  const size = logoSize(theme);
  return options.logo ? [{ path: options.logo, label: 'the brand logo', box: { width: size, height: size } }] : [];
}

async function checkImages(file: VFile, images: PlacedImage[]): Promise<void> {
  for (const image of images) {
    const dpi = Math.round(await imageDpi(image));
    if (dpi < minDpi) {
      const factor = Math.ceil((minDpi / dpi) * 10) / 10;
      warn(file, 'image-resolution', `${image.label} prints at ${dpi} dpi; a print shop needs ${minDpi} dpi or more`, {
        ...top,
        hint: `use an image with at least ${factor} times as many pixels across: ${image.path}`,
      });
    }
  }
}

/** The PDF's bytes, or undefined when an error was recorded on the file. */
export async function printLeaflet(file: VFile, leaflet: Leaflet, base: RenderOptions, settings: PrintSettings): Promise<Uint8Array | undefined> {
  const { layout, press, bleed, marks, largePrint, grayscale } = settings;
  const options: DocumentOptions = { ...base, look: { page: pageKind(settings, leaflet.meta), bleed, largePrint, grayscale } };
  const theme = makeTheme(base.brand, options.look);
  if (!press && layout === 'pages') return renderPdf(leaflet, options);
  if (press) await checkImages(file, placedImages(base, theme));
  const rendered =
    layout === 'booklet' ? await booklet(leaflet, options) : layout === 'trifold' ? await trifold(file, leaflet, options) : await pages(leaflet, options, theme);
  if (!rendered) return undefined;
  const slug = slugFor(bleed, marks);
  const doc = await impose(rendered.sources, rendered.sheets, { bleed, slug });
  if (press) {
    markForPress(doc, rendered.sheets, { bleed, marks, slug });
    const missing = unembeddedFonts(doc);
    if (missing.length > 0) {
      error(file, 'font-not-embedded', `fonts not embedded in the PDF: ${missing.join(', ')}`, { ...top, hint: 'a print shop cannot print a PDF without its fonts' });
      return undefined;
    }
  }
  return savePdf(doc, documentInfo(leaflet.meta, base.brand, base.date), [...rendered.sources, Buffer.from(JSON.stringify(settings))]);
}
