// The copyfit's result as the user sees it: a warning for each page that is still short, with how full the last is.
import type { VFile } from 'vfile';
import { printMessages as says } from '../diagnostics/catalogue/print.js';
import { warn } from '../diagnostics/messages.js';
import { say, type Said } from '../diagnostics/say.js';
import { fillOf, flyerGaps, trifoldPanels, type Goal, type ShortPage } from '../layout/copyfit.js';
import { mm } from '../layout/page-formats.js';
import type { Fitted } from '../render/copyfit.js';

const percent = (fill: number) => `${Math.round(fill * 100)}%`;
const place = { line: 1, column: 1 };
const addText = say(says.addText);

/** The reason for one short page (or panel) of `count`, with how full the last page is when it is not that one. */
function shortReason(goal: Goal, page: ShortPage, count: number, last: Fitted['pages'][number]): Said {
  const mmOf = (share: number) => Math.round((share * last.capacity) / mm);
  if (goal === 'flyer') return say(says.flyerGaps, { gap: mmOf((1 - page.fill) / flyerGaps) });
  const lastOne = page.page === count;
  const entry = goal === 'panels' ? (lastOne ? says.lastPanelShort : says.panelShort) : lastOne ? says.lastPageShort : says.pageShort;
  return say(entry, {
    page: page.page,
    count,
    fill: percent(page.fill),
    short: mmOf(page.minimum - page.fill),
    minimum: percent(page.minimum),
    last: percent(fillOf(last)),
  });
}

/** Warns of the pages that no variant could fill as the rules want; a part that is too long is an error elsewhere. */
export function reportFill(file: VFile, goal: Goal, fitted: Fitted): void {
  const { pages, short } = fitted;
  if ((goal === 'panels' && pages.length > trifoldPanels) || (goal === 'flyer' && pages.length > 1)) return;
  const blank = short.filter((page) => page.page > pages.length);
  if (blank.length > 0) {
    warn(file, 'page-fill', say(says.panelsBlank, { pages: pages.length, panels: trifoldPanels, blank: blank.length }), { place, hint: addText });
  }
  const count = goal === 'panels' ? trifoldPanels : pages.length;
  // A page short before a last page of the back matter alone is short because the back matter moved on: the
  // page just before it is told of in that page's warning, one further back gets the same hint.
  const backAlone = short.find((page) => page.backAlone);
  for (const page of short.filter((s) => s.page <= pages.length)) {
    if (page.backAlone) {
      warn(file, 'page-fill', say(says.lastPageBackOnly, { page: page.page, count }), { place, hint: say(says.backOnlyHint) });
      continue;
    }
    if (backAlone && page.page === backAlone.page - 1) continue;
    // A tri-fold with blank panels is short of text as a whole: its other short panels are short for that.
    const moved = backAlone ? says.backOnlyHint : goal === 'panels' ? says.wholeMovedPanel : says.wholeMoved;
    const hint = goal === 'flyer' || page.page === pages.length || blank.length > 0 ? addText : say(moved);
    warn(file, 'page-fill', shortReason(goal, page, count, pages.at(-1)!), { place, hint });
  }
}
