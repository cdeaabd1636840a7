// Paper sizes in points: the leaflet formats, the booklet and tri-fold sheets, and the tri-fold's panels.
import type { PageFormat } from '../source/leaflet-schema.js';

export const mm = 72 / 25.4;

export interface Size {
  width: number;
  height: number;
}

/** Trim sizes of the leaflet formats, portrait. */
export const formatSizes: Record<PageFormat, Size> = {
  A4: { width: 210 * mm, height: 297 * mm },
  A5: { width: 148 * mm, height: 210 * mm },
  Letter: { width: 8.5 * 72, height: 11 * 72 },
  A3: { width: 297 * mm, height: 420 * mm },
};

export function landscape(size: Size): Size {
  return { width: Math.max(size.width, size.height), height: Math.min(size.width, size.height) };
}

/** The sheet that booklets and tri-folds are printed on. */
export const sheetSize = landscape(formatSizes.A4);

/**
 * A letter-fold tri-fold on A4: two 100 mm panels and a 97 mm panel that folds in first, so that it
 * tucks inside the others without buckling (297 mm in all).
 */
export const panelWidths = { full: 100 * mm, foldIn: 97 * mm } as const;
export const panelSize: Size = { width: panelWidths.full, height: sheetSize.height };

/** The phone edition: 90 mm wide, as a phone screen in portrait; its height is the content's (see phoneMeasureHeight). */
export const phoneSize: Size = { width: 90 * mm, height: 160 * mm };

/** The page a phone edition is first laid out on, to measure how long it is: 10 m, longer than any leaflet. */
export const phoneMeasureHeight = 10_000 * mm;
