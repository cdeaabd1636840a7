// react-pdf with leaflet's page layout: a leaflet many windows long is paginated whole, in order, each page full, nothing overprinted.
import { describe, expect, it } from 'vitest';
import '../../src/layout/react-pdf.js';
import path from 'node:path';
import { build, buildText, designBrand, fixtures } from '../helpers/build.js';
import { paragraph, paragraphNumbers } from '../helpers/leaflets.js';
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

  it('moves a table row cut within its cells’ top padding to the next page whole, every cell with it', async () => {
    // A stacked table whose 16 header-and-value rows are long: one of them starts a few points above the foot
    // of a page, where only its cells' padding would fit. Kept on that page, its first cell ran past the foot.
    const built = await build(path.join(fixtures, 'page-layout', 'cut-in-cell-padding.md'));
    const bytes = built.bytes!;
    expect(await textOutsideTrim(bytes)).toEqual([]);
    // 16 headers and 16 values of 300 letters each, each printed once.
    expect([...(await pdfText(bytes)).matchAll(/é/g)].length).toBe(32 * 300);
  });
});
