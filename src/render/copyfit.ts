// The copyfit: renders a few variants of the design within the brand's ranges and keeps the best by the score.
import { better, fillOf, fitAt, meets, rangesOf, shortPages, trifoldPanels, type Fit, type Goal, type PageFill, type ShortPage } from '../layout/copyfit.js';
import { panelBreaks } from './panel-breaks.js';
import type { Draw, Drawn, Part, RenderOptions } from './render-pdf.js';
import { designOf } from './theme.js';

/** The chosen variant: its drawing, the options that drew it, and the pages still short of their fill. */
export interface Fitted extends Drawn {
  options: RenderOptions;
  short: ShortPage[];
}

interface Tried extends Drawn {
  options: RenderOptions;
  looseness: number;
  fit: Fit;
}

/** A part longer than this many pages is a document, not a leaflet: it keeps the design's own sizes. */
const maxFitPages = 12;

/** At most this many renders for one leaflet, the design's own included. */
const maxRenders = 5;

/** A handout's last page is this full, or a flyer's page, before the copyfit stops looking for a looser variant. */
const fullEnough = { pages: 0.85, booklet: 0.85, panels: 0, flyer: 0.94 };

const total = (pages: PageFill[]) => pages.reduce((sum, page) => sum + page.used, 0);

/**
 * How the content's height grows with a variant, relative to the design: text height goes with the type
 * size squared times the leading (more lines, each taller), spacing with the size times the spacing.
 */
function heightFactor(fit: Fit, leading: number): number {
  return 0.85 * fit.scale * fit.scale * (fit.leading / leading) + 0.15 * fit.scale * fit.spacing;
}

/** The page count to aim for, and the content height that fills it as a designer would. */
function aim(goal: Goal, first: Tried, lowest: number, highest: number): { pages: number; height: number } {
  const capacity = first.pages[0]!.capacity;
  const height = total(first.pages);
  if (goal === 'flyer') return { pages: 1, height: capacity - (10 * 72) / 25.4 };
  if (goal === 'panels') return { pages: trifoldPanels, height: capacity * (trifoldPanels - 0.35) };
  const fewest = Math.max(1, Math.ceil((height * lowest) / (capacity * 0.97)));
  if (goal === 'booklet') {
    // The back matter is the back cover, a page of its own: the text fills the pages before it.
    const back = first.pages.at(-1)!.used;
    const pages = Math.ceil(Math.max(2, Math.ceil(((height - back) * lowest) / (capacity * 0.97)) + 1) / 4) * 4;
    return { pages, height: (pages - 1.1) * capacity + back };
  }
  // More than two pages print on both sides of the sheets: an odd count would leave a blank side, so the
  // type is set looser to fill one more page where the brand's ranges allow.
  const pages = fewest > 2 && fewest % 2 === 1 && height * highest >= capacity * (fewest + 0.45) ? fewest + 1 : fewest;
  return { pages, height: capacity * (pages - (pages === 1 ? 0.05 : 0.12)) };
}

/**
 * The looseness, between `low` and `high`, that puts the content at `height`: on the line through the two
 * results nearest it once there are two, from the model and the latest result before. Where that lands on
 * a variant already rendered, halfway between the bounds instead.
 */
function solve(tried: Tried[], height: number, ratioAt: (t: number) => number, low: number, high: number): number {
  const near = [...tried].sort((a, b) => Math.abs(total(a.pages) - height) - Math.abs(total(b.pages) - height));
  const [a, b] = [near[0]!, near.find((t) => Math.abs(t.looseness - near[0]!.looseness) > 0.01)];
  const slope = b && (total(b.pages) - total(a.pages)) / (b.looseness - a.looseness);
  let next: number;
  if (slope && slope > 0) next = a.looseness + (height - total(a.pages)) / slope;
  else {
    const from = tried.at(-1)!;
    const wanted = (height / Math.max(1, total(from.pages))) * ratioAt(from.looseness);
    let [x, y] = [low, high];
    for (let i = 0; i < 30; i += 1) {
      const mid = (x + y) / 2;
      if (ratioAt(mid) < wanted) x = mid;
      else y = mid;
    }
    next = (x + y) / 2;
  }
  next = Math.min(high, Math.max(low, next));
  return tried.some((t) => Math.abs(t.looseness - next) < 0.01) ? (low + high) / 2 : next;
}

