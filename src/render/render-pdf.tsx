// Render stage: the leaflet model → PDF bytes, with the fonts it needs registered first.
import { renderToBuffer } from '@react-pdf/renderer';
import type { Brand } from '../brand/brand-schema.js';
import type { Leaflet } from '../model/types.js';
import { registerFonts } from '../typeset/fonts.js';
import { LeafletDocument, type DocumentOptions } from './leaflet-document.js';

export interface RenderOptions extends Omit<DocumentOptions, 'fonts'> {
  brand: Brand;
  fallbackFonts?: string[];
}

export async function renderPdf(leaflet: Leaflet, options: RenderOptions): Promise<Buffer> {
  const { heading_weight } = options.brand.typography;
  const fonts = registerFonts({ lang: leaflet.meta.lang, extraWeights: [heading_weight], fallbacks: options.fallbackFonts });
  return renderToBuffer(<LeafletDocument leaflet={leaflet} options={{ ...options, fonts }} />);
}
