import { beforeAll, describe, expect, it } from 'vitest';
import { blanksFor, saddleStitchOrder } from '../../src/print/booklet.js';
import { sheetSize } from '../../src/layout/page-formats.js';
import { buildText, type Built } from '../helpers/build.js';
import { numberedLeaflet, paragraphNumbers } from '../helpers/leaflets.js';
import { decodeQr, pdfInfo, textLines, type Line } from '../helpers/pdf.js';

/** Folds printed sheets as a person would: stacked in order, folded in the middle; returns the pages as read. */
function readingOrder(sides: [number, number][]): number[] {
  const front: number[] = [];
  const back: number[] = [];
  for (let s = 0; s < sides.length; s += 2) {
    const [outerLeft, outerRight] = sides[s]!;
    const [innerLeft, innerRight] = sides[s + 1]!;
    front.push(outerRight, innerLeft);
    back.unshift(innerRight, outerLeft);
  }
  return [...front, ...back];
}

/** Sheet 1 front, sheet 1 back, sheet 2 front, sheet 2 back: left and right halves. */
const eightPages: [number, number][] = [
  [8, 1],
  [2, 7],
  [6, 3],
  [4, 5],
];

describe('saddle-stitch order', () => {
  it('puts 8 pages on two sheets', () => {
    expect(saddleStitchOrder(8)).toEqual(eightPages);
  });

  it.each([4, 8, 12, 16, 32])('folds %i pages into reading order', (pages) => {
    expect(readingOrder(saddleStitchOrder(pages))).toEqual(Array.from({ length: pages }, (_, i) => i + 1));
  });

  it('pads to a multiple of four pages', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map(blanksFor)).toEqual([3, 2, 1, 0, 3, 2, 1, 0]);
  });
});

describe('an 8-page booklet', () => {
  let built: Built;
  let halves: Map<number, Line[]>;
  /** The page number printed in a half's footer. */
  const folio = (page: number) => halves.get(page)!.map((l) => l.text.match(/(\d+) \/ (\d+)/)).find(Boolean);

  beforeAll(async () => {
    // About five A5 pages of text and the back cover: the copyfit sets them looser, or adds a notes page, to make eight.
    built = await buildText(numberedLeaflet(50, '小册子'), 'booklet', { print: { layout: 'booklet' } });
    const lines = await textLines(built.bytes!, () => [sheetSize.width / 2]);
    // Which booklet page each half of each sheet side carries, by the saddle-stitch order.
    halves = new Map(eightPages.flatMap(([left, right], side) => [left, right].map((page, column) => [page, lines.filter((l) => l.page === side + 1 && l.column === column)])));
  });

  it('is written to <name>-booklet.pdf as A4 landscape sheets, front and back', async () => {
    expect(built.file.messages.map(String)).toEqual([]);
    expect(built.output).toMatch(/booklet-booklet\.pdf$/);
    const { pages, sizes } = await pdfInfo(built.bytes!);
    expect(pages).toBe(4);
    for (const size of sizes) {
      expect(size.width).toBeCloseTo(841.89, 0);
      expect(size.height).toBeCloseTo(595.28, 0);
    }
  });

  it('prints each page number in the half where the fold puts that page', () => {
    for (const page of [2, 3, 4, 5, 8]) expect(folio(page)?.slice(1), `page ${page}`).toEqual([String(page), '8']);
  });

  it('opens with the header band on page 1, without a page number', () => {
    const text = halves.get(1)!.map((l) => l.text).join('\n');
    expect(text).toContain('紫贝壳公益');
    expect(text).toContain('小册子');
    expect(folio(1)).toBeUndefined();
  });

  it('reads the paragraphs in order, page after page', () => {
    const read = [1, 2, 3, 4, 5, 6, 7, 8].flatMap((page) => paragraphNumbers(halves.get(page)!.map((l) => l.text).join('')));
    expect(read).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
  });

  it('carries text or a notes page on every page, and the back matter on the last', async () => {
    for (const page of [1, 2, 3, 4, 5, 6, 7]) {
      const text = halves.get(page)!.map((l) => l.text).join('');
      expect(paragraphNumbers(text).length > 0 || text.includes('我的记录'), `page ${page}: ${text.slice(0, 40)}`).toBe(true);
    }
    const back = halves.get(8)!.map((l) => l.text).join('\n');
    expect(back).toContain('联系方式');
    expect(back).toContain('18180768676');
    // Page 8 is on the left of the first sheet's front.
    expect(await decodeQr(built.bytes!, 1)).toBe('https://www.sscchina.org');
  });
});
