import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { diagnosticOf } from '../../src/diagnostics/messages.js';
import { shortPages, type Goal, type PageFill } from '../../src/layout/copyfit.js';
import { reportFill } from '../../src/print/page-fill-report.js';
import type { Fitted } from '../../src/render/copyfit.js';
import { buildText } from '../helpers/build.js';
import { numberedLeaflet } from '../helpers/leaflets.js';

const pages = (...fills: number[]): PageFill[] => fills.map((fill) => ({ used: fill * 728.5, capacity: 728.5 }));
const fileOf = (goal: Goal, fills: PageFill[]) => {
  const file = new VFile({ path: 'x.md' });
  reportFill(file, goal, { pages: fills, short: shortPages(goal, fills) } as unknown as Fitted);
  return file;
};
const reported = (goal: Goal, fills: PageFill[]) =>
  fileOf(goal, fills).messages.map((m) => `${m.line}:${m.column} ${m.fatal ? 'error' : 'warning'} ${m.ruleId}: ${m.reason}`);
const inChinese = (goal: Goal, fills: PageFill[]) =>
  fileOf(goal, fills).messages.map((m) => diagnosticOf(m, 'zh-CN')).map((d) => `${d.reason} | ${d.hint}`);

describe('the page-fill warning', () => {
  it('says which page is short, by how much, and how full the last page is', () => {
    expect(reported('pages', pages(0.6, 0.9))).toEqual(['1:1 warning page-fill: page 1 of 2 is 60% full, 39 mm short of the 75% a page before the last should fill; the last page is 90% full']);
    expect(reported('pages', pages(1, 0.2))).toEqual(['1:1 warning page-fill: page 2 of 2 is 20% full, 34 mm short of the 33% a last page should fill']);
    expect(reported('pages', pages(1, 0.9))).toEqual([]);
  });

  it('says once how many tri-fold panels stay blank', () => {
    expect(reported('panels', pages(0.9, 0.9))).toEqual(['1:1 warning page-fill: the text fills 2 of the 5 text panels of a tri-fold, even in the largest type the brand allows: 3 stay blank']);
  });

  it('says the same in Chinese, with the hint that fits the page', () => {
    expect(inChinese('pages', pages(0.6, 0.9))).toEqual([
      '第 1 页（共 2 页）只排满了 60%，最后一页之前的页应排满 75%，还差 39 毫米；最后一页排满了 90% | 可能有一张图片或一个表格不能拆开，被挪到了下一页：请把它缩小，或者增删一些文字',
    ]);
    expect(inChinese('pages', pages(1, 0.2))).toEqual(['第 2 页（共 2 页）只排满了 20%，最后一页应排满 33%，还差 34 毫米 | 请补充一些文字，或者在品牌文件里放宽 copyfit 的范围']);
    expect(inChinese('panels', pages(0.9, 0.9))).toEqual([
      '即使用品牌文件允许的最大字号，文字也只排满三折页 5 个正文栏中的 2 个：有 3 栏空着 | 请补充一些文字，或者在品牌文件里放宽 copyfit 的范围',
    ]);
  });

  it('blames no picture for a short panel of a tri-fold that is short of text as a whole', () => {
    const hints = inChinese('panels', pages(0.9, 0.2, 0.9)).map((line) => line.split(' | ')[1]);
    expect(hints).toEqual(['请补充一些文字，或者在品牌文件里放宽 copyfit 的范围', '请补充一些文字，或者在品牌文件里放宽 copyfit 的范围']);
    // With every panel set, a short one may be so because a picture moved on: to the next panel, not page.
    expect(inChinese('panels', pages(0.9, 0.2, 0.9, 0.9, 0.9))[0]).toMatch(/被挪到了下一栏/);
  });

  it('is given by a build, which still writes the PDF', async () => {
    const built = await buildText(numberedLeaflet(2), 'short', { print: { layout: 'trifold' } });
    expect(built.output).toBeDefined();
    expect(built.file.messages.map((m) => `${m.ruleId}: ${m.reason}`)).toEqual([
      'page-fill: the text fills 2 of the 5 text panels of a tri-fold, even in the largest type the brand allows: 3 stay blank',
    ]);
  });
});
