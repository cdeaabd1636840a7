// Everything after rendering that needs pdf-lib: the layout on sheets, the press profile, and saving.
import type { VFile } from 'vfile';
import { printMessages as says } from '../diagnostics/catalogue/print.js';
import { error } from '../diagnostics/messages.js';
import { say, listed } from '../diagnostics/say.js';
import type { Leaflet } from '../model/types.js';
import { documentInfo, type DocumentInfo } from '../render/document-info.js';
import { logoSize } from '../render/header-band.js';
import type { Fitted } from '../render/copyfit.js';
import type { Draw, RenderOptions } from '../render/render-pdf.js';
import { makeTheme, type Theme } from '../render/theme.js';
import { impose } from './impose.js';
import { booklet, singlePages, trifold, type Rendered } from './layouts.js';
import { checkImages, unembeddedFonts, type PlacedImage } from './press-checks.js';
import { inkForPress } from './press-inks.js';
import { markForPress, slugFor } from './press-marks.js';
import type { PrintSettings } from './print-settings.js';
import { savePdf } from './save-pdf.js';

/** The brand logo as the header band places it. */
function placedImages(options: RenderOptions, theme: Theme): PlacedImage[] {
  const size = logoSize(theme);
  return options.logo ? [{ path: options.logo, label: say(says.brandLogo), box: { width: size, height: size } }] : [];
}

/** The page's measures, without the text's: what the sheets and the press checks need. */
export function pageTheme(options: RenderOptions, lang: Leaflet['meta']['lang']): Theme {
  return makeTheme(options.brand, options.look, { lang, fonts: [] });
}

/** For press: warns about a brand logo too coarse for print; the images in the text are checked as they are loaded. */
export async function checkLogo(file: VFile, options: RenderOptions, theme: Theme): Promise<void> {
  await checkImages(file, placedImages(options, theme));
}

/** The PDF's bytes, or undefined when an error was recorded on the file. */
export async function printSheets(file: VFile, leaflet: Leaflet, fitted: Fitted, settings: PrintSettings, draw: Draw): Promise<Uint8Array | undefined> {
  const { layout, press } = settings;
  const { options } = fitted;
  const theme = pageTheme(options, leaflet.meta.lang);
  if (press) await checkLogo(file, options, theme);
  const rendered = layout === 'booklet' ? await booklet(fitted, draw, press) : layout === 'trifold' ? await trifold(file, fitted, draw) : await singlePages(fitted, theme);
  if (!rendered) return undefined;
  return onSheets(file, rendered, settings, documentInfo(leaflet.meta, options.brand, options.date));
}

/** Pages already rendered, copied onto their sheets, marked and checked for press, and saved; undefined on an error. */
export async function onSheets(file: VFile, rendered: Rendered, settings: PrintSettings, info: DocumentInfo): Promise<Uint8Array | undefined> {
  const { press, bleed, marks, inks } = settings;
  const slug = slugFor(bleed, marks);
  const doc = await impose(rendered.sources, rendered.sheets, { bleed, slug });
  if (press) {
    await inkForPress(doc, inks);
    markForPress(doc, rendered.sheets, { bleed, marks, slug });
    const missing = unembeddedFonts(doc);
    if (missing.length > 0) {
      error(file, 'font-not-embedded', say(says.fontsNotEmbedded, { fonts: listed(missing) }), {
        place: { line: 1, column: 1 },
        hint: say(says.fontsNotEmbeddedHint),
      });
      return undefined;
    }
  }
  const madeFrom = [...rendered.sources, Buffer.from(JSON.stringify(settings))];
  return savePdf(doc, info, madeFrom);
}
