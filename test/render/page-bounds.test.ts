import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMany } from '../../src/pipeline/build-many.js';
import type { PrintRequest } from '../../src/print/print-settings.js';
import { mm } from '../../src/layout/page-formats.js';
import { brandFile, fixtures, root, tempDir } from '../helpers/build.js';
import { textBoxes, textOutsideTrim } from '../helpers/pdf.js';

/** Builds every leaflet under `folder`, one after the other in this process (its renderer is warm), and gives the PDFs that were written. */
async function buildAll(folder: string, print?: PrintRequest): Promise<{ name: string; bytes: Uint8Array }[]> {
  const batch = await buildMany({ paths: [folder], outDir: await tempDir(), brandPath: brandFile, root, print, force: true, jobs: 1 });
  const written = batch.results.filter((result) => result.output);
  return Promise.all(written.map(async (result) => ({ name: path.relative(root, result.file.path), bytes: await readFile(result.output!) })));
}

describe('nothing leaves the page', () => {
  /** Every fixture in A4, built once for the two tests that read it. */
  let everyFixture: ReturnType<typeof buildAll>;
  beforeAll(() => {
    everyFixture = buildAll(fixtures);
    everyFixture.catch(() => undefined);
  });

  it('no glyph of any fixture lies outside the trim box', async () => {
    const built = await everyFixture;
    expect(built.map((b) => b.name)).toEqual(expect.arrayContaining(['test/fixtures/overflow/wechat-url.md', 'test/fixtures/overflow/wide-table.md']));
    expect(built.length).toBeGreaterThanOrEqual(15);
    for (const { name, bytes } of built) expect(await textOutsideTrim(bytes), name).toEqual([]);
  }, 180_000);

  it('keeps the hostile fixtures inside the text column of an A4 page', async () => {
    const margin = 20 * mm;
    const hostile = (await everyFixture).filter((built) => built.name.startsWith('test/fixtures/overflow/'));
    expect(hostile.map((built) => built.name)).toContain('test/fixtures/overflow/wide-table.md');
    for (const { name, bytes } of hostile) {
      const outside = (await textBoxes(bytes)).filter((g) => g.left < margin - 0.5 || g.right > 210 * mm - margin + 0.5);
      expect(outside, name).toEqual([]);
    }
  }, 120_000);

  it.each<[string, PrintRequest]>([
    ['large print', { largePrint: true }],
    ['A5', { format: 'A5' }],
    ['a booklet for press', { layout: 'booklet', press: true }],
  ])('holds for the hostile fixtures in %s', async (_, print) => {
    for (const { name, bytes } of await buildAll(path.join(fixtures, 'overflow'), print)) {
      expect(await textOutsideTrim(bytes), name).toEqual([]);
    }
  }, 120_000);

  it('keeps every line of a tri-fold inside its panel', async () => {
    // Where the sheet folds, outside and inside: no text may run across a fold.
    const folds: Record<number, number[]> = { 1: [97 * mm, 197 * mm], 2: [100 * mm, 200 * mm] };
    for (const { name, bytes } of await buildAll(path.join(fixtures, 'overflow'), { layout: 'trifold' })) {
      expect(await textOutsideTrim(bytes), name).toEqual([]);
      const across = (await textBoxes(bytes)).filter((g) => folds[g.page]!.some((fold) => g.left < fold - 0.5 && g.right > fold + 0.5));
      expect(across, name).toEqual([]);
    }
  }, 120_000);
});
