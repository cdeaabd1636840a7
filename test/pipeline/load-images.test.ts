import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { loadImages } from '../../src/pipeline/load-images.js';
import type { Figure } from '../../src/model/types.js';
import { svgLimit } from '../../src/source/limits.js';
import { tempDir } from '../helpers/build.js';

const where = (file: VFile) => file.messages.map((m) => `${m.line}:${m.column} ${m.fatal ? 'error' : 'warning'} ${m.ruleId}: ${m.reason}`);

/** Loads one SVG as the figure at 7:1 of a leaflet; returns the figure and the messages. */
async function loadSvg(svg: string) {
  const src = path.join(await tempDir(), 'picture.svg');
  await writeFile(src, svg);
  const figure: Figure = { type: 'figure', src, alt: '', width: 1, number: 1, position: { start: { line: 7, column: 1 }, end: { line: 7, column: 20 } } };
  const file = new VFile({ path: 'x.md' });
  const [loaded] = await loadImages([figure], file);
  return { figure: loaded as Figure, messages: where(file) };
}

const svg = (inner: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100">${inner}</svg>`;
const rects = (count: number) => '<rect width="1" height="1"/>'.repeat(count);
const nested = (depth: number) => '<g>'.repeat(depth) + rects(1) + '</g>'.repeat(depth);

describe('an SVG figure past the limits of what is drawn', () => {
  it('is loaded up to 100 levels deep and 50,000 elements', async () => {
    // The <svg> element is the first level and the first element.
    for (const inner of [nested(svgLimit.depth - 2), rects(svgLimit.elements - 1)]) {
      const { figure, messages } = await loadSvg(svg(inner));
      expect(messages).toEqual([]);
      expect(figure.image?.kind).toBe('svg');
    }
  });

  it('is refused one level deeper, at the figure, even when nested 20,000 levels deep', async () => {
    expect((await loadSvg(svg(nested(svgLimit.depth - 1)))).messages).toEqual([
      '7:1 error too-large: picture.svg: the SVG is nested 101 levels deep; leaflet draws at most 100',
    ]);
    const { figure, messages } = await loadSvg(svg(nested(20_000)));
    expect(messages).toEqual(['7:1 error too-large: picture.svg: the SVG is nested 20,002 levels deep; leaflet draws at most 100']);
    expect(figure.image).toBeUndefined();
  });

  it('is refused with one element more', async () => {
    expect((await loadSvg(svg(rects(svgLimit.elements)))).messages).toEqual([
      '7:1 error too-large: picture.svg: the SVG has 50,001 elements; leaflet draws at most 50,000',
    ]);
  });

  it('is refused past 10 MB before it is parsed', async () => {
    // Not even valid SVG: it is never parsed.
    const { messages } = await loadSvg(`<svg>${' '.repeat(svgLimit.bytes)}`);
    expect(messages).toEqual(['7:1 error too-large: picture.svg: the SVG is 10.1 MB; leaflet reads at most 10 MB']);
  });
});
