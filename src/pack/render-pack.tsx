// Renders a pack twice: once to find the page each leaflet starts on, once with those pages in the contents.
import { renderDocument } from '../render/render-document.js';
import type { RenderOptions } from '../render/render-pdf.js';
import { blanksFor } from '../print/booklet.js';
import type { Lang } from '../source/leaflet-schema.js';
import { registerFonts } from '../layout/fonts.js';
import { PackDocument, type PackProps } from './pack-document.js';

export type PackInput = Omit<PackProps, 'options' | 'fonts' | 'starts' | 'onStart'>;

async function renderOnce(input: PackInput, options: PackProps['options'], fonts: PackProps['fonts'], starts?: number[]) {
  const found: number[] = [];
  // A leaflet's first page is the first on which its anchor is laid out.
  const onStart = (index: number, pageNumber: number) => void (found[index] ??= pageNumber);
  const bytes = await renderDocument(<PackDocument {...input} options={options} fonts={fonts} starts={starts} onStart={onStart} />);
  return { bytes, starts: found };
}

/**
 * The contents page holds one line per leaflet and has the same length on both renderings, so the pages found
 * on the first are those of the second; a difference would be a bug, and fails rather than print wrong numbers.
 * `booklet`: the second rendering is padded with blank pages to a multiple of 4.
 */
export async function renderPack(input: PackInput, options: Omit<RenderOptions, 'fonts' | 'blanksBeforeBack'>, booklet = false): Promise<Buffer> {
  const { heading_weight } = options.brand.typography;
  const langs = new Set<Lang>([input.pack.meta.lang, ...input.leaflets.map((leaflet) => leaflet.meta.lang)]);
  const fonts: PackProps['fonts'] = {};
  for (const lang of langs) fonts[lang] = registerFonts({ lang, extraWeights: [heading_weight], fallbacks: options.fallbackFonts });
  // A booklet's back matter is its back cover, a page of its own (blanksBeforeBack set); otherwise it ends the last leaflet.
  const document = { ...options, fonts: fonts[input.pack.meta.lang]!, ...(booklet ? { blanksBeforeBack: 0 } : {}) };
  const first = await renderOnce(input, document, fonts);
  if (first.starts.length !== input.leaflets.length) throw new Error('the first page of a leaflet in the pack was not found');
  // A booklet's blank pages come before the back matter only, so the leaflets start where they did.
  const blanks = booklet ? blanksFor(await (await import('../print/layouts.js')).pageCount(first.bytes)) : undefined;
  const second = await renderOnce(input, blanks === undefined ? document : { ...document, blanksBeforeBack: blanks }, fonts, first.starts);
  if (second.starts.join() !== first.starts.join()) throw new Error('the leaflets moved between the two renderings of the pack');
  return second.bytes;
}
