// The copyfit's result as the user sees it: a warning for each page that is still short, with how full the last is.
import type { VFile } from 'vfile';
import { warn } from '../diagnostics/messages.js';
import { fillOf, flyerGaps, trifoldPanels, type Goal, type ShortPage } from '../layout/copyfit.js';
import { mm } from '../layout/page-formats.js';
import type { Fitted } from '../render/copyfit.js';

const percent = (fill: number) => `${Math.round(fill * 100)}%`;
const place = { line: 1, column: 1 };
const addText = 'add text, or widen the copyfit ranges in the brand file';

/** The reason for one short page (or panel) of `count`, with how full the last page is when it is not that one. */
function shortReason(goal: Goal, page: ShortPage, count: number, last: Fitted['pages'][number]): string {
  const mmOf = (share: number) => Math.round((share * last.capacity) / mm);
  if (goal === 'flyer') return `the flyer leaves ${mmOf((1 - page.fill) / flyerGaps)} mm empty in each of its gaps, in the largest type the copyfit found to fit`;
  const unit = goal === 'panels' ? 'panel' : 'page';
  const lastOne = page.page === count;
  const kind = lastOne ? `last ${unit}` : `${unit} before the last`;
  const reason = `${unit} ${page.page} of ${count} is ${percent(page.fill)} full, ${mmOf(page.minimum - page.fill)} mm short of the ${percent(page.minimum)} a ${kind} should fill`;
  return lastOne ? reason : `${reason}; the last ${unit} is ${percent(fillOf(last))} full`;
}

/** Warns of the pages that no variant could fill as the rules want; a part that is too long is an error elsewhere. */
export function reportFill(file: VFile, goal: Goal, fitted: Fitted): void {
  const { pages, short } = fitted;
  if ((goal === 'panels' && pages.length > trifoldPanels) || (goal === 'flyer' && pages.length > 1)) return;
  const blank = short.filter((page) => page.page > pages.length);
  if (blank.length > 0) {
    warn(file, 'page-fill', `the text fills ${pages.length} of the ${trifoldPanels} text panels of a tri-fold, even in the largest type the brand allows: ${blank.length} stay blank`, { place, hint: addText });
  }
  const count = goal === 'panels' ? trifoldPanels : pages.length;
  for (const page of short.filter((s) => s.page <= pages.length)) {
    const hint = goal === 'flyer' || page.page === pages.length ? addText : 'a picture or table that must stay whole may have moved to the next page: make it smaller, or add or cut text';
    warn(file, 'page-fill', shortReason(goal, page, count, pages.at(-1)!), { place, hint });
  }
}
