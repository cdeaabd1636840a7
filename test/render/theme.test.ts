import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBrand } from '../../src/brand/load-brand.js';
import type { Brand } from '../../src/brand/brand-schema.js';
import { contrast, grayColor, grayPalette, minContrast } from '../../src/render/gray-palette.js';
import { figureShare, makeTheme } from '../../src/render/theme.js';
import { build, brandFile, designBrand, root, type Built, fixtures } from '../helpers/build.js';
import { pdfInfo, renderPage, textLines, type Line } from '../helpers/pdf.js';

const sample = path.join(fixtures, 'samples', 'stem-cells-and-scleroderma.md');

/** The size most lines are set in: the body's. */
async function bodySize(bytes: Uint8Array): Promise<number> {
  const counts = new Map<number, number>();
  for (const { size } of await textLines(bytes)) {
    const key = Math.round(size * 10) / 10;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}

let normal: Built;
beforeAll(async () => {
  // The design's own sizes: the copyfit varies them within the brand's ranges.
  normal = await build(sample, await designBrand());
});

describe('large print', () => {
  let large: Built;
  beforeAll(async () => {
    large = await build(sample, { ...(await designBrand()), print: { largePrint: true } });
  });

  it('sets the body in 14 pt or more', async () => {
    expect(await bodySize(normal.bytes!)).toBe(10.5);
    expect(await bodySize(large.bytes!)).toBeGreaterThanOrEqual(14);
    expect(large.output).toMatch(/-large-print\.pdf$/);
  });

  it('sets nothing below 14 pt: the disclaimer, references, captions, tables and the running footer too', async () => {
    // The sample with a table, references and a chart; the chart's own labels are drawn with it, to its scale.
    const built = await build(path.join(fixtures, 'samples', 'mesenchymal-stem-cells-two-cases.md'), { print: { largePrint: true } });
    const lines = await textLines(built.bytes!);
    const chart = /^(疾病活动指数下降（分）|疗效持续时间（月）|第[12]例|\d+)( |$)/;
    // Visible text: a space alone draws nothing.
    const small = lines.filter((l) => l.size < 14 - 0.01 && !chart.test(l.text) && l.text.trim() !== '');
    expect(small.map((l) => `${l.size.toFixed(1)} ${l.text.slice(0, 20)}`)).toEqual([]);
    expect(lines.some((l) => l.text.startsWith('本网站'))).toBe(true);
    // The credit is a little larger than the small type only where that stays below the text's size.
    const credit = lines.find((l) => l.text.includes('来源：博雅'))!;
    expect(credit.size).toBeLessThanOrEqual(14 + 0.01);
  });

  it('reflows the text on the same page and margins instead of scaling the page', async () => {
    const [a, b] = await Promise.all([pdfInfo(normal.bytes!), pdfInfo(large.bytes!)]);
    expect(b.sizes[0]).toEqual(a.sizes[0]);
    const lines = await textLines(large.bytes!);
    // An opening bracket that starts a line hangs its blank half in the margin: such lines are left out.
    const left = (all: Line[]) => Math.min(...all.filter((l) => !'（《「『【〔〈“‘'.includes(l.text[0]!)).map((l) => l.left));
    expect(left(lines)).toBeCloseTo(left(await textLines(normal.bytes!)), 0);
    // Fewer characters fit on a full line of body text: the lines were broken again for the larger type.
    const longest = async (bytes: Uint8Array) => {
      const size = await bodySize(bytes);
      return Math.max(...(await textLines(bytes)).filter((l) => Math.abs(l.size - size) < 0.1).map((l) => l.text.length));
    };
    expect(await longest(large.bytes!)).toBeLessThan((await longest(normal.bytes!)) * 0.85);
  });

  it('lets the back matter run over two A5 pages rather than squeeze it onto one', async () => {
    const built = await build(path.join(fixtures, 'samples', 'autologous-stem-cell-transplant.md'), { print: { largePrint: true, format: 'A5' } });
    const lines = await textLines(built.bytes!);
    const contact = lines.find((l) => l.text.includes('联系方式'))!;
    const profile = lines.find((l) => l.text.includes('机构简介'))!;
    expect(contact.page).toBe(profile.page + 1);
    // Squeezed text would overprint: every line stands clear of the nearest line above it in its column.
    for (const line of lines) {
      const above = lines
        .filter((l) => l.page === line.page && l.top < line.top && l.left < line.right && line.left < l.right)
        .sort((a, b) => b.top - a.top)[0];
      if (above) expect(line.top - above.top, line.text).toBeGreaterThan(Math.min(line.size, above.size) * 0.9);
    }
  });
});

describe('grayscale', () => {
  let brand: Brand;
  beforeAll(async () => {
    brand = (await loadBrand(brandFile, root)).brand!;
  });

  it('turns the brand colours into greys that keep 4.5:1 contrast on white and on the tint', () => {
    const gray = grayPalette(brand.colors);
    for (const value of Object.values(gray)) expect(value).toMatch(/^#([0-9a-f]{2})\1\1$/);
    for (const key of ['primary', 'accent', 'text', 'muted'] as const) {
      expect(contrast(gray[key], '#ffffff'), key).toBeGreaterThanOrEqual(minContrast);
      expect(contrast(gray[key], gray.tint), key).toBeGreaterThanOrEqual(minContrast);
    }
    expect(contrast(gray.on_primary, gray.primary)).toBeGreaterThanOrEqual(minContrast);
  });

  it('darkens a colour too light to read, and keeps light ones light', () => {
    const gray = grayPalette({ ...brand.colors, accent: '#F0A0C0' });
    expect(contrast('#F0A0C0', '#ffffff')).toBeLessThan(minContrast);
    expect(contrast(gray.accent, '#ffffff')).toBeGreaterThanOrEqual(minContrast);
    expect(contrast(gray.tint, '#ffffff')).toBeLessThan(1.2);
  });

  it('turns any CSS colour of a picture into the grey of its luminance, and leaves what is not a colour', () => {
    expect(grayColor('#ffffff')).toBe('#ffffff');
    expect(grayColor('red')).toBe('#7f7f7f');
    expect(grayColor('rgb(255, 0, 0)')).toBe('#7f7f7f');
    expect(grayColor('hsl(0, 100%, 50%)')).toBe('#7f7f7f');
    expect(grayColor('hwb(0 0% 0%)')).toBe('#7f7f7f');
    expect(grayColor('#5B2A86')).toMatch(/^#([0-9a-f]{2})\1\1$/);
    expect(grayColor('rgba(255, 0, 0, 0.5)')).toBe('rgba(127, 127, 127, 0.5)');
    for (const value of ['none', 'currentColor', 'url(#fade)', 'transparent']) expect(grayColor(value)).toBe(value === 'transparent' ? 'rgba(0, 0, 0, 0)' : value);
  });

  const colourful = (page: Awaited<ReturnType<typeof renderPage>>) => {
    let worst = 0;
    for (let i = 0; i < page.data.length; i += 4) {
      worst = Math.max(worst, Math.abs(page.data[i]! - page.data[i + 1]!), Math.abs(page.data[i + 1]! - page.data[i + 2]!));
    }
    return worst;
  };

  it('renders the page without a single coloured pixel', async () => {
    const gray = await build(sample, { print: { grayscale: true } });
    expect(gray.output).toMatch(/-grayscale\.pdf$/);
    expect(colourful(await renderPage(normal.bytes!, 1, 1))).toBeGreaterThan(40);
    expect(colourful(await renderPage(gray.bytes!, 1, 1))).toBeLessThanOrEqual(2);
  });

  it('draws an SVG chart and the note, tip and warning boxes in greys too', async () => {
    const gray = await build(path.join(fixtures, 'samples', 'mesenchymal-stem-cells-two-cases.md'), { print: { grayscale: true } });
    const pages = (await pdfInfo(gray.bytes!)).pages;
    for (let page = 1; page <= pages; page += 1) expect(colourful(await renderPage(gray.bytes!, page, 1)), `page ${page}`).toBeLessThanOrEqual(2);
  });
});

describe('a picture', () => {
  it('takes the share of the width it asks for, but the whole width where its own text would be too small', async () => {
    const brand = (await loadBrand(brandFile, root)).brand!;
    const text = { lang: 'zh-CN' as const, fonts: [] };
    const figure = { width: 0.8 };
    expect(figureShare(makeTheme(brand, { page: 'A4' }, text), figure)).toBe(0.8);
    expect(figureShare(makeTheme(brand, { page: 'A5' }, text), figure)).toBe(0.8);
    for (const options of [{ page: 'panel' as const }, { page: 'phone' as const }, { page: 'A4' as const, largePrint: true }]) {
      expect(figureShare(makeTheme(brand, options, text), figure), JSON.stringify(options)).toBe(1);
    }
  });
});
