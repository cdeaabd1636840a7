// Page metrics and type sizes per format, with the brand's colours: every measure the renderer uses.
import type { Brand } from '../brand/brand-schema.js';
import type { Design, Fit } from '../layout/copyfit.js';
import type { Figure } from '../model/types.js';
import { formatSizes, mm, panelSize, phoneSize, phoneMeasureHeight, type Size } from '../layout/page-formats.js';
import type { Lang, PageFormat } from '../source/leaflet-schema.js';
import { grayCallouts, grayPalette } from './gray-palette.js';

/** A leaflet format, one panel of a tri-fold, or the phone edition's long page. */
export type PageKind = PageFormat | 'panel' | 'phone';

interface Metrics {
  trim: Size;
  margin: number;
  body: number;
  title: number;
  small: number;
  qr: number;
}

/** A5 is not a shrunken A4: narrower margins and a smaller, still comfortable body size. */
const metrics: Record<PageKind, Metrics> = {
  A4: { trim: formatSizes.A4, margin: 20 * mm, body: 10.5, title: 24, small: 8.5, qr: 30 * mm },
  A5: { trim: formatSizes.A5, margin: 13 * mm, body: 9.5, title: 19, small: 7.5, qr: 26 * mm },
  Letter: { trim: formatSizes.Letter, margin: 0.75 * 72, body: 10.5, title: 24, small: 8.5, qr: 30 * mm },
  // Event posters only: A4's design a step up, for reading from a few metres.
  A3: { trim: formatSizes.A3, margin: 26 * mm, body: 14, title: 32, small: 11, qr: 45 * mm },
  panel: { trim: panelSize, margin: 10 * mm, body: 9, title: 18, small: 7.5, qr: 24 * mm },
  // Read on a phone as a 1080-pixel-wide image (4.23 pixels a point): 10.5 pt is 44 pixels, and the QR code
  // 144 pixels a centimetre. The height is a screen's, for the figures; the page itself is as long as its content.
  phone: { trim: phoneSize, margin: 6 * mm, body: 10.5, title: 20, small: 9, qr: 36 * mm },
};

/**
 * Large print keeps each format's margins and reflows the text in bigger type: it is never a scaled page. Nothing
 * is set below 14 pt, the disclaimer, captions, references and the running footer included.
 */
const largePrint = { body: 14, title: 28, small: 14 };

export interface ThemeOptions {
  page: PageKind;
  /** Added on every side of the page for a print shop's trim, in points; 0 for office printing. */
  bleed?: number;
  largePrint?: boolean;
  grayscale?: boolean;
  /** Lay the page out six times taller than it is, to measure how much a one-page design overflows. */
  measure?: boolean;
  /** The copyfit's variant of the design: type size, leading, spacing; the design itself when absent. */
  fit?: Fit;
  /** The phone edition's page height in points, once measured; a very long page to measure on when absent. */
  height?: number;
}

/** The design's own body size and leading for a page, before any copyfit. */
export function designOf(options: Pick<ThemeOptions, 'page' | 'largePrint'>): Design {
  return { body: options.largePrint ? largePrint.body : metrics[options.page].body, leading: options.largePrint ? 1.5 : 1.65 };
}

/** What the leaflet itself decides: its language, its alignment, and the fonts registered for it. */
export interface TextOptions {
  lang: Lang;
  align?: 'justify' | 'left';
  /** The registered font families, main face first. */
  fonts: string[];
}

