// A pack whose manifest asks for the phone edition: each leaflet's long image in the zip beside its PDF.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { loadBrand } from '../../src/brand/load-brand.js';
import { formatFile } from '../../src/diagnostics/format.js';
import { buildPack } from '../../src/pack/build-pack.js';
import { brandFile, fixtures, root, tempDir } from '../helpers/build.js';

describe('a pack with phone: true', { timeout: 60_000 }, () => {
  it('holds each leaflet’s phone image in its zip, listed in the README', async () => {
    const brand = await loadBrand(brandFile, root);
    const result = await buildPack(path.join(fixtures, 'phone', 'pack.yaml'), { brand, outDir: await tempDir(), root });
    expect([result.file, ...result.leaflets].flatMap((file) => formatFile(file, root))).toEqual([]);
    const zip = unzipSync(await readFile(result.outputs!.zip));
    expect(Object.keys(zip).sort()).toEqual(['README.txt', 'stem-cells-and-scleroderma-phone.png', 'stem-cells-and-scleroderma.pdf', 'wide-table-phone.png', 'wide-table.pdf']);
    for (const name of ['stem-cells-and-scleroderma-phone.png', 'wide-table-phone.png']) {
      const image = await sharp(Buffer.from(zip[name]!)).metadata();
      expect([image.format, image.width]).toEqual(['png', 1080]);
    }
    expect(strFromU8(zip['README.txt']!)).toContain('wide-table.pdf, wide-table-phone.png  宽表格');
  });
});
