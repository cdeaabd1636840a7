// The fonts' facts that the checks use: the same answers as the font itself, kept in the cache and read back from it.
import * as fontkit from 'fontkit';
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fontFile } from '../../src/layout/font-files.js';
import { tempDir } from '../helpers/build.js';

type Font = fontkit.Font & { hasGlyphForCodePoint(codePoint: number): boolean };

/** A fresh copy of the module: its facts are remembered per process, and these tests read them from the cache. */
const fresh = async () => {
  vi.resetModules();
  return import('../../src/layout/font-facts.js');
};

/** Code points of every kind: Latin, punctuation, Chinese in both forms, symbols the face lacks, and beyond. */
const sample = [
  ...Array.from({ length: 0x250 }, (_, i) => i),
  ...Array.from({ length: 0x100 }, (_, i) => 0x2000 + i),
  ...Array.from({ length: 0x300 }, (_, i) => 0x3000 + i),
  ...Array.from({ length: 2000 }, (_, i) => 0x4e00 + i * 10),
  ...Array.from({ length: 0x100 }, (_, i) => 0xff00 + i),
  0x1f600, 0x20000, 0x2a6d6, 0xe000, 0x10ffff,
];

describe('font facts', () => {
  afterEach(async () => (await import('../../src/layout/font-facts.js')).useFontCache(undefined));

  it('answer as the font does, for each weight and face, first from the font and then from the cache', async () => {
    const dir = await tempDir();
    for (const file of [fontFile('zh-CN', 400), fontFile('zh-CN', 700), fontFile('zh-TW', 400)]) {
      const font = fontkit.openSync(file) as Font;
      for (const round of ['from the font', 'from the cache']) {
        const facts = await fresh();
        facts.useFontCache(dir);
        const read = facts.fontFacts(file);
        for (const codePoint of sample) {
          expect(read.has(codePoint), `${round}: U+${codePoint.toString(16)}`).toBe(font.hasGlyphForCodePoint(codePoint));
          expect(read.advance(codePoint), `${round}: U+${codePoint.toString(16)}`).toBe(font.glyphForCodePoint(codePoint).advanceWidth / font.unitsPerEm);
        }
      }
    }
    expect(await readdir(path.join(dir, 'fonts'))).toHaveLength(3);
  });

  it('read the font again when the cache file is damaged, and write nothing when told not to', async () => {
    const dir = await tempDir();
    const file = fontFile('zh-CN', 400);
    const first = await fresh();
    first.useFontCache(dir);
    first.fontFacts(file).has(0x4e00);
    const [kept] = await readdir(path.join(dir, 'fonts'));
    await writeFile(path.join(dir, 'fonts', kept!), '{"format": 1, "runs": [[0, 1114111');
    const second = await fresh();
    second.useFontCache(dir);
    expect(second.fontFacts(file).has(0x4e00)).toBe(true);
    expect(second.fontFacts(file).has(0xe000)).toBe(false);

    const readOnly = await tempDir();
    const third = await fresh();
    third.useFontCache(readOnly, false);
    expect(third.fontFacts(file).has(0x4e00)).toBe(true);
    expect(await readdir(readOnly)).toEqual([]);
  });
});
