import { beforeAll, describe, expect, it } from 'vitest';
import type { Brand } from '../../src/brand/brand-schema.js';
import { loadBrand } from '../../src/brand/load-brand.js';
import type { Table } from '../../src/model/types.js';
import { fitTable, tableSize } from '../../src/render/table-fit.js';
import { measureSpans } from '../../src/render/text-measure.js';
import { makeTheme, type Theme } from '../../src/render/theme.js';
import { brandFile, root } from '../helpers/build.js';

const cell = (text: string) => [{ text, marks: {} }];
function table(header: string[], rows: string[][]): Table {
  return { type: 'table', align: header.map(() => 'left'), header: header.map(cell), rows: rows.map((row) => row.map(cell)) };
}
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

const weeks = table(
  ['指标', ...Array.from({ length: 11 }, (_, i) => `第${i + 1}周`)],
  ['血沉 mm/h', 'CRP mg/L'].map((name, r) => [name, ...Array.from({ length: 11 }, (_, i) => `${10 + r + i * 7}.${i}±${(i % 9) + 1}`)]),
);
const sixty = table(
  Array.from({ length: 60 }, (_, i) => `列${i + 1}`),
  [Array.from({ length: 60 }, (_, i) => String(i * 3))],
);

describe('fitting a table to its column', () => {
  let brand: Brand;
  let a4: Theme;
  beforeAll(async () => {
    brand = (await loadBrand(brandFile, root)).brand!;
    a4 = makeTheme(brand, { page: 'A4' }, { lang: 'zh-CN', fonts: [] });
  });

  const cases = table(
    ['患者', '年龄', '心肺情况', '手部与关节', '其他'],
    [['第1例', '28岁', '肺和心脏受累，步行20米或更短即出现严重呼吸困难；心包积液，肺动脉压升高', '手部和手指严重硬皮病，皮肤挛缩，无法拿杯子或用勺子、叉子正常进食', '雷诺现象，关节疼痛']],
  );

  it('gives a column of wrapping text six characters a line where the line has room, in smaller type if need be', () => {
    // A tri-fold panel's width: the long columns would take nearly all of it, leaving the last one or two characters.
    const panel = makeTheme(brand, { page: 'panel' }, { lang: 'zh-CN', fonts: [] });
    const fit = fitTable(cases, panel, panel.textWidth);
    expect(fit.stacked).toBe(false);
    expect(sum(fit.widths)).toBeCloseTo(panel.textWidth, 6);
    // Six characters, and the quarter em that a line of text keeps to spare.
    for (const width of fit.widths.slice(2)) expect(width - 2 * fit.padding - fit.size / 4).toBeGreaterThanOrEqual(6 * fit.size - 0.01);
  });

  it('stacks a table whose wrapping columns would be three or four characters a line even in its smallest type', () => {
    // Large print on A5: 14 pt at least, five columns in 122 mm.
    const large = makeTheme(brand, { page: 'A5', largePrint: true }, { lang: 'zh-CN', fonts: [] });
    expect(fitTable(cases, large, large.textWidth)).toMatchObject({ stacked: true, size: tableSize(large) });
    // In A4 large print it has room: a table, six characters a line or more.
    const a4Large = makeTheme(brand, { page: 'A4', largePrint: true }, { lang: 'zh-CN', fonts: [] });
    const fit = fitTable(cases, a4Large, a4Large.textWidth);
    expect(fit.stacked).toBe(false);
    for (const width of fit.widths.slice(2)) expect(width - 2 * fit.padding).toBeGreaterThanOrEqual(6 * fit.size);
  });

  it('sets a narrow table in its own size, each column as wide as its widest piece at least', () => {
    const small = table(['患者', '年龄', '主要症状'], [['第1例', '28岁', '步行20米即出现严重呼吸困难，夜间不能平卧，需要吸氧才能入睡，症状持续了三个月以上']]);
    const fit = fitTable(small, a4, a4.textWidth);
    expect(fit).toMatchObject({ size: tableSize(a4), stacked: false });
    expect(sum(fit.widths)).toBeCloseTo(a4.textWidth, 6);
    small.header.forEach((head, c) => {
      const widest = Math.max(...[head, ...small.rows.map((row) => row[c]!)].map((spans) => measureSpans(spans, a4, fit.size, 700).widest));
      expect(fit.widths[c]! - 2 * fit.padding).toBeGreaterThanOrEqual(widest);
    });
  });

  it('sets a table of 12 columns in smaller type, not below 7 pt', () => {
    const fit = fitTable(weeks, a4, a4.textWidth);
    expect(fit.stacked).toBe(false);
    expect(fit.size).toBeLessThan(tableSize(a4));
    expect(fit.size).toBeGreaterThanOrEqual(7);
    expect(sum(fit.widths)).toBeCloseTo(a4.textWidth, 6);
  });

  it('sets the same table smaller still in a narrower column', () => {
    expect(fitTable(weeks, a4, a4.textWidth - 60).size).toBeLessThan(fitTable(weeks, a4, a4.textWidth).size);
  });

  it('stacks a table of 60 columns: several header–cell pairs to a line, each within its share', () => {
    const fit = fitTable(sixty, a4, a4.textWidth);
    expect(fit.stacked).toBe(true);
    expect(fit.size).toBe(tableSize(a4));
    expect(fit.fields).toBeGreaterThan(1);
    expect(fit.fields * sum(fit.widths)).toBeCloseTo(a4.textWidth, 6);
    const [label, value] = fit.widths as [number, number];
    expect(label - 2 * fit.padding).toBeGreaterThanOrEqual(measureSpans(cell('列60'), a4, fit.size, 700).total);
    expect(value - 2 * fit.padding).toBeGreaterThanOrEqual(measureSpans(cell('177'), a4, fit.size, 400).total);
  });

  it('does not stack a table for one address that no layout could hold on a line', () => {
    const address = `https://example.org/${'a1b2c3d4e5'.repeat(20)}`;
    const fit = fitTable(table(['名称', '地址'], [['文章', address]]), a4, a4.textWidth);
    expect(fit).toMatchObject({ size: tableSize(a4), stacked: false });
  });

  it('keeps large print large: a table that A4 shrinks is stacked instead', () => {
    const large = makeTheme(brand, { page: 'A4', largePrint: true }, { lang: 'zh-CN', fonts: [] });
    const fit = fitTable(weeks, large, large.textWidth);
    expect(fit.stacked).toBe(true);
    expect(fit.size).toBe(tableSize(large));
  });
});
