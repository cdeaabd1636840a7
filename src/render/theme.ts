// Page metrics and type sizes per format, with the brand's colours: every measure the renderer uses.
import type { Brand } from '../brand/brand-schema.js';
import type { LeafletMeta } from '../model/types.js';
import type { PageFormat } from '../source/leaflet-schema.js';

const mm = 72 / 25.4;

interface Metrics {
  size: 'A4' | 'A5' | 'LETTER';
  pageWidth: number;
  pageHeight: number;
  margin: number;
  body: number;
  title: number;
  small: number;
  qr: number;
}

/** A5 is not a shrunken A4: narrower margins and a smaller, still comfortable body size. */
const metrics: Record<PageFormat, Metrics> = {
  A4: { size: 'A4', pageWidth: 595.28, pageHeight: 841.89, margin: 20 * mm, body: 10.5, title: 24, small: 8.5, qr: 30 * mm },
  A5: { size: 'A5', pageWidth: 419.53, pageHeight: 595.28, margin: 13 * mm, body: 9.5, title: 19, small: 7.5, qr: 26 * mm },
  Letter: { size: 'LETTER', pageWidth: 612, pageHeight: 792, margin: 0.75 * 72, body: 10.5, title: 24, small: 8.5, qr: 30 * mm },
};

/** The measures for a leaflet; `fonts` is the registered family list, main face first. */
/** The width of the text column of a format, in points. */
export function textWidthOf(format: PageFormat): number {
  return metrics[format].pageWidth - 2 * metrics[format].margin;
}

export function makeTheme(meta: LeafletMeta, brand: Brand, fonts: string[]) {
  const m = metrics[meta.format];
  const { typography } = brand;
  return {
    ...m,
    mm,
    textWidth: m.pageWidth - 2 * m.margin,
    brand,
    lang: meta.lang,
    colors: brand.colors,
    font: fonts,
    typography,
    align: meta.align ?? typography.align,
    lineHeight: 1.65,
    headings: { 1: m.body * 1.6, 2: m.body * 1.35, 3: m.body * 1.18, 4: m.body * 1.05 } as Record<1 | 2 | 3 | 4, number>,
    gap: m.body * 0.75,
  };
}

export type Theme = ReturnType<typeof makeTheme>;

/** A colour mixed with white: `amount` 0 is white, 1 the colour itself. */
export function tint(colour: string, amount: number): string {
  const channels = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
  return `#${channels.map((c) => Math.round(255 - (255 - c) * amount).toString(16).padStart(2, '0')).join('')}`;
}
