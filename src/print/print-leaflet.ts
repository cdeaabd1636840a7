// Print stage: office pages straight from the renderer; layouts and the press profile through pdf-lib.
import type { VFile } from 'vfile';
import type { Leaflet } from '../model/types.js';
import { renderPdf, type RenderOptions as PdfOptions } from '../render/render-pdf.js';
import { pageKind, type PrintSettings } from './print-settings.js';

export type RenderOptions = Omit<PdfOptions, 'look' | 'blanksBeforeBack'>;

/** The PDF's bytes, or undefined when an error was recorded on the file. */
export async function printLeaflet(file: VFile, leaflet: Leaflet, base: RenderOptions, settings: PrintSettings): Promise<Uint8Array | undefined> {
  const { bleed, largePrint, grayscale } = settings;
  const options: PdfOptions = { ...base, look: { page: pageKind(settings, leaflet.meta), bleed, largePrint, grayscale } };
  if (settings.layout === 'pages' && !settings.press) return renderPdf(leaflet, options);
  // pdf-lib is loaded only when it is needed, so that office builds start quicker.
  const { printSheets } = await import('./print-sheets.js');
  return printSheets(file, leaflet, options, settings);
}
