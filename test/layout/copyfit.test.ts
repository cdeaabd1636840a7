import { describe, expect, it } from 'vitest';
import { Copyfit } from '../../src/brand/brand-schema.js';
import { better, fitAt, meets, rangesOf, scoreOf, shortPages, sidesOf, type PageFill } from '../../src/layout/copyfit.js';

const copyfit = Copyfit.parse({});
const design = { body: 10.5, leading: 1.65 };
const pages = (...fills: number[]): PageFill[] => fills.map((fill) => ({ used: fill * 700, capacity: 700 }));

describe('the variants', () => {
  const ranges = rangesOf(copyfit, 'pages', 'A4', false, design);

  it('run from every range’s low end through the design to its high end', () => {
    expect(fitAt(ranges, design, 0)).toEqual({ scale: 1, leading: 1.65, spacing: 1, compact: false });
    const tight = fitAt(ranges, design, -1);
    expect(tight.scale * design.body).toBeCloseTo(10, 6);
    expect(tight.leading).toBeCloseTo(1.5, 6);
    const loose = fitAt(ranges, design, 1);
    expect(loose.scale * design.body).toBeCloseTo(11.5, 6);
    expect(loose.spacing).toBeCloseTo(1.5, 6);
    expect(fitAt(ranges, design, -0.5).scale * design.body).toBeCloseTo(10.25, 6);
  });

  it('never set large print below 14 pt, and the brand cannot ask for it', () => {
    const large = rangesOf(copyfit, 'pages', 'A4', true, { body: 14, leading: 1.5 });
    expect(fitAt(large, { body: 14, leading: 1.5 }, -1).scale).toBe(1);
    expect(Copyfit.safeParse({ body: { large_print: [12, 16] } }).success).toBe(false);
  });

  it('keep the design when the brand turns the copyfit off', () => {
    const off = rangesOf({ ...copyfit, enabled: false }, 'pages', 'A4', false, design);
    expect(fitAt(off, design, -1)).toEqual(fitAt(off, design, 1));
  });
});

describe('the rules', () => {
  it('want every page but the last three quarters full, and the last a third', () => {
    expect(shortPages('pages', pages(0.9, 0.8))).toEqual([]);
    expect(shortPages('pages', pages(0.7, 0.8)).map((s) => s.page)).toEqual([1]);
    expect(shortPages('pages', pages(0.9, 0.3)).map((s) => s.page)).toEqual([2]);
    expect(shortPages('pages', pages(0.2))).toEqual([]);
  });

  it('want a last page to hold more than the back matter, unless the back matter fills it as text would', () => {
    const backAlone = (...fills: number[]): PageFill[] => pages(...fills).map((page, i) => (i === fills.length - 1 ? { ...page, backAlone: true } : page));
    expect(shortPages('pages', backAlone(0.9, 0.55))).toEqual([{ page: 2, fill: 0, minimum: 1 / 3, backAlone: true }]);
    // Large print's back matter takes most of a page: a back cover.
    expect(shortPages('pages', backAlone(0.9, 0.8))).toEqual([]);
    // A single page, and a booklet's back cover, are the back matter's own.
    expect(shortPages('pages', backAlone(0.6))).toEqual([]);
    expect(shortPages('booklet', backAlone(0.9, 0.9, 0.9, 0.5))).toEqual([]);
    // The page before is still judged as a page before the last.
    expect(shortPages('pages', backAlone(0.6, 0.55)).map((s) => s.page)).toEqual([1, 2]);
  });

  it('leave a booklet’s back cover alone, and want five tri-fold panels', () => {
    expect(shortPages('booklet', pages(0.9, 0.5, 0.2))).toEqual([]);
    expect(shortPages('panels', pages(0.9, 0.9, 0.9)).map((s) => [s.page, s.fill])).toEqual([
      [4, 0],
      [5, 0],
    ]);
  });

  it('count printed sides: three pages take the paper of four, a booklet a multiple of four', () => {
    expect([1, 2, 3, 4, 5].map((n) => sidesOf('pages', n))).toEqual([1, 2, 4, 4, 6]);
    expect([5, 8, 9].map((n) => sidesOf('booklet', n))).toEqual([8, 8, 12]);
  });
});

describe('the score', () => {
  const trial = (looseness: number, ...fills: number[]) => ({ looseness, pages: pages(...fills) });

  it('prefers fewer sheets, then full pages, then an even count, then the looser type', () => {
    expect(better('pages', trial(-1, 1, 0.9), trial(0, 1, 1, 0.5))).toBe(true);
    expect(better('pages', trial(0, 1, 1, 0.6), trial(1, 1, 1, 0.6, 0.5))).toBe(true);
    expect(better('pages', trial(1, 1, 1, 0.9, 0.5), trial(0, 1, 1, 0.6))).toBe(true);
    expect(better('pages', trial(0.5, 1, 0.9), trial(0, 1, 0.8))).toBe(true);
    expect(scoreOf('panels', trial(0, 1, 1, 1, 1, 1, 0.2))[0]).toBe(1);
  });

  it('is met only at the page count aimed for', () => {
    expect(meets('pages', trial(0, 1, 0.9), 2)).toBe(true);
    expect(meets('pages', trial(0, 1, 0.9), 3)).toBe(false);
  });
});
