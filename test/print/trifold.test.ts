import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { diagnosticOf } from '../../src/diagnostics/messages.js';
import { mm } from '../../src/layout/page-formats.js';
import { buildText, type Built } from '../helpers/build.js';
import { numberedLeaflet, paragraphNumbers } from '../helpers/leaflets.js';
import { decodeQr, pdfInfo, textLines, type Line } from '../helpers/pdf.js';

/**
 * A letter fold on A4, as a print shop lays it out. Outside (sheet side 1), left to right: the flap that
 * folds in (97 mm), the back panel, the front panel. Inside (side 2): three panels, the last the flap's back.
 */
const folds = { 1: [97 * mm, 197 * mm], 2: [100 * mm, 200 * mm] } as Record<number, number[]>;
/** The reading order: front, flap (seen on opening the cover), then the inside left to right. */
const textPanels = [
  { name: 'front', side: 1, column: 2 },
  { name: 'flap', side: 1, column: 0 },
  { name: 'inside left', side: 2, column: 0 },
  { name: 'inside middle', side: 2, column: 1 },
  { name: 'inside right', side: 2, column: 2 },
];
const backPanel = { side: 1, column: 1 };

describe('a tri-fold', () => {
  let built: Built;
  let lines: Line[];
  const panel = ({ side, column }: { side: number; column: number }) => lines.filter((l) => l.page === side && l.column === column);
  const text = (p: { side: number; column: number }) => panel(p).map((l) => l.text).join('\n');

  beforeAll(async () => {
    built = await buildText(numberedLeaflet(40, '三折页'), 'event', { print: { layout: 'trifold' } });
    lines = await textLines(built.bytes!, (page) => folds[page]!);
  });

  it('is one A4 landscape sheet, both sides, written to <name>-trifold.pdf', async () => {
    expect(built.file.messages.map(String)).toEqual([]);
    expect(built.output).toMatch(/event-trifold\.pdf$/);
    const { pages, sizes } = await pdfInfo(built.bytes!);
    expect(pages).toBe(2);
    expect(sizes[0]).toEqual({ width: expect.closeTo(841.89, 0), height: expect.closeTo(595.28, 0) });
  });

  it('puts the header band and the title on the front panel', () => {
    const front = text(textPanels[0]!);
    expect(front.split('\n').slice(0, 4).join('')).toContain('紫贝壳公益');
    expect(front).toContain('三折页');
  });

  it('sets the series on one line on the front panel, with the full name under it when the two do not fit side by side', async () => {
    const series = `---\ntitle: 三折页\nseries: 实验性治疗方法\nseries_en: EXPERIMENTAL TREATMENT\n---\n\n${numberedLeaflet(40).split('---\n').at(-1)}`;
    const front = (await textLines((await buildText(series, 'series', { print: { layout: 'trifold' } })).bytes!, (page) => folds[page]!)).filter(
      (l) => l.page === 1 && l.column === 2,
    );
    const seriesLine = front.find((l) => l.text.includes('EXPERIMENTAL'));
    expect(seriesLine?.text).toMatch(/^实验性治疗方法 *>>> *EXPERIMENTAL TREATMENT$/);
    expect(front.find((l) => l.text === '成都紫贝壳公益服务中心')!.top).toBeGreaterThan(seriesLine!.top);
  });

  it('runs the text through the panels in the order a reader opens them', () => {
    const perPanel = textPanels.map((p) => paragraphNumbers(text(p)));
    for (const [i, numbers] of perPanel.entries()) expect(numbers.length, textPanels[i]!.name).toBeGreaterThan(0);
    expect(perPanel.flat()).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(text(textPanels[4]!)).toContain('本网站不提供专业医疗建议');
  });

  it('keeps the flap narrower, so that it folds inside', () => {
    for (const line of panel(textPanels[1]!)) expect(line.right).toBeLessThan(97 * mm);
    for (const line of panel(textPanels[4]!)) expect(line.left).toBeGreaterThan(200 * mm);
  });

  it('puts the contact details and the QR code on the back panel', async () => {
    const back = text(backPanel);
    expect(back).toContain('联系方式');
    expect(back).toContain('info@sscchina.org');
    expect(paragraphNumbers(back)).toEqual([]);
    expect(await decodeQr(built.bytes!, 1)).toBe('https://www.sscchina.org');
  });
});

describe('a leaflet too long for a tri-fold', () => {
  it('is refused with the overflow in millimetres, and no file', async () => {
    const built = await buildText(numberedLeaflet(60), 'long', { print: { layout: 'trifold' } });
    const messages = built.file.messages.map((m) => `${m.line}:${m.column} ${m.fatal ? 'error' : 'warning'} ${m.ruleId}: ${m.reason}`);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^1:1 error trifold-overflow: the text is about \d+ mm too long for the 5 text panels of a tri-fold \(6 panels\)$/);
    const chinese = diagnosticOf(built.file.messages[0]!, 'zh-CN');
    expect(chinese.reason).toMatch(/^文字比三折页的 5 个正文栏长了大约 \d+ 毫米（排成了 6 栏）$/);
    expect(chinese.hint).toBe('请删减一些文字，或者改印成小册子（--booklet）');
    expect(built.output).toBeUndefined();
    expect(existsSync(built.file.path.replace(/long\.md$/, 'out/long-trifold.pdf'))).toBe(false);
  });
});

describe.each([
  [20, 'one A4 page of text'],
  [40, 'two A4 pages of text'],
])('a tri-fold of %i paragraphs (%s)', (count) => {
  let lines: Line[];
  beforeAll(async () => {
    const built = await buildText(numberedLeaflet(count, '三折页'), 'fold', { print: { layout: 'trifold' } });
    expect(built.file.messages.map(String)).toEqual([]);
    lines = await textLines(built.bytes!, (page) => folds[page]!);
  });

  it('carries text on each of the five text panels, in reading order, and the back matter on the back panel', () => {
    const numbers = textPanels.map(({ side, column }) => paragraphNumbers(lines.filter((l) => l.page === side && l.column === column).map((l) => l.text).join('')));
    for (const [i, found] of numbers.entries()) expect(found.length, `${textPanels[i]!.name}: ${numbers.join(' | ')}`).toBeGreaterThan(0);
    expect(numbers.flat()).toEqual(Array.from({ length: count }, (_, i) => i + 1));
    const back = lines.filter((l) => l.page === backPanel.side && l.column === backPanel.column).map((l) => l.text).join('\n');
    expect(back).toContain('联系方式');
  });
});
