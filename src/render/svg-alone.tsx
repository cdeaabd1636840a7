// An SVG picture drawn alone, on a page of its own: whether the renderer can draw it, asked before the leaflet is drawn.
import { Document, Page } from '../layout/react-pdf.js';
import type { LoadedImage } from '../model/types.js';
import type { Lang } from '../source/leaflet-schema.js';
import { registerFonts } from '../layout/fonts.js';
import { renderDocument } from './render-document.js';
import { SvgImage } from './svg-image.js';

/**
 * Draws the SVG at a figure's usual width, in the leaflet's fonts; throws what the renderer throws on it (an
 * attribute that is not a number, a transform it cannot read). Cheap: one small page, not compressed.
 */
export async function drawSvgAlone(image: Extract<LoadedImage, { kind: 'svg' }>, lang: Lang, fallbacks?: string[]): Promise<void> {
  const fonts = registerFonts({ lang, fallbacks });
  const width = 400;
  const height = Math.min(1_000, (width * image.height) / image.width) || width;
  await renderDocument(
    <Document>
      <Page size={[width, height]}>
        <SvgImage tree={image.tree} width={width} height={height} fonts={fonts} />
      </Page>
    </Document>,
  );
}