/** The page on which a part's text ends: a booklet's back cover comes after it. */
const lastText = (goal: Goal, pages: PageFill[]) => (goal === 'booklet' && pages.length > 1 ? pages.at(-2)! : pages.at(-1)!);

/**
 * Fits a leaflet's part to its goal. The design's own variant is rendered first and kept when it meets
 * every rule; otherwise a model of how the height follows the type picks the next variant, corrected by
 * each render, until one meets every rule or the renders run out. The best by the score is kept.
 */
export async function copyfit(draw: Draw, options: RenderOptions, goal: Goal, part: Part = 'leaflet', headings: boolean[] = []): Promise<Fitted> {
  const look = options.look;
  const design = designOf(look);
  const ranges = rangesOf(options.brand.copyfit, goal, look.page, look.largePrint ?? false, design);
  const tried: Tried[] = [];
  const run = async (looseness: number, compact = false, breaks?: number[], measure = false): Promise<Tried> => {
    const fit = { ...fitAt(ranges, design, looseness, compact), breaks };
    const variant = { ...options, look: { ...look, fit, measure } };
    const drawn = await draw(variant, part);
    const result = { ...drawn, options: variant, looseness, fit };
    if (!measure) tried.push(result);
    return result;
  };
  const ratioAt = (t: number) => heightFactor(fitAt(ranges, design, t), design.leading);
  const first = await run(0);
  if (first.pages.length > maxFitPages) return { ...first, short: [] };
  const base = ratioAt(0);
  const target = aim(goal, first, ratioAt(-1) / base, ratioAt(1) / base);
  let [low, high] = [goal === 'flyer' ? 0 : -1, 1];
  // Meets every rule, and a handout's last page is well filled too (or the type is as loose as allowed).
  const done = (t: Tried) =>
    meets(goal, t, target.pages) && (fillOf(lastText(goal, t.pages)) >= fullEnough[goal] || t.looseness >= high - 0.01);
  const step = 0.04 * first.pages[0]!.capacity;
  let current = first;
  let height = target.height;
  while (!done(current) && tried.length < maxRenders - 1) {
    const count = current.pages.length;
    // Too many pages although the content is short enough for the pages aimed at: a block that cannot break
    // leaves a page short. Setting the type a little tighter seldom moves it; the tightest variant is tried
    // at once, and then the last resorts below.
    const brokenShort = count > target.pages && total(current.pages) < target.height;
    if (brokenShort && current.looseness <= low + 0.01) break;
    if (count > target.pages) {
      high = Math.min(high, current.looseness);
      height -= step;
    } else {
      low = Math.max(low, current.looseness);
      const last = lastText(goal, current.pages);
      if (count === target.pages) height = Math.max(height, total(current.pages) + (fullEnough[goal] + 0.04 - fillOf(last)) * last.capacity);
      else height += step;
    }
    if (high - low < 0.02) break;
    const next = brokenShort ? low : solve(tried, height, ratioAt, low, high);
    if (tried.some((t) => Math.abs(t.looseness - next) < 0.01)) break;
    current = await run(next);
  }
  let best = tried.reduce((a, b) => (better(goal, b, a) ? b : a));
  // The last resorts: a compact back matter to save a page (one too many, or one that holds only the back
  // matter); a short tri-fold's blocks shared over its panels.
  if (!done(best) && tried.length < maxRenders) {
    const pageTooMany = best.pages.length > target.pages || shortPages(goal, best.pages).some((page) => page.backAlone);
    if ((goal === 'pages' || goal === 'booklet') && pageTooMany && options.brand.copyfit.compact_back_matter) {
      const compact = await run(-1, true);
      if (better(goal, compact, best)) best = compact;
    } else if (goal === 'panels' && best.pages.length <= trifoldPanels && headings.length > 1 && tried.length < maxRenders - 1) {
      const loosest = best.looseness;
      const measured = await run(loosest, false, [], true);
      const breaks = panelBreaks(measured.heights, headings, first.pages[0]!.capacity);
      const shared = await run(loosest, false, breaks);
      if (better(goal, shared, best)) best = shared;
    }
  }
  return { bytes: best.bytes, pages: best.pages, heights: best.heights, options: best.options, short: shortPages(goal, best.pages) };
}
