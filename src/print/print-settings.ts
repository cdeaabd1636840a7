// What to print and how: the command line's choices over the brand's defaults, and the output name they give.
import path from 'node:path';
import type { Brand } from '../brand/brand-schema.js';
import type { LeafletMeta } from '../model/types.js';
import type { PageKind } from '../render/theme.js';
import type { PageFormat } from '../source/leaflet-schema.js';
import { mm } from '../layout/page-formats.js';
import { brandInks, type Inks } from './inks.js';

export type Layout = 'pages' | 'booklet' | 'trifold';

const defaultBleedMm = 3;

/** The command line's choices; undefined where it said nothing. */
export interface PrintRequest {
  format?: PageFormat;
  layout?: Layout;
  press?: boolean;
  /** The bleed in millimetres; giving it asks for the press profile. */
  bleedMm?: number;
  /** Crop marks; `false` asks for the press profile without them. */
  marks?: boolean;
  grayscale?: boolean;
  largePrint?: boolean;
  /** The phone edition too: a long image and a phone-width PDF. */
  phone?: boolean;
  /** `false`: the phone edition's PDF only, its image left to be drawn when it is wanted (the preview). */
  phoneImage?: boolean;
}

export interface PrintSettings {
  layout: Layout;
  /** The command line's format, which wins over the leaflet's own for single pages. */
  format?: PageFormat;
  press: boolean;
  /** The bleed in points: 0 unless for press. */
  bleed: number;
  /** Crop marks (and fold marks on booklets and tri-folds): for press only. */
  marks: boolean;
  /** For press: the inks of the brand's colours, by their RGB; other colours are converted as they come. */
  inks: Inks;
  grayscale: boolean;
  largePrint: boolean;
  /** Also the phone edition, next to the print PDF. */
  phone: boolean;
  /** The phone edition's image with its PDF. */
  phoneImage: boolean;
}

export function resolvePrint(request: PrintRequest, brand: Brand): PrintSettings {
  const press = request.press ?? (request.bleedMm !== undefined || request.marks === false || brand.press);
  const grayscale = request.grayscale ?? brand.grayscale;
  return {
    layout: request.layout ?? 'pages',
    format: request.format,
    press,
    bleed: press ? (request.bleedMm ?? defaultBleedMm) * mm : 0,
    marks: press && (request.marks ?? true),
    inks: press ? brandInks(brand, grayscale) : {},
    grayscale,
    largePrint: request.largePrint ?? false,
    phone: request.phone ?? brand.phone,
    phoneImage: request.phoneImage ?? true,
  };
}

/** The page a leaflet is rendered on: booklets are A5, tri-folds are panels, single pages take the format asked for. */
export function pageKind(settings: PrintSettings, meta: LeafletMeta): PageKind {
  if (settings.layout === 'booklet') return 'A5';
  if (settings.layout === 'trifold') return 'panel';
  return settings.format ?? meta.format;
}

/** `x.pdf`, `x-booklet.pdf`, `x-large-print-grayscale-trifold-press.pdf`: no variant overwrites another. */
export function outputName(name: string, settings: PrintSettings): string {
  const { largePrint, grayscale, layout, press } = settings;
  const parts = [name, largePrint && 'large-print', grayscale && 'grayscale', layout !== 'pages' && layout, press && 'press'];
  return `${parts.filter(Boolean).join('-')}.pdf`;
}

/**
 * The phone edition's files beside the print PDF: `x-phone.pdf` and `x-phone.png`. Only large print and grayscale
 * change it; booklets, tri-folds and the press profile are for paper.
 */
export function phonePaths(name: string, outDir: string, settings: PrintSettings): { pdf: string; png: string } {
  const base = [name, settings.largePrint && 'large-print', settings.grayscale && 'grayscale', 'phone'].filter(Boolean).join('-');
  return { pdf: path.join(outDir, `${base}.pdf`), png: path.join(outDir, `${base}.png`) };
}

/**
 * Where a leaflet builds to: `out/x.pdf`, or `out/x-booklet.pdf` and the like for the print variants. A page size
 * asked for on the command line is named too (`x-a5.pdf`), so that it does not overwrite the leaflet in its own.
 */
export function outputPath(name: string, outDir: string, settings: PrintSettings): string {
  return path.join(outDir, outputName(settings.format ? `${name}-${settings.format.toLowerCase()}` : name, settings));
}
