// Render stage: the leaflet model → PDF bytes, in the design it is given, with the fonts it needs registered first.
import type { ComponentType } from 'react';
import { Document, type DocumentProps } from '../layout/react-pdf.js';
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

/**
 * A part laid out: how full each of its pages is, and its PDF, written when first asked for. The copyfit lays
 * out several variants and writes only the one it keeps.
 */
export interface Drawn {
  bytes: () => Promise<Buffer>;
  pages: PageFill[];
  /** The heights of the top-level nodes in reading order (see nodeHeights). */
  heights: number[];
}

/** Renders one part of a leaflet with the given options: what the print stage is handed instead of a renderer. */
export type Draw = (options: RenderOptions, part?: Part) => Promise<Drawn>;

/**
 * A leaflet's drawing function in its template's `design`. The same options and part are laid out once: the
 * print stage may ask twice (a one-page flyer is counted, then imposed for press).
 */
export function drawLeaflet(leaflet: Leaflet, design: ComponentType<LeafletProps>): Draw {
  const done = new Map<string, Promise<Drawn>>();
  return (options, part = 'leaflet') => {
    const key = JSON.stringify([part, options.look, options.blanksBeforeBack ?? 0]);
    let drawn = done.get(key);
    if (!drawn) {
      drawn = renderPdf(leaflet, options, part === 'leaflet' ? design : parts[part]);
      done.set(key, drawn);
    }
    return drawn;
  };
}

async function renderPdf(leaflet: Leaflet, options: RenderOptions, Component: ComponentType<LeafletProps>): Promise<Drawn> {
  const { heading_weight } = options.brand.typography;
  const fonts = registerFonts({ lang: leaflet.meta.lang, extraWeights: [heading_weight], fallbacks: options.fallbackFonts });
  let laidOut: LaidOut = {};
  await renderDocument(<Component leaflet={leaflet} options={{ ...options, fonts, onLayout: (layout) => (laidOut = layout) }} />);
  const measured = { pages: pageFills(laidOut), heights: nodeHeights(laidOut) };
  let bytes: Promise<Buffer> | undefined;
  const write = () => {
    // The layout is let go once it is written: a long leaflet's is most of the memory its build takes.
    const layout = laidOut;
    laidOut = {};
    // The Document's own properties (title, author, dates…) are in the layout: it is written as it was laid out.
    const { onLaidOut: _measure, ...info } = (layout.props ?? {}) as DocumentProps & { onLaidOut?: unknown };
    return renderDocument(<Document {...info} laidOut={layout} />);
  };
  return { ...measured, bytes: () => (bytes ??= write()) };
}
