// Bench child process: what loading the fonts costs in a fresh process, step by step.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Font } from 'fontkit';
import { fontFile } from '../../src/layout/font-files.js';

// Nothing else is imported first, so that fontkit's own loading time shows.
const text = readFileSync(path.join(import.meta.dirname, '..', '..', '..', 'leaflets', 'stem-cells-and-scleroderma.md'), 'utf8');
const steps: Record<string, number> = {};
let last = performance.now();
const lap = (name: string) => {
  const now = performance.now();
  steps[name] = now - last;
  last = now;
};
const fontkit = await import('fontkit');
lap('import fontkit');
for (const weight of [400, 700] as const) {
  const font = fontkit.create(readFileSync(fontFile('zh-CN', weight))) as Font;
  font.layout(text);
  lap(`read, parse and first layout of the sample (weight ${weight})`);
  if (weight === 400) {
    const subset = font.createSubset();
    for (const glyph of font.layout(text).glyphs) subset.includeGlyph(glyph);
    subset.encode();
    lap('subset of the sample’s glyphs, encoded for the PDF');
  }
}
console.log(JSON.stringify(steps));