export function makeTheme(brand: Brand, options: ThemeOptions, text: TextOptions) {
  const design = { ...metrics[options.page], ...(options.largePrint ? largePrint : {}) };
  const fit = options.fit;
  const scale = fit?.scale ?? 1;
  const m = { ...design, body: design.body * scale, title: design.title * scale, small: design.small * scale };
  const bleed = options.bleed ?? 0;
  const { typography } = brand;
  return {
    ...m,
    mm,
    /** The page as printed: a format, or a tri-fold panel. */
    page: options.page,
    bleed,
    /** The page as rendered: the trim size with the bleed on every side. */
    pageSize: (options.page === 'phone'
      ? [m.trim.width, options.height ?? phoneMeasureHeight]
      : [m.trim.width + 2 * bleed, (m.trim.height + 2 * bleed) * (options.measure ? 6 : 1)]) as [number, number],
    /** The phone edition: one long page, one column, tables stacked as cards when they do not fit. */
    phone: options.page === 'phone',
    /** From the page's edge to the text: the margin plus the bleed. */
    edge: m.margin + bleed,
    textWidth: m.trim.width - 2 * m.margin,
    largePrint: options.largePrint ?? false,
    brand,
    lang: text.lang,
    /** Printed in greys: the brand's colours and the pictures' colours turned grey. */
    grayscale: options.grayscale ?? false,
    colors: options.grayscale ? grayPalette(brand.colors) : brand.colors,
    /** The note, tip and warning boxes' labels and colours: the brand's, in greys when printed in greys. */
    callouts: options.grayscale ? grayCallouts(brand.callouts) : brand.callouts,
    font: text.fonts,
    typography,
    align: text.align ?? typography.align,
    lineHeight: fit?.leading ?? designOf(options).leading,
    headings: { 1: m.body * 1.6, 2: m.body * 1.35, 3: m.body * 1.18, 4: m.body * 1.05 } as Record<1 | 2 | 3 | 4, number>,
    gap: m.body * 0.75 * (fit?.spacing ?? 1),
    /** The design's own sizes, for the brand's frame (header band, running footer), which the copyfit leaves alone. */
    frame: { body: design.body, title: design.title, small: design.small, gap: design.body * 0.75, lineHeight: designOf(options).leading },
    /** The back matter set smaller (the copyfit's last resort before another page). */
    compactBack: fit?.compact ?? false,
    /**
     * The back matter may break over two pages: in large print on the small pages (A5, a panel), where it is
     * taller than a page. On A4 and Letter it stays whole: react-pdf would squeeze, not move, an unbreakable
     * block taller than a page, so only where it fits is it kept whole.
     */
    backBreaks: (options.largePrint ?? false) && (options.page === 'A5' || options.page === 'panel'),
    /** Tri-fold: the blocks that start a new panel; when given, each top-level block is laid out as one node. */
    breaks: fit?.breaks && new Set(fit.breaks),
  };
}

export type Theme = ReturnType<typeof makeTheme>;

/**
 * A bookmark that opens at `x` points from the page's left edge. react-pdf's PDF writer (pdfkit 0.20) takes an
 * outline entry's `left` as a distance from the right edge, so the distance is given from there.
 */
export function bookmarkAt(theme: Theme, title: string, x: number): { title: string; left: number } {
  // Rounded down, so that the writer's own rounding of the page width never puts x left of the page.
  return { title, left: Math.floor((theme.pageSize[0] - x) * 100) / 100 };
}

/** How far a container sets its text in from the column's edges, both sides together, in points. */
export function indentOf(theme: Theme, container: 'ordered' | 'bullet' | 'marker' | 'quote' | 'callout' | 'reference' | 'code'): number {
  const b = theme.body;
  const indents = {
    ordered: b * 2,
    bullet: b * 1.3,
    marker: b * 1.4,
    // The rule on the left and the padding after it.
    quote: 2 + b,
    callout: 3 + 2 * b,
    reference: b * 2.2,
    code: b * 1.2,
  };
  return indents[container];
}

/**
 * The share of the text width a picture takes: what it asks for, but the whole width on a phone, on a tri-fold's
 * panel and in large print, where its own text (a chart's labels) would be too small to read otherwise.
 */
export function figureShare(theme: Pick<Theme, 'phone' | 'page' | 'largePrint'>, figure: Pick<Figure, 'width'>): number {
  return theme.phone || theme.page === 'panel' || theme.largePrint ? 1 : figure.width;
}

/** The type size of the reference list. */
export function referenceSize(theme: Theme): number {
  return theme.small * 1.05;
}

/** The smallest type a table that is too wide may be set in before it is stacked: large print stays large. */
export function tableFloor(theme: Theme): number {
  // On a phone, smaller type would be too small to read: a table that does not fit is stacked.
  if (theme.phone) return theme.body * 0.92;
  return theme.largePrint ? theme.small : 7;
}

/** A colour mixed with white: `amount` 0 is white, 1 the colour itself. */
export function tint(colour: string, amount: number): string {
  const channels = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
  return `#${channels.map((c) => Math.round(255 - (255 - c) * amount).toString(16).padStart(2, '0')).join('')}`;
}
