// react-pdf with leaflet's page layout: a leaflet many windows long is paginated whole, in order, each page full, nothing overprinted.
import { describe, expect, it } from 'vitest';
import '../../src/layout/react-pdf.js';
import path from 'node:path';
import { build, buildText, designBrand, fixtures } from '../helpers/build.js';
import { numberedLeaflet, paragraph, paragraphNumbers } from '../helpers/leaflets.js';
import { overprints, pdfText, textBoxes, textLines, textOutsideTrim } from '../helpers/pdf.js';

const sections = (count: number) =>
  `---\ntitle: 分节\n---\n\n${Array.from({ length: count }, (_, i) => `## 第${i + 1}节\n\n${paragraph(i + 1)}`).join('\n\n')}\n`;

describe('the page layout', () => {
  it('is leaflet’s copy, whatever node_modules holds', () => {
    expect((globalThis as { [key: symbol]: unknown })[Symbol.for('leaflet.page-layout')]).toBe(true);
  });

  it('sets 90 sections on pages filled to their foot, every section once and in order, nothing overprinted', async () => {
    const built = await buildText(sections(90), 'long', await designBrand());
    expect(built.file.messages.map(String)).toEqual([]);
    const bytes = built.bytes!;
    const lines = await textLines(bytes);
    const pages = Math.max(...lines.map((l) => l.page));
    // Several times the three pages that are laid out again after each page.
    expect(pages).toBeGreaterThan(9);
    const text = lines.map((l) => l.text).join('\n');
    expect([...text.matchAll(/第 ?(\d+) ?节/g)].map((m) => Number(m[1]))).toEqual(Array.from({ length: 90 }, (_, i) => i + 1));
    expect(paragraphNumbers(text)).toEqual(Array.from({ length: 90 }, (_, i) => i + 1));
    expect(overprints(await textBoxes(bytes))).toEqual([]);
    // The running footer of each page but the first: its number and the count of pages.
    const footers = lines.filter((l) => / \d+ \/ \d+ /.test(` ${l.text} `));
    expect(footers.map((l) => [l.page, l.text.match(/(\d+) \/ (\d+)/)!.slice(1).map(Number)])).toEqual(
      Array.from({ length: pages - 1 }, (_, i) => [i + 2, [i + 2, pages]]),
    );
    // Each page's text reaches down to about the same line, the last page's and the back matter's apart.
    const body = lines.filter((l) => !footers.includes(l) && /[节段]/.test(l.text));
    const lowest = (page: number) => Math.max(...body.filter((l) => l.page === page).map((l) => l.top));
    const feet = Array.from({ length: pages - 2 }, (_, i) => lowest(i + 1));
    expect(Math.max(...feet) - Math.min(...feet)).toBeLessThan(60);
  });

  it('starts a page with a heading at the page’s top, as a page that starts with a paragraph: the margin a break falls in is dropped', async () => {
    const topOf = async (text: string) => {
      const boxes = await textBoxes((await buildText(text, 'tops')).bytes!);
      const pages = Math.max(...boxes.map((box) => box.page));
      // The height of each page's highest text, pages 2 to the last but one, from the page's foot.
      return Array.from({ length: pages - 2 }, (_, i) => Math.max(...boxes.filter((box) => box.page === i + 2).map((box) => box.top)));
    };
    const headed = await topOf(sections(40));
    const plain = await topOf(numberedLeaflet(40));
    expect(headed.length).toBeGreaterThan(1);
    for (const top of headed) expect(Math.abs(top - plain[0]!)).toBeLessThan(1.5);
  });

  it('moves a table row cut within its cells’ top padding to the next page whole, every cell with it', async () => {
    // A stacked table whose 16 header-and-value rows are long: one of them starts a few points above the foot
    // of a page, where only its cells' padding would fit. Kept on that page, its first cell ran past the foot.
    const built = await build(path.join(fixtures, 'page-layout', 'cut-in-cell-padding.md'));
    const bytes = built.bytes!;
    expect(await textOutsideTrim(bytes)).toEqual([]);
    // 16 headers and 16 values of 300 letters each, each printed once.
    expect([...(await pdfText(bytes)).matchAll(/é/g)].length).toBe(32 * 300);
  });

  it('never leaves a table’s header row at the foot of a page without a row under it', async () => {
    // The paragraph before the table grows by half a line at a time, so that the table starts at every height
    // near the foot of page 1. The header row, repeated on each page, was left there alone (or cut off below the
    // last line) when the first row went to the next page; a short table was split between its two rows.
    const brand = await designBrand();
    const rows = (count: number) => Array.from({ length: count }, (_, i) => `| 第${i + 1}项 | 每天1次 | 早晨起床后测量，记在本子上。 |`);
    const leaflet = (halfLines: number, body: string[]) =>
      `---\ntitle: 表格\n---\n\n${'硬皮病患者的免疫系统攻击结缔组织。'.repeat(halfLines)}\n\n| 项目 | 频率 | 说明 |\n|:--|--:|:--|\n${body.join('\n')}\n\n表格之后的一段文字。\n`;
    const starts = new Set<number>();
    for (let halfLines = 74; halfLines <= 86; halfLines += 1) {
      for (const count of [2, 12]) {
        const lines = await textLines((await buildText(leaflet(halfLines, rows(count)), 'table', brand)).bytes!);
        const headers = lines.filter((l) => l.text === '项目 频率 说明');
        const body = lines.filter((l) => l.text.startsWith('第'));
        const pages = (found: typeof lines) => [...new Set(found.map((l) => l.page))];
        // A header on each page the rows are on, once, with a row under it there.
        expect(headers.map((l) => l.page), `${halfLines} half lines, ${count} rows`).toEqual(pages(body));
        for (const header of headers) expect(body.some((l) => l.page === header.page && l.top > header.top)).toBe(true);
        // Two short rows stay together.
        if (count === 2) expect(pages(body)).toHaveLength(1);
        starts.add(headers[0]!.page);
      }
    }
    // The table starts on page 1 for the shorter paragraphs and on page 2 for the longer.
    expect([...starts].sort()).toEqual([1, 2]);
  });
});
