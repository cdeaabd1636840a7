// Render stage: the leaflet model → PDF bytes, with the fonts it needs registered first.
import type { Leaflet } from '../model/types.js';
import { registerFonts } from '../typeset/fonts.js';
import { templates } from '../templates/registry.js';
import type { DocumentOptions } from './leaflet-document.js';
import { renderDocument } from './render-document.js';
import { TrifoldBack, TrifoldText } from './trifold-document.js';

/** What to render: the leaflet's pages in its template's design, or one of the tri-fold's two parts. */
const parts = { 'trifold-text': TrifoldText, 'trifold-back': TrifoldBack };
export type Part = 'leaflet' | keyof typeof parts;

export interface RenderOptions extends Omit<DocumentOptions, 'fonts'> {
  /** Absolute paths of the brand's fallback fonts. */
  fallbackFonts?: string[];
}

export async function renderPdf(leaflet: Leaflet, options: RenderOptions, part: Part = 'leaflet'): Promise<Buffer> {
  const { heading_weight } = options.brand.typography;
  const fonts = registerFonts({ lang: leaflet.meta.lang, extraWeights: [heading_weight], fallbacks: options.fallbackFonts });
  const Component = part === 'leaflet' ? templates[leaflet.meta.template].Document : parts[part];
  return renderDocument(<Component leaflet={leaflet} options={{ ...options, fonts }} />);
}
