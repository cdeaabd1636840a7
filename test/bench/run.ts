// `npm run bench`: prints figures for speed, size, memory and typesetting quality. Figures, not pass/fail.
import { spawnSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Line } from '../helpers/pdf.js';

// As in the command line: React's development build is far slower, so set this before anything loads it.
process.env.NODE_ENV ??= 'production';
const { closing, opening } = await import('../../src/layout/line-break.js');
const { build, brandFile, root, tempDir } = await import('../helpers/build.js');
const { loadBrand } = await import('../../src/brand/load-brand.js');
const { buildLeaflet } = await import('../../src/pipeline/build-leaflet.js');
const { textLines } = await import('../helpers/pdf.js');
const { longVariant, manyLeaflets, sample } = await import('./fixtures.js');
const { header, leafletProcess, mb, median, medianOf, ms, row, runs, seconds } = await import('./stats.js');
const { watchLatency } = await import('./watch-latency.js');

function badLines(lines: Line[]): number {
  return lines.filter((l) => {
    const t = l.text.trim();
    return t.length > 1 && (closing.includes(t[0]!) || opening.includes(t.at(-1)!));
  }).length;
}

async function singleLeaflet(variants: [string, string][]) {
  const out = await tempDir();
  const warm: Record<string, number> = {};
  const whole: Record<string, number> = {};
  for (const [name, file] of variants) {
    const processes = Array.from({ length: runs }, () => leafletProcess(['build', file, '--out', out, '--force']));
    whole[name] = median(processes.map((r) => r.ms));
    row(`whole process, one leaflet (${name})`, seconds(whole[name]), name === 'sample' ? '≤ 0.6 s' : '');
    row(`  peak RSS of that process (${name})`, mb(median(processes.map((r) => r.peakRss))));
  }
  const checks = Array.from({ length: runs }, () => leafletProcess(['check', variants[0]![1]]));
  row('`leaflet check`, one leaflet (sample), whole process', seconds(median(checks.map((r) => r.ms))), '≤ 0.3 s');
  row('  cost of the 10× variant over ×1 (whole process)', `${(whole['10× longer']! / whole.sample!).toFixed(1)}×`, '≤ 10×');
  const brand = await loadBrand(brandFile, root);
  for (const [name, file] of variants) {
    const render = () => buildLeaflet(file, 'warm', { brand, outDir: out, root });
    // The first renders run while the JIT compiler is still at work; the sample needs about twenty.
    for (let i = 0; i < (name === 'sample' ? 20 : 5); i += 1) await render();
    warm[name] = await medianOf(runs + 2, render);
    row(`warm render in one process (${name})`, ms(warm[name]), name === 'sample' ? '≤ 60 ms' : '');
  }
  const ratio = warm['10× longer']! / warm.sample!;
  row('  cost of the 10× variant over ×1 (warm render)', `${ratio.toFixed(1)}×`, '≤ 10×');
  for (const [name, file] of variants) {
    const bytes = (await build(file, { outDir: out })).bytes!;
    row(`PDF size (${name})`, `${(bytes.length / 1024).toFixed(0)} KB`, name === 'sample' ? '≤ 120 KB' : '');
    const lines = await textLines(bytes);
    row(`lines opening/ending with wrong punctuation (${name}, ${Math.max(...lines.map((l) => l.page))} pp)`, String(badLines(lines)), '0');
  }
}

async function batch(count: number) {
  const dir = await manyLeaflets(count);
  const cold: number[] = [];
  const peak: number[] = [];
  const batchRuns = Math.min(runs, 3);
  for (let i = 0; i < batchRuns; i += 1) {
    await rm(path.join(dir, 'out'), { recursive: true, force: true });
    const run = leafletProcess(['build'], dir);
    cold.push(run.ms);
    peak.push(run.peakRss);
  }
  row(`${count} leaflets in one \`leaflet build\`, cold cache`, seconds(median(cold)), '≤ 5 s');
  row('  peak RSS of that process (workers included)', mb(median(peak)));
  const unchanged = Array.from({ length: runs }, () => leafletProcess(['build'], dir));
  row(`no-change rebuild of ${count}`, seconds(median(unchanged.map((r) => r.ms))), '≤ 0.5 s');
  row('  peak RSS of that process', mb(median(unchanged.map((r) => r.peakRss))));
}

async function watching(variants: [string, string][]) {
  for (const [name, file] of variants) {
    row(`watch: save → rebuilt PDF (${name})`, ms(await watchLatency(file, runs)), name === 'sample' ? '≤ 150 ms' : '');
  }
}

