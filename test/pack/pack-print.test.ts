// A pack of two short leaflets through the print stage: `press: true`, `booklet: true`, and both.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument } from '@cantoo/pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBrand, type LoadedBrand } from '../../src/brand/load-brand.js';
import { formatFile } from '../../src/diagnostics/format.js';
import { buildPack } from '../../src/pack/build-pack.js';
import { saddleStitchOrder } from '../../src/print/booklet.js';
import { formatSizes, mm, sheetSize } from '../../src/layout/page-formats.js';
import { unembeddedFonts } from '../../src/print/press-checks.js';
import { brandFile, root, tempDir } from '../helpers/build.js';
import { numberedLeaflet } from '../helpers/leaflets.js';
import { pageBoxes, renderPage, textLines, type Line } from '../helpers/pdf.js';

const titles = ['第一份手册', '第二份手册'];
let brand: LoadedBrand;
let dir: string;

/** Builds the pack of the two leaflets with these manifest keys, into a fresh folder. */
async function pack(name: string, keys: string) {
  const manifest = path.join(dir, 'packs', `${name}.yaml`);
  await writeFile(manifest, `title: 资料包\nrecipient: 某某医院风湿免疫科\ndate: 2026-03-01\nleaflets: [../one.md, ../two.md]\n${keys}`);
  const out = await tempDir();
  // The temporary folder is the project: the manifest's leaflets must be inside it.
  const result = await buildPack(manifest, { brand, outDir: out, root: dir });
  const report = [result.file, ...result.leaflets].flatMap((file) => formatFile(file, root)).join('\n');
  expect(report).toBe('');
  const files = await readdir(path.join(out, 'packs'));
  return { files, pdf: await readFile(result.outputs!.pdf), zip: await readFile(result.outputs!.zip) };
}

beforeAll(async () => {
  brand = await loadBrand(brandFile, root);
  dir = await tempDir();
  await mkdir(path.join(dir, 'packs'));
  await writeFile(path.join(dir, 'one.md'), numberedLeaflet(3, titles[0]));
  await writeFile(path.join(dir, 'two.md'), numberedLeaflet(3, titles[1]));
});

describe('a pack for press', () => {
  let built: Awaited<ReturnType<typeof pack>>;
  beforeAll(async () => {
    built = await pack('partner', 'press: true\n');
  });

  it('is written to <pack>-press.pdf, next to the zip', () => {
    expect(built.files).toEqual(['partner-press.pdf', 'partner.zip']);
  });

  it('sets an A4 TrimBox and the BleedBox 3 mm outside it on every page, within the paper', async () => {
    const boxes = await pageBoxes(built.pdf);
    expect(boxes).toHaveLength(5);
    const b = 3 * mm;
    for (const { media, bleed, trim } of boxes) {
      expect(trim[2]).toBeCloseTo(formatSizes.A4.width, 2);
      expect(trim[3]).toBeCloseTo(formatSizes.A4.height, 2);
      expect(bleed.map((v) => v.toFixed(2))).toEqual([trim[0]! - b, trim[1]! - b, trim[2]! + 2 * b, trim[3]! + 2 * b].map((v) => v.toFixed(2)));
      expect(bleed[0]).toBeGreaterThan(media[0]!);
      expect(media[2]).toBeCloseTo(trim[2]! + 2 * trim[0]!, 2);
      expect(media[3]).toBeCloseTo(trim[3]! + 2 * trim[1]!, 2);
    }
  });

  it('runs the header bands of the cover and of each leaflet into the bleed, and embeds every font', async () => {
    const { trim } = (await pageBoxes(built.pdf))[0]!;
    for (const pageNumber of [1, 3, 4]) {
      const page = await renderPage(built.pdf, pageNumber, 1);
      const top = page.height - (trim[1]! + trim[3]!);
      const colour = (y: number) => [...page.data.slice((Math.round(y) * page.width + Math.round(trim[0]! + 50)) * 4).slice(0, 3)];
      // In the bleed, the band's colour as it is inside the trim: the brand's purple, in inks.
      const band = colour(top + 5);
      expect(band[2]! > band[0]! && band[0]! > band[1]!, String(band)).toBe(true);
      expect(colour(top - 1.5 * mm).every((v, i) => Math.abs(v - band[i]!) <= 8)).toBe(true);
    }
    expect(unembeddedFonts(await PDFDocument.load(built.pdf))).toEqual([]);
  });
});

