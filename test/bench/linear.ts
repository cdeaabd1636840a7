// Bench: cost against length, a leaflet with ten times the sections or ten times the paragraphs, as whole processes.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { tempDir } from '../helpers/build.js';
import { paragraph } from '../helpers/leaflets.js';
import { leafletProcess, mb, median, row, runs, seconds } from './stats.js';

/** A leaflet of `count` sections, each a heading and a paragraph, or of `count` paragraphs alone. */
function longLeaflet(kind: 'sections' | 'paragraphs', count: number): string {
  const blocks = Array.from({ length: count }, (_, i) => (kind === 'sections' ? `## 第${i + 1}节\n\n${paragraph(i + 1)}` : paragraph(i + 1)));
  return `---\ntitle: ${kind === 'sections' ? '分节' : '段落'}\n---\n\n${blocks.join('\n\n')}\n`;
}

/** Time and peak memory of `leaflet build --force` of each leaflet: medians of up to three runs. */
async function measure(files: string[]): Promise<{ ms: number; peakRss: number }[]> {
  const out = await tempDir();
  const results = files.map(() => ({ ms: [] as number[], peakRss: [] as number[] }));
  for (let i = 0; i < Math.min(runs, 3); i += 1) {
    files.forEach((file, j) => {
      const run = leafletProcess(['build', file, '--out', out, '--force']);
      results[j]!.ms.push(run.ms);
      results[j]!.peakRss.push(run.peakRss);
    });
  }
  return results.map((r) => ({ ms: median(r.ms), peakRss: median(r.peakRss) }));
}

/** 100 against 1,000 sections and 300 against 3,000 paragraphs: at most 12× the time and 3× the memory. */
export async function linearCost(): Promise<void> {
  const dir = await tempDir();
  for (const [kind, count] of [['sections', 100], ['paragraphs', 300]] as const) {
    const files = [count, count * 10].map((n) => path.join(dir, `${kind}-${n}.md`));
    await writeFile(files[0]!, longLeaflet(kind, count));
    await writeFile(files[1]!, longLeaflet(kind, count * 10));
    const [small, large] = (await measure(files)) as [{ ms: number; peakRss: number }, { ms: number; peakRss: number }];
    const name = `${count.toLocaleString('en')} → ${(count * 10).toLocaleString('en')} ${kind}`;
    row(`10× the ${kind} (${name}): time`, `${seconds(small.ms)} → ${seconds(large.ms)} = ${(large.ms / small.ms).toFixed(1)}×`, '≤ 12×', large.ms <= 12 * small.ms);
    row(`10× the ${kind} (${name}): peak memory`, `${mb(small.peakRss)} → ${mb(large.peakRss)} = ${(large.peakRss / small.peakRss).toFixed(1)}×`, '≤ 3×', large.peakRss <= 3 * small.peakRss);
  }
}
