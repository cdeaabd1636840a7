// Print stage: the copyfit's pages straight from the renderer; layouts and the press profile through pdf-lib.
import type { VFile } from 'vfile';
import { printMessages as says } from '../diagnostics/catalogue/print.js';
import { error } from '../diagnostics/messages.js';
import { say } from '../diagnostics/say.js';
import { fillOf, type Goal } from '../layout/copyfit.js';
import type { Leaflet } from '../model/types.js';
import { copyfit } from '../render/copyfit.js';
import type { Draw, RenderOptions as PdfOptions } from '../render/render-pdf.js';
import { checkOnePage } from '../templates/one-page.js';
import type { Template } from '../templates/template.js';
import { reportFill } from './page-fill-report.js';
import { pageKind, type PrintSettings } from './print-settings.js';

export type RenderOptions = Omit<PdfOptions, 'look' | 'blanksBeforeBack'>;

/** The printed PDF, and how full each of its pages (or panels) is. */
export interface Printed {
  bytes: Uint8Array;
  fills: number[];
}

const place = { line: 1, column: 1 };

/** A layout the template does not have: a one-page flyer folded, or a handout on a poster's A3. */
function unsupported(file: VFile, leaflet: Leaflet, settings: PrintSettings, template: Template, page: string): boolean {
  if (!template.folds && settings.layout !== 'pages') {
    const entry = settings.layout === 'booklet' ? says.singlePageBooklet : says.singlePageTrifold;
    error(file, 'layout-unsupported', say(entry, { template: leaflet.meta.template }), {
      place,
      hint: say(says.withoutLayout, { layout: settings.layout }),
    });
    return true;
  }
  if (page === 'A3' && !template.onePage) {
    error(file, 'layout-unsupported', say(says.a3ForPosters), { place, hint: say(says.a3Hint) });
    return true;
  }
  return false;
}

/**
 * The PDF and its page fills, or undefined when an error was recorded on the file. `draw` renders the leaflet
 * in its template's design; the copyfit chooses the variant, and the print stage lays out its pages.
 */
export async function printLeaflet(file: VFile, leaflet: Leaflet, base: RenderOptions, settings: PrintSettings, template: Template, draw: Draw): Promise<Printed | undefined> {
  const { bleed, largePrint, grayscale, layout, press } = settings;
  const options: PdfOptions = { ...base, look: { page: pageKind(settings, leaflet.meta), bleed, largePrint, grayscale } };
  if (unsupported(file, leaflet, settings, template, options.look.page)) return undefined;
  const goal: Goal = template.onePage ? 'flyer' : layout === 'booklet' ? 'booklet' : layout === 'trifold' ? 'panels' : 'pages';
  const headings = leaflet.blocks.map((block) => block.type === 'heading');
  const fitted = await copyfit(draw, goal === 'booklet' ? { ...options, blanksBeforeBack: 0 } : options, goal, goal === 'panels' ? 'trifold-text' : 'leaflet', headings);
  if (goal === 'flyer' && fitted.pages.length > 1) return checkOnePage(file, leaflet, fitted.pages.length, fitted.options, draw);
  reportFill(file, goal, fitted);
  const fills = fitted.pages.map(fillOf);
  if (layout === 'pages' && !press) return { bytes: await fitted.bytes(), fills };
  // pdf-lib is loaded only when it is needed, so that office builds start quicker.
  const { printSheets } = await import('./print-sheets.js');
  const bytes = await printSheets(file, leaflet, fitted, settings, draw);
  return bytes && { bytes, fills };
}
