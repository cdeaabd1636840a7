// Print stage: office pages straight from the renderer; layouts and the press profile through pdf-lib.
import type { VFile } from 'vfile';
import { error } from '../diagnostics/messages.js';
import type { Leaflet } from '../model/types.js';
import type { Draw, RenderOptions as PdfOptions } from '../render/render-pdf.js';
import { checkOnePage } from '../templates/one-page.js';
import type { Template } from '../templates/template.js';
import { pageKind, type PrintSettings } from './print-settings.js';

export type RenderOptions = Omit<PdfOptions, 'look' | 'blanksBeforeBack'>;

/**
 * The PDF's bytes, or undefined when an error was recorded on the file. `draw` renders the leaflet in its
 * template's design; the print stage only asks it for pages and lays them out.
 */
export async function printLeaflet(file: VFile, leaflet: Leaflet, base: RenderOptions, settings: PrintSettings, template: Template, draw: Draw): Promise<Uint8Array | undefined> {
  const { bleed, largePrint, grayscale } = settings;
  const options: PdfOptions = { ...base, look: { page: pageKind(settings, leaflet.meta), bleed, largePrint, grayscale } };
  if (!template.folds && settings.layout !== 'pages') {
    error(file, 'layout-unsupported', `a ${leaflet.meta.template} leaflet is a single page; it cannot be printed as a ${settings.layout}`, {
      place: { line: 1, column: 1 },
      hint: `build it without --${settings.layout}`,
    });
    return undefined;
  }
  if (settings.layout === 'pages' && !settings.press && !template.onePage) return draw(options);
  // pdf-lib is loaded only when it is needed, so that office builds start quicker.
  if (template.onePage) {
    const { pageCount } = await import('./layouts.js');
    const bytes = await draw(options);
    const pages = await pageCount(bytes);
    if (pages > 1) return checkOnePage(file, leaflet, pages, options, draw);
    if (!settings.press) return bytes;
  }
  const { printSheets } = await import('./print-sheets.js');
  return printSheets(file, leaflet, options, settings, draw);
}
