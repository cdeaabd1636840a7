// One-page designs (event flyers): more than a page is an error that says by how much, never a smaller type.
import type { VFile } from 'vfile';
import { templatesMessages as says } from '../diagnostics/catalogue/templates.js';
import { error } from '../diagnostics/messages.js';
import { say } from '../diagnostics/say.js';
import { formatSizes, mm } from '../layout/page-formats.js';
import type { Leaflet } from '../model/types.js';
import { loadPdfJs } from '../render/pdfjs.js';
import type { Draw, RenderOptions } from '../render/render-pdf.js';

/** The distance from the top of the first page to the foot of its lowest text, in points. */
async function contentDepth(bytes: Uint8Array): Promise<number> {
  const { getDocument } = await loadPdfJs();
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
  const page = await doc.getPage(1);
  const height = page.getViewport({ scale: 1 }).height;
  const { items } = await page.getTextContent();
  const depth = Math.max(...items.map((item) => ('transform' in item ? height - (item.transform[5] as number) + item.height * 0.3 : 0)));
  await doc.destroy();
  return depth;
}

/**
 * Records the error of a one-page design that ran onto `pages` pages, saying by how many millimetres:
 * the leaflet is laid out again on a tall page to measure it.
 */
export async function checkOnePage(file: VFile, leaflet: Leaflet, pages: number, options: RenderOptions, draw: Draw): Promise<undefined> {
  const tall = await (await draw({ ...options, look: { ...options.look, measure: true } })).bytes();
  const page = options.look.page === 'panel' || options.look.page === 'phone' ? undefined : formatSizes[options.look.page];
  const available = (page?.height ?? 0) + 2 * (options.look.bleed ?? 0);
  const over = Math.max(1, Math.ceil(((await contentDepth(tall)) + 20 * mm - available) / mm));
  error(file, 'one-page-overflow', say(says.onePageOverflow, { over, pages }), {
    place: { line: 1, column: 1 },
    hint: say(leaflet.meta.format === 'A5' ? says.onePageHintA5 : says.onePageHint),
  });
  return undefined;
}
