// Measures a PDF's Chinese typesetting: letter-spaced Latin runs, full-width mark pairs, short last lines.
import { readFile } from 'node:fs/promises';
import { glyphLines, glyphPositions, type Glyph } from '../helpers/glyphs.js';

const fullWidth = '，。、；：？！）》」』】〕〉”’（《「『【〔〈“‘';
const latin = /[A-Za-z0-9]/;

export interface TypesetMeasures {
  /** Lines where two adjacent Latin letters or digits are further apart than their advance. */
  spacedLatinLines: string[];
  /** Adjacent full-width mark pairs and how far the first advances, in em. */
  pairs: { text: string; em: number }[];
}

export function measure(glyphs: Glyph[]): TypesetMeasures {
  const spacedLatinLines: string[] = [];
  const pairs: { text: string; em: number }[] = [];
  for (const line of glyphLines(glyphs)) {
    const text = line.map((g) => g.char).join('');
    let spaced = false;
    // Kerning moves a few pairs: a run is spaced out when its gaps open on average.
    let run: number[] = [];
    const endRun = () => {
      if (run.length > 0 && run.reduce((a, b) => a + b, 0) / run.length > 0.15) spaced = true;
      run = [];
    };
    for (let i = 0; i + 1 < line.length; i += 1) {
      const [a, b] = [line[i]!, line[i + 1]!];
      if (latin.test(a.char) && latin.test(b.char) && a.size === b.size && b.x - a.end < a.size) run.push(b.x - a.end);
      else endRun();
      if (fullWidth.includes(a.char) && fullWidth.includes(b.char)) pairs.push({ text: a.char + b.char, em: (b.x - a.x) / a.size });
    }
    endRun();
    if (spaced) spacedLatinLines.push(text);
  }
  return { spacedLatinLines, pairs };
}

if (process.argv[1]?.endsWith('typeset-measure.js')) {
  for (const file of process.argv.slice(2)) {
    const m = measure(await glyphPositions(new Uint8Array(await readFile(file))));
    console.log(file, 'spaced Latin lines:', m.spacedLatinLines.length, 'pairs:', m.pairs.length, 'pairs > 0.6 em:', m.pairs.filter((p) => p.em > 0.6).length);
    for (const l of m.spacedLatinLines) console.log('  spaced:', l.slice(0, 60));
    for (const p of m.pairs) console.log('  pair', p.text, p.em.toFixed(2));
  }
}
