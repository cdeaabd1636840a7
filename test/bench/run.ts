// `npm run bench`: figures for speed, size, memory and typesetting quality, each with its target and whether it is met.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Line } from '../helpers/pdf.js';

// As in the command line: React's development build is far slower, so set this before anything loads it.
process.env.NODE_ENV ??= 'production';
// Every temporary file of the bench, and of the processes it starts, in one folder, removed at its end.
const scratch = mkdtempSync(path.join(os.tmpdir(), 'leaflet-bench-'));
process.env.TMPDIR = scratch;
const { closing, opening } = await import('../../src/layout/line-break.js');
const { build, brandFile, root, tempDir } = await import('../helpers/build.js');
const { loadBrand } = await import('../../src/brand/load-brand.js');
const { buildLeaflet } = await import('../../src/pipeline/build-leaflet.js');
const { textLines } = await import('../helpers/pdf.js');
const { longVariant, manyLeaflets, sample } = await import('./fixtures.js');
const { header, leafletProcess, mb, median, medianOf, ms, row, runs, seconds } = await import('./stats.js');
const { ratios } = await import('./ratios.js');
const { linearCost } = await import('./linear.js');
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
    row(`whole process, one leaflet (${name})`, seconds(whole[name]));
    row(`  peak RSS of that process (${name})`, mb(median(processes.map((r) => r.peakRss))));
  }
  const tenfold = whole['10× longer']! / whole.sample!;
  row('  cost of the 10× variant over ×1 (whole process)', `${tenfold.toFixed(1)}×`, '≤ 10×', tenfold <= 10);
  const brand = await loadBrand(brandFile, root);
  for (const [name, file] of variants) {
    const render = () => buildLeaflet(file, 'warm', { brand, outDir: out, root });
    // The first renders run while the JIT compiler is still at work; the sample needs about twenty.
    for (let i = 0; i < (name === 'sample' ? 20 : 5); i += 1) await render();
    warm[name] = await medianOf(runs + 2, render);
    if (name === 'sample') row(`warm render in one process (${name})`, ms(warm[name]), '≤ 60 ms', warm[name] <= 60);
    else row(`warm render in one process (${name})`, ms(warm[name]));
  }
  const ratio = warm['10× longer']! / warm.sample!;
  row('  cost of the 10× variant over ×1 (warm render)', `${ratio.toFixed(1)}×`, '≤ 10×', ratio <= 10);
  for (const [name, file] of variants) {
    const bytes = (await build(file, { outDir: out })).bytes!;
    const kb = bytes.length / 1024;
    if (name === 'sample') row(`PDF size (${name})`, `${kb.toFixed(0)} KB`, '≤ 120 KB', kb <= 120);
    else row(`PDF size (${name})`, `${kb.toFixed(0)} KB`);
    const lines = await textLines(bytes);
    const bad = badLines(lines);
    row(`lines opening/ending with wrong punctuation (${name}, ${Math.max(...lines.map((l) => l.page))} pp)`, String(bad), '0', bad === 0);
  }
}

/** The no-change rebuild of a batch (its cold build is in the ratio table). */
async function unchanged(count: number) {
  const dir = await manyLeaflets(count);
  leafletProcess(['build'], dir);
  const again = Array.from({ length: runs }, () => leafletProcess(['build'], dir));
  const time = median(again.map((r) => r.ms));
  row(`no-change rebuild of ${count}`, seconds(time), '≤ 0.5 s', time <= 500);
  row('  peak RSS of that process', mb(median(again.map((r) => r.peakRss))));
}

async function watching(variants: [string, string][]) {
  for (const [name, file] of variants) {
    const time = await watchLatency(file, runs);
    if (name === 'sample') row(`watch: save → rebuilt PDF (${name})`, ms(time), '≤ 150 ms', time <= 150);
    else row(`watch: save → rebuilt PDF (${name})`, ms(time));
  }
  // The preview rebuilds the phone edition's PDF too, and draws its image only when it is downloaded.
  const preview = await watchLatency(variants[0]![1], runs, { phone: true, phoneImage: false });
  row(`preview: save → rebuilt PDF and phone PDF (${variants[0]![0]})`, ms(preview));
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
  row('RSS after 200 warm renders (sample)', mb(after['200'].rss), `≤ ${mb(after['20'].rss * 1.1)} (+10%)`, after['200'].rss <= after['20'].rss * 1.1);
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
    row(`typesetting (${path.basename(file, '.md')}): letter-spaced Latin lines / wide mark pairs (of ${pairs.length}) / lone footnote marks / short last lines`, faults.join(' / '), '0 / 0 / 0 / 0', faults.every((n) => n === 0));
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
    row(`copyfit (${name}): warm build with it / without, page fills`, `${ms(on)} / ${ms(off)} (${(on / off).toFixed(1)}×), ${fills.map((f) => f.toFixed(2)).join(' ')}`, '≤ 5 renders', on / off <= 5);
  }
}

function fonts() {
  for (const [step, time] of Object.entries(child<Record<string, number>>('font-load.js'))) row(`font loading: ${step}`, ms(time));
}

/** `npm test` as a developer runs it, compile included: at most 90 s. BENCH_TESTS=0 leaves it out. */
function testSuite() {
  if (process.env.BENCH_TESTS === '0') {
    row('`npm test`', 'not run (BENCH_TESTS=0)', '≤ 90 s');
    return;
  }
  const start = performance.now();
  const run = spawnSync('npm', ['test'], { cwd: root, encoding: 'utf8' });
  const time = performance.now() - start;
  // Its time says how long it takes, whether or not every test passes: the failures are named beside it.
  const failed = /Tests\s+(\d+) failed/.exec(run.stdout.replace(/\x1b\[[0-9;]*m/g, ''))?.[1];
  row('`npm test`', `${seconds(time)}${run.status === 0 ? '' : ` (${failed ?? 'some'} tests failed)`}`, '≤ 90 s', time <= 90_000);
}

async function main() {
  const variants: [string, string][] = [['sample', sample], ['10× longer', await longVariant()]];
  console.log(`${runs} runs each (BENCH_RUNS), load average ${(await import('node:os')).loadavg()[0]!.toFixed(1)} at the start\n`);
  header();
  await ratios();
  await singleLeaflet(variants);
  await linearCost();
  await unchanged(50);
  await watching(variants);
  memory();
  fonts();
  await typesetting();
  await copyfitCost();
  testSuite();
}

try {
  await main();
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
