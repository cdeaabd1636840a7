import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { createCanvas } from '@napi-rs/canvas';
import { beforeAll, describe, expect, it } from 'vitest';
import { diagnosticOf } from '../../src/diagnostics/messages.js';
import { formatSizes, mm, sheetSize } from '../../src/layout/page-formats.js';
import { unembeddedFonts } from '../../src/print/press-checks.js';
import { brandFile, build, buildText, tempDir, type Built, fixtures } from '../helpers/build.js';
import { pageBoxes, renderPage } from '../helpers/pdf.js';

const sample = path.join(fixtures, 'samples', 'stem-cells-and-scleroderma.md');

const scale = 4;
type Rendered = Awaited<ReturnType<typeof renderPage>>;

/** The colour of a pixel at (x, y) points from the page's top left, on a page rendered at `scale`. */
function pixel(page: Rendered, x: number, y: number): number[] {
  const at = (Math.round(y * scale) * page.width + Math.round(x * scale)) * 4;
  return [...page.data.slice(at, at + 3)];
}
const near = (a: number[], b: number[]) => a.every((v, i) => Math.abs(v - b[i]!) <= 8);
/** The brand's purple as the press file prints it, in inks, shown in RGB: blue over red over green, and dark. */
const purplish = ([r, g, b]: number[]) => b! > r! && r! > g! && g! < 100;
/** The darkest channel around a point: a hairline is found even where it falls between pixels. */
const darkest = (page: Rendered, x: number, y: number) =>
  Math.min(...[-0.5, -0.25, 0, 0.25, 0.5].flatMap((dy) => [-0.5, 0, 0.5].flatMap((dx) => pixel(page, x + dx, y + dy))));

describe('the press profile', () => {
  let built: Built;
  beforeAll(async () => {
    built = await build(sample, { print: { press: true } });
  });

  it('is written to <name>-press.pdf', () => {
    expect(built.file.messages.map(String)).toEqual([]);
    expect(built.output).toMatch(/stem-cells-and-scleroderma-press\.pdf$/);
  });

  it('sets the TrimBox to the format and the BleedBox 3 mm outside it on every page, crop marks beyond', async () => {
    const boxes = await pageBoxes(built.bytes!);
    expect(boxes).toHaveLength(2);
    for (const { media, bleed, trim } of boxes) {
      expect(trim[2]).toBeCloseTo(formatSizes.A4.width, 2);
      expect(trim[3]).toBeCloseTo(formatSizes.A4.height, 2);
      const b = 3 * mm;
      expect(bleed.map((v) => v.toFixed(2))).toEqual([trim[0]! - b, trim[1]! - b, trim[2]! + 2 * b, trim[3]! + 2 * b].map((v) => v.toFixed(2)));
      // The marks need room outside the bleed: the paper is larger than the BleedBox on every side.
      expect(media[0]).toBe(0);
      expect(bleed[0]).toBeGreaterThan(5 * mm);
      expect(media[2]).toBeCloseTo(trim[2]! + 2 * trim[0]!, 2);
      expect(media[3]).toBeCloseTo(trim[3]! + 2 * trim[1]!, 2);
    }
  });

  it('runs the header band into the bleed, and draws crop marks outside it', async () => {
    const { bleed, trim } = (await pageBoxes(built.bytes!))[0]!;
    const page = await renderPage(built.bytes!, 1, scale);
    const top = page.height / scale - (trim[1]! + trim[3]!); // the trim's top edge, from the top of the paper
    const bleedTop = top - 3 * mm;
    const left = trim[0]!;
    // Inside the bleed, above and left of the trim: the band's colour, as it is inside the trim.
    const band = pixel(page, left + 50, top + 5);
    expect(band, String(band)).toSatisfy(purplish);
    expect(near(pixel(page, left - 1.5 * mm, top + 5), band)).toBe(true);
    expect(near(pixel(page, left + 50, bleedTop + 1), band)).toBe(true);
    // Outside the bleed, beside the trim's top edge: the crop mark; away from it, white paper.
    const markX = bleed[0]! - 2.5 * mm;
    expect(darkest(page, markX, top)).toBeLessThan(128);
    expect(pixel(page, markX, top - 2 * mm)).toEqual([255, 255, 255]);
  });

  it('embeds every font, and the check finds one that is not', async () => {
    expect(unembeddedFonts(await PDFDocument.load(built.bytes!))).toEqual([]);
    const plain = await PDFDocument.create();
    plain.addPage().drawText('x', { font: await plain.embedFont(StandardFonts.Helvetica) });
    expect(unembeddedFonts(await PDFDocument.load(await plain.save()))).toEqual(['Helvetica']);
  });
});

/** A sheet's first page: the band's colour just inside its right trim edge, and whether it runs on into the bleed there. */
async function rightEdge(bytes: Uint8Array, trim: number[]) {
  const page = await renderPage(bytes, 1, scale);
  const top = page.height / scale - (trim[1]! + trim[3]!);
  const right = trim[0]! + trim[2]!;
  const band = pixel(page, right - 5 * mm, top + 5);
  return { page, top, right, band, bleeds: near(pixel(page, right + 1.5 * mm, top + 5), band) };
}

