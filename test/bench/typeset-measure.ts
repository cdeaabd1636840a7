// Prints a PDF's Chinese typesetting measures: letter-spaced Latin lines, full-width mark pairs, short last lines.
import { readFile } from 'node:fs/promises';
import { footnoteOnlyLines, glyphLines, glyphPositions, markPairs, shortLastLines, spacedLatinLines } from '../helpers/glyphs.js';

for (const file of process.argv.slice(2)) {
  const lines = glyphLines(await glyphPositions(new Uint8Array(await readFile(file))));
  const pairs = markPairs(lines);
  const short = shortLastLines(lines);
  const spaced = spacedLatinLines(lines);
  console.log(`${file}: letter-spaced Latin lines ${spaced.length}, mark pairs ${pairs.length} (wider than 0.6 em: ${pairs.filter((p) => p.em > 0.6).length}), footnote-only lines ${footnoteOnlyLines(lines, 10).length}, short last lines ${short.length}`);
  for (const line of [...spaced, ...short]) console.log(`  ${line.slice(0, 60)}`);
}
