import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { phonePixels } from '../../src/print/phone-raster.js';
import { build, buildText, fixtures, root, tempDir, type Built } from '../helpers/build.js';
import { overprints, pdfInfo, textBoxes, textLines, type Line } from '../helpers/pdf.js';

const jsQR = createRequire(import.meta.url)('jsqr') as typeof import('jsqr').default;

const sample = path.join(fixtures, 'samples', 'stem-cells-and-scleroderma.md');
const wide = path.join(fixtures, 'phone', 'wide-table.md');
const meetup = path.join(fixtures, 'events', 'meetup.md');

interface Phone extends Built {
  pdf: Buffer;
  png: Buffer;
}

async function buildPhone(source: string, outDir?: string): Promise<Phone> {
  const built = await build(source, { print: { phone: true }, ...(outDir ? { outDir } : {}) });
  expect(built.file.messages.filter((m) => m.fatal).map(String)).toEqual([]);
  const [pdfPath, pngPath] = built.phone!;
  expect(path.basename(pdfPath!)).toBe(`${path.basename(source, '.md')}-phone.pdf`);
  expect(path.basename(pngPath!)).toBe(`${path.basename(source, '.md')}-phone.png`);
  return { ...built, pdf: await readFile(pdfPath!), png: await readFile(pngPath!) };
}

/** The image's pixels as RGBA. */
async function pixels(png: Buffer) {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), width: info.width, height: info.height };
}

/**
 * The QR code in the image as a phone finds it on a long press: its text and where it is, in pixels from the top.
 * A dark code on a light ground, as leaflet draws them: no view is tried again inverted. The image is read in
 * overlapping windows, from the top, or from the bottom for the code that ends the image (the back matter's).
 */
async function findQr(png: Buffer, from: 'top' | 'bottom' = 'top'): Promise<{ data: string; top: number; width: number } | undefined> {
  const image = await pixels(png);
  const window = 1600;
  const tops = Array.from({ length: Math.ceil(image.height / (window / 2)) }, (_, i) => i * (window / 2));
  for (const top of from === 'top' ? tops : tops.reverse()) {
    const rows = Math.min(window, image.height - top);
    const found = jsQR(image.data.subarray(top * image.width * 4, (top + rows) * image.width * 4), image.width, rows, { inversionAttempts: 'dontInvert' });
    if (found) {
      const { topLeftCorner, topRightCorner } = found.location;
      return { data: found.data, top: top + topLeftCorner.y, width: topRightCorner.x - topLeftCorner.x };
    }
  }
  return undefined;
}

/** The text of lines, without spaces and line breaks: the words in their order, however the lines fall. */
const joined = (lines: Line[]) => lines.map((line) => line.text).join('').replace(/\s+/g, '');

/** The body: from its first words to the disclaimer's. */
function body(text: string): string {
  const start = text.indexOf('经调查研究发现');
  const end = text.indexOf('本网站不提供专业医疗建议');
  expect(start).toBeGreaterThan(0);
  expect(end).toBeGreaterThan(start);
  return text.slice(start, end);
}

let phone: Phone;
beforeAll(async () => {
  phone = await buildPhone(sample);
}, 60_000);

describe('the phone edition of a leaflet', { timeout: 60_000 }, () => {
  it('is a PNG 1080 pixels wide, as long as its PDF page at the image scale', async () => {
    const image = await sharp(phone.png).metadata();
    expect(image.format).toBe('png');
    expect(image.width).toBe(phonePixels);
    const { pages, sizes } = await pdfInfo(phone.pdf);
    expect(pages).toBe(1);
    expect(sizes[0]!.width).toBeCloseTo(90 * (72 / 25.4), 2);
    const scale = phonePixels / sizes[0]!.width;
    expect(image.height).toBe(Math.round(sizes[0]!.height * scale));
    // Small enough to send in a chat.
    expect(phone.png.length).toBeLessThan(3 * 1024 * 1024);
  });

  it('holds the same body text as the print PDF, in the same order', async () => {
    const print = await textLines(phone.bytes!);
    const { sizes } = await pdfInfo(phone.bytes!);
    // The print PDF's running footer (title, page number, name) is not body text.
    const text = print.filter((line) => line.top < sizes[line.page - 1]!.height - 40);
    expect(body(joined(await textLines(phone.pdf)))).toBe(body(joined(text)));
  });

  it('sets the series and the organisation’s full name each on a line of its own, inside the page', async () => {
    // A short series, which leaves room beside it on the line.
    const built = await buildText('---\ntitle: 系列\nseries: 疾病知识\nseries_en: BASICS\n---\n\n正文。\n', 'series', { print: { phone: true } });
    const pdf = await readFile(built.phone![0]!);
    const lines = await textLines(pdf);
    const { sizes } = await pdfInfo(pdf);
    const series = lines.find((line) => line.text.includes('BASICS'))!;
    const fullName = lines.find((line) => line.text === '成都紫贝壳公益服务中心')!;
    expect(fullName.top).toBeGreaterThan(series.top + series.size);
    expect(fullName.left).toBeCloseTo(series.left, 0);
    expect(fullName.right).toBeLessThanOrEqual(sizes[0]!.width);
  });

  it('sets the body text at least 40 pixels high in the image', async () => {
    const lines = await textLines(phone.pdf);
    const scale = phonePixels / (await pdfInfo(phone.pdf)).sizes[0]!.width;
    const counts = new Map<number, number>();
    for (const line of lines) counts.set(line.size, (counts.get(line.size) ?? 0) + line.text.length);
    const bodySize = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
    expect(bodySize * scale).toBeGreaterThanOrEqual(40);
    // Nothing but superscripts is set smaller than the disclaimer's 9 pt (38 pixels).
    expect(Math.min(...lines.map((line) => line.size)) * scale).toBeGreaterThanOrEqual(38);
  });

  it('ends with the brand QR code, at least 360 pixels with its quiet zone, under its long-press label', async () => {
    const qr = await findQr(phone.png, 'bottom');
    expect(qr?.data).toBe('https://www.sscchina.org');
    // jsQR measures between the finder patterns' centres: 25 modules of a 33-module code with its quiet zone.
    expect((qr!.width * 33) / 25).toBeGreaterThanOrEqual(360);
    const label = (await textLines(phone.pdf)).find((line) => line.text === '长按识别二维码');
    expect(label).toBeDefined();
  });

  it('in large print, sets the back matter’s English titles under the Chinese where the line has no room, never over it', async () => {
    const built = await build(sample, { print: { phone: true, phoneImage: false, largePrint: true } });
    const pdf = await readFile(built.phone![0]!);
    expect(overprints(await textBoxes(pdf))).toEqual([]);
    const lines = await textLines(pdf);
    const title = lines.find((line) => line.text === '机构简介')!;
    const english = lines.find((line) => line.text === 'ORGANIZATION INTRODUCTION')!;
    expect(english.top).toBeGreaterThan(title.top);
  });

  it('builds the same bytes twice', async () => {
    const again = await buildPhone(sample, await tempDir());
    expect(again.png.equals(phone.png)).toBe(true);
    expect(again.pdf.equals(phone.pdf)).toBe(true);
  });
});

