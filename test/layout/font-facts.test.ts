// The fonts' facts that the checks use: the same answers as the font itself, kept in the cache and read back from it.
import * as fontkit from 'fontkit';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fontFile } from '../../src/layout/font-files.js';
import { tempDir } from '../helpers/build.js';

type Font = fontkit.Font & { hasGlyphForCodePoint(codePoint: number): boolean };

/** A fresh copy of the module: it remembers what it read for the rest of the process. */
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

  it('answer as the font does, for each weight and face: asked of it, then from the cache, which holds what was asked', async () => {
    const dir = path.join(await tempDir(), '.cache');
    const files = [fontFile('zh-CN', 400), fontFile('zh-CN', 700), fontFile('zh-TW', 400)];
    for (const round of ['asked of the font', 'from the cache']) {
      const facts = await fresh();
      facts.useFontCache(dir, round === 'asked of the font');
      for (const file of files) {
        const font = fontkit.openSync(file) as Font;
        const read = facts.fontFacts(file);
        for (const codePoint of sample) {
          expect(read.has(codePoint), `${round}: U+${codePoint.toString(16)}`).toBe(font.hasGlyphForCodePoint(codePoint));
          expect(read.advance(codePoint), `${round}: U+${codePoint.toString(16)}`).toBe(font.glyphForCodePoint(codePoint).advanceWidth / font.unitsPerEm);
        }
      }
      facts.saveFontFacts();
    }
    const kept = await readdir(path.join(dir, 'fonts'));
    expect(kept).toHaveLength(3);
    for (const name of kept) {
      const { widths } = JSON.parse(await readFile(path.join(dir, 'fonts', name), 'utf8')) as { widths: Record<string, number> };
      expect(Object.keys(widths).map(Number).sort((a, b) => a - b)).toEqual([...new Set(sample)].sort((a, b) => a - b));
    }
  });

  it('are asked of the font again when the cache file is damaged, and written by none but a run that may, into an output folder that is there', async () => {
    const out = await tempDir();
    const dir = path.join(out, '.cache');
    const file = fontFile('zh-CN', 400);
    const first = await fresh();
    first.useFontCache(dir);
    first.fontFacts(file).has(0x4e00);
    first.saveFontFacts();
    const [kept] = await readdir(path.join(dir, 'fonts'));
    await writeFile(path.join(dir, 'fonts', kept!), '{"format": 2, "widths": {"19968": -1');
    const second = await fresh();
    second.useFontCache(dir);
    expect(second.fontFacts(file).has(0x4e00)).toBe(true);
    expect(second.fontFacts(file).has(0xe000)).toBe(false);

    const readOnly = await tempDir();
    const third = await fresh();
    third.useFontCache(path.join(readOnly, '.cache'), false);
    expect(third.fontFacts(file).has(0x4e00)).toBe(true);
    third.saveFontFacts();
    expect(await readdir(readOnly)).toEqual([]);

    const missing = path.join(await tempDir(), 'out');
    const fourth = await fresh();
    fourth.useFontCache(path.join(missing, '.cache'));
    expect(fourth.fontFacts(file).has(0x4e00)).toBe(true);
    fourth.saveFontFacts();
    expect(existsSync(missing)).toBe(false);
  });
});
