import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { VFile } from 'vfile';
import { loadBrand } from '../../src/brand/load-brand.js';
import { readManifest } from '../../src/pack/read-manifest.js';
import { brandLimit, leafletLimit, manifestLimit } from '../../src/source/limits.js';
import { sourceFromBytes } from '../../src/source/read-source.js';
import { brandFile, tempDir } from '../helpers/build.js';

const where = (file: VFile) => file.messages.map((m) => `${m.line}:${m.column} ${m.fatal ? 'error' : 'warning'} ${m.ruleId}: ${m.reason}`);
const encode = (text: string) => new TextEncoder().encode(text);

describe('the size of a leaflet', () => {
  const front = '---\ntitle: 大\n---\n\n';
  // 30 bytes a line: 29 of text (nine Chinese characters and two digits) and the newline.
  const line = (n: number) => `硬皮病患者的免疫系${String(n % 100).padStart(2, '0')}\n`;

  it('is refused past 2 MB, at the place where the limit is passed, before the text is decoded', () => {
    const lines = Array.from({ length: Math.ceil(leafletLimit.bytes / 30) + 10 }, (_, i) => line(i)).join('');
    const bytes = encode(front + lines);
    const file = sourceFromBytes('x.md', bytes, leafletLimit);
    // The limit falls on byte 2,097,152: 20 bytes of front matter, then lines of 30 bytes.
    // 2,097,132 bytes of lines are 69,904 whole lines and 12 bytes (four characters) of line 69,909.
    expect(where(file)).toEqual(['69909:5 error too-large: the file is 2.1 MB; a leaflet may be at most 2 MB']);
    expect(file.value).toBeUndefined();
  });

  it('is accepted at exactly 2 MB', () => {
    const text = front + 'a'.repeat(leafletLimit.bytes - encode(front).length);
    expect(where(sourceFromBytes('x.md', encode(text), leafletLimit))).toEqual([]);
  });

  it('points at the start of a character that the limit cuts through', () => {
    const bytes = encode('a' + '中'.repeat(leafletLimit.bytes)); // the limit falls on the second byte of a character
    expect(where(sourceFromBytes('x.md', bytes, leafletLimit))[0]).toMatch(/^1:699052 error too-large/);
  });

  it('is refused past 5,000 lines of text, blank lines not counted, at the first line past the limit', () => {
    const items = (count: number) => Array.from({ length: count }, (_, i) => `- 第${i + 1}项\n\n`).join('');
    expect(where(sourceFromBytes('x.md', encode(front + items(4_997)), leafletLimit))).toEqual([]);
    const file = sourceFromBytes('x.md', encode(front + items(4_998)), leafletLimit);
    // Three lines of front matter, a blank line, then an item every other line: item 4,998 is on line 5 + 2 × 4,997.
    expect(where(file)).toEqual([
      '9999:1 error too-large: a leaflet may have at most 5,000 lines of text (blank lines are not counted); this is line 5,001 of text',
    ]);
    expect(file.messages[0]!.note).toBe('split the text into several leaflets');
  });

  it('is not limited when no limit is given', () => {
    expect(where(sourceFromBytes('x.md', encode('a\n'.repeat(leafletLimit.lines! + 1))))).toEqual([]);
  });
});

describe('the size of the brand file and of a pack manifest', () => {
  it('refuses a brand file past 256 KB', async () => {
    const dir = await tempDir();
    const big = path.join(dir, 'brand.yaml');
    await writeFile(big, `${await readFile(brandFile, 'utf8')}\n# ${'x'.repeat(brandLimit.bytes)}\n`);
    const loaded = await loadBrand(big, dir);
    expect(loaded.brand).toBeUndefined();
    expect(where(loaded.file)).toEqual([expect.stringMatching(/^\d+:\d+ error too-large: the file is 2\d\d(\.\d)? KB; the brand file may be at most 256 KB$/)]);
  });

  it('refuses a pack manifest past 64 KB', async () => {
    const dir = await tempDir();
    const manifest = path.join(dir, 'pack.yaml');
    await writeFile(manifest, `title: 包\nrecipient: 医院\ndate: 2026-03-01\n# ${'x'.repeat(manifestLimit.bytes)}\nleaflets: [a.md]\n`);
    const read = await readManifest(manifest, dir);
    expect(read.manifest).toBeUndefined();
    expect(where(read.file)).toEqual(['4:65491 error too-large: the file is 64.1 KB; a pack manifest may be at most 64 KB']);
  });
});
