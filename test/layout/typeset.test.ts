import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, fixtures, designBrand } from '../helpers/build.js';
import { footnoteOnlyLines, halvedAtLineEnd, glyphLines, glyphPositions, markPairs, spacedLatinLines, spreadLines, type Glyph } from '../helpers/glyphs.js';
import { textLines } from '../helpers/pdf.js';
import type { PrintRequest } from '../../src/print/print-settings.js';

const mixed = path.join(fixtures, 'typeset', 'mixed.md');
const samples = ['stem-cells-and-scleroderma.md', 'autologous-stem-cell-transplant.md', 'mesenchymal-stem-cells-two-cases.md'].map((name) =>
  path.join(fixtures, 'samples', name),
);
const formats: [string, PrintRequest, number][] = [
  ['A4', {}, 10.5],
  ['A5', { format: 'A5' }, 10.5],
  ['large print', { largePrint: true }, 14],
];
const cases = [...samples, mixed].flatMap((file) => formats.map(([name, print, body]) => [path.basename(file), name, print, body, file] as const));

describe.each(cases)('%s in %s', (_name, _format, print, body, file) => {
  it('never spaces out a Latin word or number, compresses mark pairs, and keeps footnote marks with their word', async () => {
    const built = await build(file, { print });
    const lines = glyphLines(await glyphPositions(built.bytes!));
    expect(spacedLatinLines(lines)).toEqual([]);
    const pairs = markPairs(lines);
    expect(pairs.filter((pair) => pair.em > 0.6)).toEqual([]);
    expect(footnoteOnlyLines(lines, body)).toEqual([]);
    if (file === mixed) expect(pairs.length).toBeGreaterThanOrEqual(8);
  });
});

describe('a paragraph’s end in a narrow column', () => {
  it('brings a character down to a last line of one only while the line before stays set close', async () => {
    // On a tri-fold panel, `造血干细胞，与血液和免疫细胞有关。` ends with `关。` alone; bringing down `胞有` too would
    // open the line before by a quarter em between characters. `有` alone comes down.
    const built = await build(samples[0]!, { print: { layout: 'trifold' } });
    const lines = glyphLines(await glyphPositions(built.bytes!));
    expect(spreadLines(lines, 0.2)).toEqual([]);
    const texts = lines.map((line) => line.map((g) => g.char).join(''));
    expect(texts).toContain('有关。');
  });
});

/** The body paragraphs of the mixed fixture, as Markdown gives them: no front matter, headings or footnotes. */
async function mixedParagraphs(): Promise<string[]> {
  const source = await readFile(mixed, 'utf8');
  return source
    .split('---')
    .at(-1)!
    .split('\n\n')
    .map((p) => p.trim())
    .filter((p) => p && !p.startsWith('#') && !p.startsWith('[^'))
    .map((p) => p.replace(/\[\^\w+\]/g, ''));
}

/** The glyph lines of the paragraph that starts with `start`: every line up to the next wider gap. */
function paragraphLines(lines: Glyph[][], start: string): Glyph[][] {
  const first = lines.findIndex((l) => chars(l).startsWith(start));
  const out = [lines[first]!];
  for (const line of lines.slice(first + 1)) {
    const step = out.length > 1 ? out[1]![0]!.top - out[0]![0]!.top : 2 * line[0]!.size;
    if (line[0]!.page !== out[0]![0]!.page || line[0]!.top - out.at(-1)![0]!.top > step * 1.1) break;
    out.push(line);
  }
  return out;
}

const chars = (line: Glyph[]) => line.map((g) => g.char).join('');

describe.each(formats)('the mixed leaflet in %s', (_format, print) => {
  it('ends every full line flush, and holds the characters of its source in order, with no space added', async () => {
    const built = await build(mixed, { ...(await designBrand()), print });
    const lines = glyphLines(await glyphPositions(built.bytes!));
    const text = (await textLines(built.bytes!)).map((l) => l.text).join(' ');
    for (const source of await mixedParagraphs()) {
      const found = paragraphLines(lines, source.slice(0, 4));
      // The end of a line's last character; a closing mark that ends a line is set half width.
      const right = (line: Glyph[]) => {
        const last = line.filter((g) => g.char.trim() !== '').at(-1)!;
        return last.end - (halvedAtLineEnd.includes(last.char) ? last.size / 2 : 0);
      };
      const edge = Math.max(...found.map(right));
      for (const line of found.slice(0, -1)) expect(Math.abs(right(line) - edge), chars(line)).toBeLessThanOrEqual(0.5);
      // The drawn characters are the source's, in order: the footnote numbers after their word aside, and a
      // space only where the source has one (a line break may take it).
      const drawn = found.map((line) => chars(line).replace(/ +$/, '')).join('\n');
      expect(drawn.replace(/(?<=[\u4e00-\u9fff。])\d(?=[。，；]|$)/gm, '').replace(/[ \n]/g, ''), 'characters').toBe(source.replace(/ /g, ''));
      expect(drawn.match(/ /g)?.length ?? 0).toBeLessThanOrEqual(source.match(/ /g)?.length ?? 0);
      for (const between of drawn.match(/[\u3000-\u9fff] [\u3000-\u9fff]/g) ?? []) expect(source, between).toContain(between);
      // pdf.js reads the words of the source apart as the source has them.
      for (const phrase of source.match(/[A-Za-z]+(?: [A-Za-z]+)+/g) ?? []) expect(text, phrase).toContain(phrase);
    }
  });
});

describe('crops for review', () => {
  // For a person to look at, next to a browser's print of the same text: written to out/review/, which git ignores.
  it('writes the first text block of the mixed leaflet at 300 dpi in A4, A5 and large print', async () => {
    const { loadImage } = await import('@napi-rs/canvas');
    const { mkdir, writeFile } = await import('node:fs/promises');
    const { renderPage } = await import('../helpers/pdf.js');
    const { root } = await import('../helpers/build.js');
    const folder = path.join(root, 'out', 'review');
    await mkdir(folder, { recursive: true });
    for (const [name, print] of formats) {
      const built = await build(mixed, { ...(await designBrand()), print });
      // The band below the header, where the body starts: the upper middle of the page.
      const page = await renderPage(built.bytes!, 1, 300 / 72, { top: 0.25, height: 0.3 });
      const file = path.join(folder, `typeset-mixed-${name.replace(' ', '-')}.png`);
      await writeFile(file, await page.png());
      expect((await loadImage(file)).width).toBe(page.width);
    }
  });
});
