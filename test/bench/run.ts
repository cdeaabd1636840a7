// `npm run bench`: prints figures for speed, size and typesetting quality. Figures, not pass/fail.
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Line } from '../helpers/pdf.js';

// As in the command line: React's development build is far slower, so set this before anything loads it.
process.env.NODE_ENV ??= 'production';
const { closing, opening } = await import('../../src/typeset/line-break.js');
const { build, root, tempDir } = await import('../helpers/build.js');
const { cliPath } = await import('../helpers/cli.js');
const { textLines } = await import('../helpers/pdf.js');

const sample = path.join(root, 'leaflets', 'stem-cells-and-scleroderma.md');
const runs = Number(process.env.BENCH_RUNS ?? 5);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function row(name: string, value: string, target = '') {
  console.log(`| ${name.padEnd(52)} | ${value.padStart(12)} | ${target.padEnd(10)} |`);
}

/** A leaflet ten times longer than the sample: its body repeated. */
async function longVariant(): Promise<string> {
  const text = await readFile(sample, 'utf8');
  const [, front, body] = text.split(/^---$/m);
  const file = path.join(await tempDir(), 'long.md');
  await writeFile(file, `---${front}---\n${Array.from({ length: 10 }, () => body).join('\n')}`);
  return file;
}

function badLines(lines: Line[]): number {
  return lines.filter((l) => {
    const t = l.text.trim();
    return t.length > 1 && (closing.includes(t[0]!) || opening.includes(t.at(-1)!));
  }).length;
}

async function main() {
  const long = await longVariant();
  const out = await tempDir();
  console.log(`| ${'measure'.padEnd(52)} | ${'median'.padStart(12)} | ${'target'.padEnd(10)} |`);
  console.log(`|${'-'.repeat(54)}|${'-'.repeat(14)}|${'-'.repeat(12)}|`);
  for (const [name, file] of [['sample', sample], ['10× longer', long]] as const) {
    const times: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const start = performance.now();
      const run = spawnSync(process.execPath, [cliPath, 'build', file, '--out', out], { cwd: root });
      if (run.status !== 0) throw new Error(String(run.stderr));
      times.push(performance.now() - start);
    }
    row(`whole process, one leaflet (${name})`, `${(median(times) / 1000).toFixed(2)} s`, name === 'sample' ? '≤ 0.6 s' : '');
  }
  const warm: number[] = [];
  let bytes: Buffer | undefined;
  for (let i = 0; i < runs + 2; i += 1) {
    const start = performance.now();
    bytes = (await build(sample, { outDir: out })).bytes;
    if (i >= 2) warm.push(performance.now() - start);
  }
  row('warm render in one process (sample)', `${median(warm).toFixed(0)} ms`, '≤ 60 ms');
  row('PDF size (sample, with back matter)', `${(bytes!.length / 1024).toFixed(0)} KB`, '≤ 120 KB');
  const sampleLines = await textLines(bytes!);
  const longLines = await textLines((await build(long, { outDir: out })).bytes!);
  row(`lines opening/ending with wrong punctuation (${Math.max(...sampleLines.map((l) => l.page))} pp)`, String(badLines(sampleLines)), '0');
  row(`lines opening/ending with wrong punctuation (${Math.max(...longLines.map((l) => l.page))} pp)`, String(badLines(longLines)), '0');
}

await main();
