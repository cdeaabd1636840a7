// Copyfit rules: the variants of a design that the brand allows, how full each page is, and which result is best.
import type { Copyfit } from '../brand/brand-schema.js';

/** One variant of the design: the type size as a multiple of the design's, the leading, the spacing. */
export interface Fit {
  scale: number;
  leading: number;
  spacing: number;
  /** The back matter set smaller, nothing left out. */
  compact: boolean;
  /** Tri-fold: the blocks (by index) that start a new panel, to share a short text over all of them. */
  breaks?: number[];
}

/** What the design sets without copyfitting. */
export interface Design {
  body: number;
  leading: number;
}

export interface Ranges {
  /** The type size as a multiple of the design's. */
  scale: [number, number];
  leading: [number, number];
  spacing: [number, number];
}

/**
 * How far the brand lets the copyfit go from the design: for a flyer, the type's growth; otherwise the body
 * size per page kind (large print never below 14 pt).
 */
export function rangesOf(copyfit: Copyfit, goal: Goal, page: 'A3' | 'A4' | 'A5' | 'Letter' | 'panel' | 'phone', largePrint: boolean, design: Design): Ranges {
  const { leading, spacing } = copyfit;
  // The phone edition has no pages to fill: it keeps the design.
  if (!copyfit.enabled || page === 'phone') return { scale: [1, 1], leading: [design.leading, design.leading], spacing: [1, 1] };
  if (goal === 'flyer') return { scale: copyfit.flyer_scale, leading: [design.leading, design.leading], spacing };
  const body: [number, number] = largePrint ? copyfit.body.large_print : page === 'panel' ? copyfit.body.trifold : page === 'A3' ? [design.body, design.body] : copyfit.body[page];
  return { scale: [body[0] / design.body, body[1] / design.body], leading, spacing };
}

/**
 * The variants lie on one line: `looseness` −1 is every range's low end, 0 the design itself and 1 every
 * range's high end, in between in proportion on each side.
 */
export function fitAt(ranges: Ranges, design: Design, looseness: number, compact = false): Fit {
  const along = ([low, high]: [number, number], own: number) => {
    const mid = Math.min(high, Math.max(low, own));
    return looseness < 0 ? mid + looseness * (mid - low) : mid + looseness * (high - mid);
  };
  return { scale: along(ranges.scale, 1), leading: along(ranges.leading, design.leading), spacing: along(ranges.spacing, 1), compact };
}

/** How much of one page's text area the content takes, in points. */
export interface PageFill {
  used: number;
  capacity: number;
  /** The page holds the back matter and nothing else. */
  backAlone?: boolean;
}

export const fillOf = (page: PageFill) => page.used / page.capacity;

/**
 * What a result must be:
 * - `pages`: every page but the last at least 75% full, the last at least a third, and not the back matter alone
 *   unless it fills the page as the others (a single page: any);
 * - `booklet`: the same, the back matter's page last, the count a multiple of 4 with spare pages for notes;
 * - `panels`: the tri-fold's five text panels each carry text, none less than 40% full;
 * - `flyer`: one page, with at most 15 mm of free space in each of its three gaps, the one above the footer panel too.
 */
export type Goal = 'pages' | 'booklet' | 'panels' | 'flyer';

export const minimumFill = { page: 0.75, last: 1 / 3, panel: 0.4 };
export const trifoldPanels = 5;
/** The free space a flyer may leave in each of its three gaps (under the title, the facts, the text), in points (15 mm). */
export const flyerGap = (15 * 72) / 25.4;
export const flyerGaps = 3;

/** The printed sides that a page count takes: more than two pages are printed on both sides of each sheet. */
export function sidesOf(goal: Goal, pages: number): number {
  if (goal === 'booklet') return Math.ceil(pages / 4) * 4;
  return pages > 2 ? pages + (pages % 2) : pages;
}

export interface ShortPage {
  page: number;
  fill: number;
  minimum: number;
  /** The last page holds the back matter alone: no text of the leaflet's own. */
  backAlone?: boolean;
}

/** The pages that are less full than the goal wants, each with how full it is and what it should be. */
export function shortPages(goal: Goal, pages: PageFill[]): ShortPage[] {
  const short: ShortPage[] = [];
  // A booklet's back cover is the back matter alone, however much of the page it takes: the text ends before it.
  // A handout's last page should not be, unless the back matter fills it as a page of text would (large print's
  // does): it is then short of text as a whole.
  const end = pages.at(-1);
  const backAlone = goal === 'pages' && pages.length > 1 && end?.backAlone === true && fillOf(end) < minimumFill.page;
  const text = goal === 'booklet' ? pages.slice(0, -1) : pages;
  text.forEach((page, i) => {
    const last = i === text.length - 1;
    const minimum =
      goal === 'panels' ? minimumFill.panel : goal === 'flyer' ? 1 - (flyerGaps * flyerGap) / page.capacity : pages.length === 1 ? 0 : last ? minimumFill.last : minimumFill.page;
    if (last && backAlone) short.push({ page: i + 1, fill: 0, minimum, backAlone });
    else if (fillOf(page) < minimum - 1e-6) short.push({ page: i + 1, fill: fillOf(page), minimum });
  });
  if (goal === 'panels') for (let p = pages.length + 1; p <= trifoldPanels; p += 1) short.push({ page: p, fill: 0, minimum: minimumFill.panel });
  return short;
}

/** A result of the copyfit: its pages and how loose its variant is. */
export interface Trial {
  pages: PageFill[];
  looseness: number;
}

/**
 * The score of a result, compared item by item, lower first: too many pages for the format (tri-fold
 * panels, flyer) first; then the printed sides (fewest sheets of paper); then how far pages fall short of
 * their fill; then an odd page count (a blank side), or a booklet's spare pages; then, all else equal, the
 * looser variant (larger type reads better).
 */
export function scoreOf(goal: Goal, trial: Trial): number[] {
  const count = trial.pages.length;
  const over = goal === 'panels' ? Math.max(0, count - trifoldPanels) : goal === 'flyer' ? Math.max(0, count - 1) : 0;
  const shortfall = shortPages(goal, trial.pages).reduce((sum, s) => sum + (s.minimum - s.fill), 0);
  const spare = goal === 'panels' || goal === 'flyer' ? 0 : sidesOf(goal, count) - count;
  return [over, goal === 'panels' || goal === 'flyer' ? 0 : sidesOf(goal, count), Math.round(shortfall * 100), spare, -trial.looseness];
}

export function better(goal: Goal, a: Trial, b: Trial): boolean {
  const [x, y] = [scoreOf(goal, a), scoreOf(goal, b)];
  for (let i = 0; i < x.length; i += 1) if (x[i] !== y[i]) return x[i]! < y[i]!;
  return false;
}

/** A result that meets every rule of its goal at this page count. */
export function meets(goal: Goal, trial: Trial, pages: number): boolean {
  return trial.pages.length === pages && shortPages(goal, trial.pages).length === 0;
}