/** Runs a bench script in a child process of its own and returns what it prints as JSON. */
function child<T>(script: string, flags: string[] = [], env: NodeJS.ProcessEnv = {}): T {
  const run = spawnSync(process.execPath, [...flags, path.join(import.meta.dirname, script)], { encoding: 'utf8', env: { ...process.env, ...env } });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as T;
}

function memory() {
  type After = Record<'20' | '200', { rss: number; heap: number }>;
  const after = child<After>('memory.js', ['--expose-gc']);
  row('RSS after 20 warm renders (sample)', mb(after['20'].rss));
  row('RSS after 200 warm renders (sample)', mb(after['200'].rss), `≤ ${mb(after['20'].rss * 1.1)} (+10%)`);
  row('  JS heap after 20 → after 200', `${mb(after['20'].heap)} → ${mb(after['200'].heap)}`);
  const oneArena = child<After>('memory.js', ['--expose-gc'], { MALLOC_ARENA_MAX: '1' });
  row('  RSS after 20 → 200, with MALLOC_ARENA_MAX=1', `${mb(oneArena['20'].rss)} → ${mb(oneArena['200'].rss)}`);
}

/** Chinese typesetting over the samples and the mixed test leaflet: faults that should stay at 0. */
async function typesetting() {
  const { footnoteOnlyLines, glyphLines, glyphPositions, markPairs, shortLastLines, spacedLatinLines } = await import('../helpers/glyphs.js');
  const files = ['stem-cells-and-scleroderma', 'autologous-stem-cell-transplant', 'mesenchymal-stem-cells-two-cases'].map((n) => path.join(root, 'test', 'fixtures', 'samples', `${n}.md`));
  files.push(path.join(root, 'test', 'fixtures', 'typeset', 'mixed.md'));
  for (const file of files) {
    const lines = glyphLines(await glyphPositions((await build(file)).bytes!));
    const pairs = markPairs(lines);
    const faults = [spacedLatinLines(lines).length, pairs.filter((p) => p.em > 0.6).length, footnoteOnlyLines(lines, 10.5).length, shortLastLines(lines).length];
    row(`typesetting (${path.basename(file, '.md')}): letter-spaced Latin lines / wide mark pairs (of ${pairs.length}) / lone footnote marks / short last lines`, faults.join(' / '), '0 / 0 / 0 / 0');
  }
}

/** What the copyfit costs: a warm build with it against one in the design's own sizes, and the fills it reaches. */
async function copyfitCost() {
  const { numberedLeaflet } = await import('../helpers/leaflets.js');
  const { writeFile } = await import('node:fs/promises');
  const dir = await tempDir();
  const files = ['stem-cells-and-scleroderma', 'autologous-stem-cell-transplant'].map((n) => path.join(root, 'test', 'fixtures', 'samples', `${n}.md`));
  for (const count of [10, 30, 60]) {
    const file = path.join(dir, `${count}-paragraphs.md`);
    await writeFile(file, numberedLeaflet(count));
    files.push(file);
  }
  const fitted = await loadBrand(brandFile, root);
  const plain = { ...fitted, brand: { ...fitted.brand!, copyfit: { ...fitted.brand!.copyfit, enabled: false } } };
  for (const file of files) {
    const name = path.basename(file, '.md');
    const time = async (brand: typeof fitted) => {
      const render = () => buildLeaflet(file, 'fit', { brand, outDir: dir, root });
      for (let i = 0; i < 3; i += 1) await render();
      return medianOf(runs, render);
    };
    const [on, off] = [await time(fitted), await time(plain)];
    const fills = (await buildLeaflet(file, 'fit', { brand: fitted, outDir: dir, root })).fills ?? [];
    row(`copyfit (${name}): warm build with it / without, page fills`, `${ms(on)} / ${ms(off)} (${(on / off).toFixed(1)}×), ${fills.map((f) => f.toFixed(2)).join(' ')}`, '≤ 5 renders');
  }
}

function fonts() {
  for (const [step, time] of Object.entries(child<Record<string, number>>('font-load.js'))) row(`font loading: ${step}`, ms(time));
}

async function main() {
  const variants: [string, string][] = [['sample', sample], ['10× longer', await longVariant()]];
  console.log(`${runs} runs each (BENCH_RUNS), load average ${(await import('node:os')).loadavg()[0]!.toFixed(1)} at the start\n`);
  header();
  await singleLeaflet(variants);
  await batch(50);
  await watching(variants);
  memory();
  fonts();
  await typesetting();
  await copyfitCost();
}

await main();