describe('press options', () => {
  it('trims a booklet to its two A5 pages (296 mm, not A4’s 297), the cover’s band bleeding past the outer edge', async () => {
    const built = await build(sample, { print: { layout: 'booklet', press: true } });
    const { bleed, trim } = (await pageBoxes(built.bytes!))[0]!;
    expect(trim[2]).toBeCloseTo(2 * formatSizes.A5.width, 2);
    // The first sheet's front: the back cover on the left, the cover on the right, its band into the bleed.
    const { band, bleeds, right } = await rightEdge(built.bytes!, trim);
    expect(band, String(band)).toSatisfy(purplish);
    expect(bleeds).toBe(true);
    expect(bleed[0]! + bleed[2]!).toBeCloseTo(right + 3 * mm, 2);
  });

  it('takes another bleed, and without marks the paper is the BleedBox', async () => {
    const built = await buildText('---\ntitle: 出血\nformat: A5\n---\n\n正文。\n', 'bleed', { print: { bleedMm: 5, marks: false } });
    expect(built.output).toMatch(/bleed-press\.pdf$/);
    const { media, bleed, trim } = (await pageBoxes(built.bytes!))[0]!;
    expect(trim.map((v) => v.toFixed(2))).toEqual([5 * mm, 5 * mm, formatSizes.A5.width, formatSizes.A5.height].map((v) => v.toFixed(2)));
    expect(bleed).toEqual(media);
    expect(media[2]).toBeCloseTo(formatSizes.A5.width + 10 * mm, 2);
  });

  it('bleeds only at the sheet edges of a tri-fold, with fold marks', async () => {
    const built = await build(sample, { print: { layout: 'trifold', press: true } });
    const boxes = await pageBoxes(built.bytes!);
    expect(boxes).toHaveLength(2);
    for (const { trim } of boxes) expect([trim[2], trim[3]].map((v) => v!.toFixed(1))).toEqual([sheetSize.width, sheetSize.height].map((v) => v.toFixed(1)));
    const { bleed, trim } = boxes[0]!;
    // The front panel's band runs into the bleed at the sheet's right edge…
    const { page, top, band, bleeds } = await rightEdge(built.bytes!, trim);
    expect(band, String(band)).toSatisfy(purplish);
    expect(bleeds).toBe(true);
    // …and stops at the fold with the back panel (197 mm), where the back panel's white begins.
    expect(near(pixel(page, trim[0]! + 197 * mm + 2, top + 5), band)).toBe(true);
    expect(pixel(page, trim[0]! + 197 * mm - 2, top + 5)).toEqual([255, 255, 255]);
    // A fold mark above each fold, from the bleed's edge outwards (dashed: its first dash is 2 pt long).
    const markY = top - (trim[1]! - bleed[1]!) - 1;
    for (const fold of [97, 197]) expect(darkest(page, trim[0]! + fold * mm, markY)).toBeLessThan(128);
  });
});

describe('images for press', () => {
  /** A brand file like the project's, with a square logo of this many pixels. */
  async function brandWithLogo(pixels: number) {
    const dir = await tempDir();
    const canvas = createCanvas(pixels, pixels);
    canvas.getContext('2d').fillRect(0, 0, pixels / 2, pixels / 2);
    await writeFile(path.join(dir, 'logo.png'), await canvas.encode('png'));
    await writeFile(path.join(dir, 'brand.yaml'), `${await readFile(brandFile, 'utf8')}\nlogo: logo.png\n`);
    return { brand: path.join(dir, 'brand.yaml'), brandRoot: dir };
  }

  const leaflet = '---\ntitle: 标志\n---\n\n正文。\n';

  it('warns about a logo below 300 dpi at its printed size, and only for press', async () => {
    const small = await brandWithLogo(64);
    const press = await buildText(leaflet, 'logo', { ...small, print: { press: true } });
    // The logo is 48 pt (⅔ inch) square on A4: 64 pixels print at 96 dpi.
    expect(press.file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.reason}`)).toEqual([
      '1:1 low-resolution: the brand logo prints at 96 dpi; a print shop needs 300 dpi or more',
    ]);
    expect(diagnosticOf(press.file.messages[0]!, 'zh-CN')).toMatchObject({
      reason: '品牌标志印出来只有 96 dpi；印刷厂要求至少 300 dpi',
      hint: expect.stringMatching(/^请换一张横向像素至少是现在 3\.2 倍的图片：.*logo\.png$/),
    });
    expect(press.output).toBeDefined();
    expect((await buildText(leaflet, 'logo', small)).file.messages).toEqual([]);
  });

  it('accepts a logo sharp enough', async () => {
    const built = await buildText(leaflet, 'logo', { ...(await brandWithLogo(240)), print: { press: true } });
    expect(built.file.messages).toEqual([]);
  });
});
