// Render stage: the leaflet model → PDF bytes, with fonts and line breaking registered once.
import { renderToBuffer } from '@react-pdf/renderer';
import type { Leaflet } from '../model/types.js';
import { registerFonts } from '../typeset/fonts.js';
import { LeafletDocument, type DocumentOptions } from './leaflet-document.js';
import { TrifoldBack, TrifoldText } from './trifold-document.js';

/** What to render: the leaflet's pages, or one of the tri-fold's two parts. */
const parts = { leaflet: LeafletDocument, 'trifold-text': TrifoldText, 'trifold-back': TrifoldBack };
export type Part = keyof typeof parts;

export async function renderPdf(leaflet: Leaflet, options: DocumentOptions, part: Part = 'leaflet'): Promise<Buffer> {
  registerFonts();
  const Component = parts[part];
  return renderToBuffer(<Component leaflet={leaflet} options={options} />);
}
