// Render stage: the leaflet model → PDF bytes, with fonts and line breaking registered once.
import { renderToBuffer } from '@react-pdf/renderer';
import type { Leaflet } from '../model/types.js';
import { registerFonts } from '../typeset/fonts.js';
import { LeafletDocument, type DocumentOptions } from './leaflet-document.js';

export async function renderPdf(leaflet: Leaflet, options: DocumentOptions): Promise<Buffer> {
  registerFonts();
  return renderToBuffer(<LeafletDocument leaflet={leaflet} options={options} />);
}