describe('tables and codes on a phone', { timeout: 60_000 }, () => {
  it('stacks a wide table as cards, the header before each value, and prints the leaflet’s own QR code', async () => {
    const built = await buildPhone(wide);
    // Without spaces: a quarter em is set between Chinese and Latin letters or digits.
    const lines = (await textLines(built.pdf)).map((line) => line.text.replace(/\s+/g, ''));
    for (const [head, value] of [
      ['药物', '甲氨蝶呤'],
      ['剂量', '每周7.5–15毫克'],
      ['药物', '吗替麦考酚酯'],
      ['注意事项', '孕期禁用，服药期间需要避孕'],
    ]) {
      expect(lines).toContain(`${head}${value}`);
    }
    expect((await findQr(built.png, 'bottom'))?.data).toBe('https://example.org/phone-qr');
  });
});

describe('the phone edition of an event flyer', { timeout: 60_000 }, () => {
  it('puts the date line and the sign-up QR code under the title, above the text', async () => {
    const built = await buildPhone(meetup);
    const lines = await textLines(built.pdf);
    const scale = phonePixels / (await pdfInfo(built.pdf)).sizes[0]!.width;
    const top = (pattern: RegExp) => lines.find((line) => pattern.test(line.text.replace(/\s+/g, '')))?.top ?? Number.NaN;
    const [title, date, text] = [top(/^硬皮病病友交流会$/), top(/2026年12月12日/), top(/^风湿免疫科医生与大家/)];
    expect(title).toBeLessThan(date);
    expect(date).toBeLessThan(text);
    const qr = await findQr(built.png);
    expect(qr?.data).toBe('https://www.sscchina.org/signup?event=2026-12');
    expect(qr!.top / scale).toBeGreaterThan(date);
    expect(qr!.top / scale).toBeLessThan(text);
  });
});

describe('crops for review', { timeout: 60_000 }, () => {
  // For a person to look at: the top, a stacked table and the QR code, in out/review/, which git ignores.
  it('writes the top, a table and the QR code of the phone images', async () => {
    const { mkdir } = await import('node:fs/promises');
    const folder = path.join(root, 'out', 'review');
    await mkdir(folder, { recursive: true });
    const table = await buildPhone(wide);
    const lines = await textLines(table.pdf);
    const scale = phonePixels / (await pdfInfo(table.pdf)).sizes[0]!.width;
    const tableTop = Math.round(lines.find((line) => line.text.startsWith('药物'))!.top * scale) - 120;
    const qr = (await findQr(phone.png, 'bottom'))!;
    const crops: [string, Buffer, number, number][] = [
      ['phone-top.png', phone.png, 0, 1600],
      ['phone-table.png', table.png, tableTop, 1400],
      ['phone-qr.png', phone.png, Math.max(0, Math.round(qr.top) - 200), 900],
    ];
    for (const [name, png, top, height] of crops) {
      const file = path.join(folder, name);
      const rows = Math.min(height, (await sharp(png).metadata()).height! - top);
      await sharp(png).extract({ left: 0, top, width: phonePixels, height: rows }).toFile(file);
      expect((await sharp(file).metadata()).width).toBe(phonePixels);
    }
  });
});
