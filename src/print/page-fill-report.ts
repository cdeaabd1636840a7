// The copyfit's result as the user sees it: a warning for each page that is still short, with how full the last is.
import type { VFile } from 'vfile';
import { warn } from '../diagnostics/messages.js';
import { fillOf, flyerGaps, trifoldPanels, type Goal } from '../layout/copyfit.js';
import { mm } from '../layout/page-formats.js';
import type { Fitted } from '../render/copyfit.js';

const percent = (fill: number) => `${Math.round(fill * 100)}%`;

/** Warns of the pages that no variant could fill as the rules want; a part that is too long is an error elsewhere. */
export function reportFill(file: VFile, goal: Goal, fitted: Fitted): void {
  const { pages, short } = fitted;
  if ((goal === 'panels' && pages.length > trifoldPanels) || (goal === 'flyer' && pages.length > 1)) return;
  const last = pages.at(-1)!;
  const unit = goal === 'panels' ? 'panel' : 'page';
  for (const page of short) {
    const lastOne = page.page === pages.length;
    const shortBy = Math.round(((page.minimum - page.fill) * last.capacity) / mm);
    const reason =
      goal === 'flyer'
        ? `the flyer leaves ${Math.round(((1 - page.fill) * last.capacity) / mm / flyerGaps)} mm empty in each of its gaps, in the largest type the copyfit found to fit`
        : goal === 'panels' && page.fill === 0
          ? `${unit} ${page.page} of ${trifoldPanels} is blank: the text is too short to fill the tri-fold, even in its largest type`
          : `${unit} ${page.page} of ${pages.length} is ${percent(page.fill)} full, ${shortBy} mm short of the ${percent(page.minimum)} a ${lastOne ? `last ${unit}` : `${unit} before the last`} should fill` +
            (lastOne ? '' : `; the last ${unit} is ${percent(fillOf(last))} full`);
    warn(file, 'page-fill', reason, {
      place: { line: 1, column: 1 },
      hint:
        goal === 'flyer' || (goal === 'panels' && page.fill === 0) || lastOne
          ? 'add text, or widen the copyfit ranges in the brand file'
          : 'a picture or table that must stay whole may have moved to the next page: make it smaller, or add or cut text',
    });
  }
}
