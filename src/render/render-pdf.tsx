// Render stage: the leaflet model → PDF bytes, in the design it is given, with the fonts it needs registered first.
import type { ComponentType } from 'react';
import type { Leaflet } from '../model/types.js';
import { registerFonts } from '../layout/fonts.js';
import type { DocumentOptions, LeafletProps } from './leaflet-document.js';
import type { PageFill } from '../layout/copyfit.js';
import { nodeHeights, pageFills, type LaidOut } from './page-fill.js';
import { renderDocument } from './render-document.js';
import { TrifoldBack, TrifoldText } from './trifold-document.js';

/** What to render: the leaflet's pages in its template's design, or one of the tri-fold's two parts. */
const parts = { 'trifold-text': TrifoldText, 'trifold-back': TrifoldBack };
export type Part = 'leaflet' | keyof typeof parts;

export interface RenderOptions extends Omit<DocumentOptions, 'fonts' | 'onLayout'> {
  /** Absolute paths of the brand's fallback fonts. */
  fallbackFonts?: string[];
}

/** A rendered part: the PDF's bytes, and how full each of its pages is. */
export interface Drawn {
  bytes: Buffer;
  pages: PageFill[];
  /** The heights of the top-level nodes in reading order (see nodeHeights). */
  heights: number[];
}

/** Renders one part of a leaflet with the given options: what the print stage is handed instead of a renderer. */
export type Draw = (options: RenderOptions, part?: Part) => Promise<Drawn>;

/**
 * A leaflet's drawing function in its template's `design`. The same options and part are rendered once: the
 * print stage may ask twice (a one-page flyer is counted, then imposed for press).
 */
export function drawLeaflet(leaflet: Leaflet, design: ComponentType<LeafletProps>): Draw {
  const done = new Map<string, Promise<Drawn>>();
  return (options, part = 'leaflet') => {
    const key = JSON.stringify([part, options.look, options.blanksBeforeBack ?? 0]);
    let bytes = done.get(key);
    if (!bytes) {
      bytes = renderPdf(leaflet, options, part === 'leaflet' ? design : parts[part]);
      done.set(key, bytes);
    }
    return bytes;
  };
}

async function renderPdf(leaflet: Leaflet, options: RenderOptions, Component: ComponentType<LeafletProps>): Promise<Drawn> {
  const { heading_weight } = options.brand.typography;
  const fonts = registerFonts({ lang: leaflet.meta.lang, extraWeights: [heading_weight], fallbacks: options.fallbackFonts });
  let measured: Omit<Drawn, 'bytes'> = { pages: [], heights: [] };
  const onLayout = (layout: LaidOut) => (measured = { pages: pageFills(layout), heights: nodeHeights(layout) });
  const bytes = await renderDocument(<Component leaflet={leaflet} options={{ ...options, fonts, onLayout }} />);
  return { bytes, ...measured };
}
