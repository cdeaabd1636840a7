// The phone edition: the leaflet on one long page 90 mm wide, laid out once to measure and once at its length, then drawn as an image.
import type { VFile } from 'vfile';
import { printMessages as says } from '../diagnostics/catalogue/print.js';
import { error } from '../diagnostics/messages.js';
import { say } from '../diagnostics/say.js';
import { mm, phoneMeasureHeight, phoneSize } from '../layout/page-formats.js';
import type { Draw, RenderOptions } from '../render/render-pdf.js';
import type { RenderOptions as BaseOptions } from './print-leaflet.js';
import { phonePixels, rasterPhone } from './phone-raster.js';
import type { PrintSettings } from './print-settings.js';

/** The phone edition's two files: the long page as a PDF, and as a PNG 1080 pixels wide (unless the settings leave it out). */
export interface PhoneEdition {
  pdf: Uint8Array;
  png?: Uint8Array;
}

/** A phone image longer than this (5 m at 1080 pixels across) is more than anyone scrolls through, and a lot of memory. */
const mostPixels = 60_000;

/** Points to pixels in the image. */
export const phoneScale = phonePixels / phoneSize.width;

const place = { line: 1, column: 1 };

/**
 * The phone edition of a leaflet drawn by `draw` (its template's phone design), or undefined when an error was
 * recorded on `file`. No copyfit: the page is as long as the text. Its height is a whole number of the image's
 * pixels, with one to spare, so that the image is exactly the page at the image's scale.
 */
export async function printPhone(file: VFile, base: BaseOptions, settings: PrintSettings, draw: Draw): Promise<PhoneEdition | undefined> {
  const look = { page: 'phone' as const, largePrint: settings.largePrint, grayscale: settings.grayscale };
  const measured = await draw({ ...base, look } satisfies RenderOptions);
  const page = measured.pages[0]!;
  const length = page.used + (phoneMeasureHeight - page.capacity);
  const pixels = Math.ceil(length * phoneScale) + 1;
  if (measured.pages.length > 1 || page.used >= page.capacity || pixels > mostPixels) {
    const metres = (Math.max(length, measured.pages.length * phoneMeasureHeight) / (1000 * mm)).toFixed(1);
    error(file, 'render-failed', say(says.phoneTooLong, { length: metres, most: (mostPixels / phoneScale / (1000 * mm)).toFixed(0) }), {
      place,
      hint: say(says.phoneTooLongHint),
    });
    return undefined;
  }
  const drawn = await draw({ ...base, look: { ...look, height: pixels / phoneScale } });
  if (drawn.pages.length !== 1) throw new Error(`the phone edition ran onto ${drawn.pages.length} pages at its measured length`);
  const pdf = await drawn.bytes();
  return { pdf, ...(settings.phoneImage ? { png: await rasterPhone(pdf) } : {}) };
}
