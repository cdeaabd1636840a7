import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { shortPages, type Goal, type PageFill } from '../../src/layout/copyfit.js';
import { reportFill } from '../../src/print/page-fill-report.js';
import type { Fitted } from '../../src/render/copyfit.js';
import { buildText } from '../helpers/build.js';
import { numberedLeaflet } from '../helpers/leaflets.js';

const pages = (...fills: number[]): PageFill[] => fills.map((fill) => ({ used: fill * 728.5, capacity: 728.5 }));
const reported = (goal: Goal, fills: PageFill[]) => {
  const file = new VFile({ path: 'x.md' });
  reportFill(file, goal, { pages: fills, short: shortPages(goal, fills) } as unknown as Fitted);
  return file.messages.map((m) => `${m.line}:${m.column} ${m.fatal ? 'error' : 'warning'} ${m.ruleId}: ${m.reason}`);
};

describe('the page-fill warning', () => {
  it('says which page is short, by how much, and how full the last page is', () => {
    expect(reported('pages', pages(0.6, 0.9))).toEqual(['1:1 warning page-fill: page 1 of 2 is 60% full, 39 mm short of the 75% a page before the last should fill; the last page is 90% full']);
    expect(reported('pages', pages(1, 0.2))).toEqual(['1:1 warning page-fill: page 2 of 2 is 20% full, 34 mm short of the 33% a last page should fill']);
    expect(reported('pages', pages(1, 0.9))).toEqual([]);
  });

  it('says once how many tri-fold panels stay blank', () => {
    expect(reported('panels', pages(0.9, 0.9))).toEqual(['1:1 warning page-fill: the text fills 2 of the 5 text panels of a tri-fold, even in the largest type the brand allows: 3 stay blank']);
  });

  it('is given by a build, which still writes the PDF', async () => {
    const built = await buildText(numberedLeaflet(2), 'short', { print: { layout: 'trifold' } });
    expect(built.output).toBeDefined();
    expect(built.file.messages.map((m) => `${m.ruleId}: ${m.reason}`)).toEqual([
      'page-fill: the text fills 2 of the 5 text panels of a tri-fold, even in the largest type the brand allows: 3 stay blank',
    ]);
  });
});