describe('a pack as a booklet', () => {
  let built: Awaited<ReturnType<typeof pack>>;
  let plain: Awaited<ReturnType<typeof pack>>;
  let lines: Line[];
  let pages: number;
  /** The lines of a booklet page, found on its half of its sheet side by the saddle-stitch order. */
  const onPage = (page: number) => {
    const side = saddleStitchOrder(pages).findIndex((pair) => pair.includes(page));
    return lines.filter((line) => line.page === side + 1 && line.column === saddleStitchOrder(pages)[side]!.indexOf(page)).map((line) => line.text);
  };

  beforeAll(async () => {
    built = await pack('partner', 'booklet: true\n');
    plain = await pack('partner', '');
    lines = await textLines(built.pdf, () => [sheetSize.width / 2]);
    pages = 2 * (await pageBoxes(built.pdf)).length;
  });

  it('is written to <pack>-booklet.pdf as A4 landscape sheet sides, a multiple of 4 pages', async () => {
    expect(built.files).toEqual(['partner-booklet.pdf', 'partner.zip']);
    expect(plain.files).toEqual(['partner.pdf', 'partner.zip']);
    const boxes = await pageBoxes(built.pdf);
    expect(boxes.length % 2).toBe(0);
    for (const { media } of boxes) expect(media.slice(2).map(Math.round)).toEqual([sheetSize.width, sheetSize.height].map(Math.round));
  });

  it('puts the last page and the cover on the first sheet, the back matter on the last page after the notes pages', () => {
    // Cover, contents, a page per leaflet and the back matter: 5 pages, and 3 notes pages before the back matter.
    expect(pages).toBe(8);
    expect(saddleStitchOrder(pages)[0]).toEqual([8, 1]);
    expect(onPage(8).some((text) => text.startsWith('机构简介'))).toBe(true);
    expect(onPage(8).join(' ')).toContain('8 / 8');
    expect(onPage(1)).toContain('为某某医院风湿免疫科准备');
    for (const spare of [5, 6, 7]) expect(onPage(spare)[0]).toBe('我的记录');
    expect(lines.filter((line) => line.text.startsWith('机构简介'))).toHaveLength(1);
  });

  it('lists each leaflet on the contents page with the page it starts on', () => {
    const contents = onPage(2);
    titles.forEach((title, i) => {
      expect(contents.some((text) => text.startsWith(title) && text.endsWith(` ${i + 3}`))).toBe(true);
      expect(onPage(i + 3)).toContain(title);
    });
  });

  it('builds the same bytes again, and the same zip as without booklet', async () => {
    const again = await pack('partner', 'booklet: true\n');
    expect(again.pdf.equals(built.pdf)).toBe(true);
    expect(again.zip.equals(built.zip)).toBe(true);
    expect(built.zip.equals(plain.zip)).toBe(true);
  });
});

it('prints a booklet for press as <pack>-booklet-press.pdf, trimmed to two A5 pages side by side', async () => {
  const built = await pack('partner', 'booklet: true\npress: true\n');
  expect(built.files).toEqual(['partner-booklet-press.pdf', 'partner.zip']);
  for (const { trim } of await pageBoxes(built.pdf)) {
    expect(trim[2]).toBeCloseTo(2 * formatSizes.A5.width, 2);
    expect(trim[3]).toBeCloseTo(sheetSize.height, 2);
  }
});
