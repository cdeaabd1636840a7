// Bench helpers: medians, timing, the table's rows, and whole-process runs of the command line.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { cliPath } from '../helpers/cli.js';
import { root } from '../helpers/build.js';

export const runs = Number(process.env.BENCH_RUNS ?? 5);

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export async function timed(action: () => unknown): Promise<number> {
  const start = performance.now();
  await action();
  return performance.now() - start;
}

export async function medianOf(count: number, action: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < count; i += 1) times.push(await timed(action));
  return median(times);
}

export const ms = (value: number) => `${value.toFixed(0)} ms`;
export const seconds = (value: number) => `${(value / 1000).toFixed(2)} s`;
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

export function header(): void {
  console.log(`| ${'measure'.padEnd(68)} | ${'measured'.padStart(38)} | ${'target'.padEnd(22)} | ${'met'.padEnd(7)} |`);
  console.log(`|${'-'.repeat(70)}|${'-'.repeat(40)}|${'-'.repeat(24)}|${'-'.repeat(9)}|`);
}

/** A row of the table; `met` when it has a target, whether the measure meets it. */
export function row(name: string, value: string, target = '', met?: boolean): void {
  const verdict = met === undefined ? '' : met ? 'met' : 'not met';
  console.log(`| ${name.padEnd(68)} | ${value.padStart(38)} | ${target.padEnd(22)} | ${verdict.padEnd(7)} |`);
}

/** Runs a command to its end; its wall time. It must succeed. */
export function timedRun(command: string, args: string[], cwd = root): number {
  const start = performance.now();
  const run = spawnSync(command, args, { cwd, encoding: 'utf8' });
  const elapsed = performance.now() - start;
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${run.stderr}`);
  return elapsed;
}

/** Runs the compiled command line as a user would; returns its time and the peak memory of the process. */
export function leafletProcess(args: string[], cwd = root): { ms: number; peakRss: number; stdout: string } {
  const start = performance.now();
  const run = spawnSync(process.execPath, ['--import', path.join(import.meta.dirname, 'peak-rss.js'), cliPath, ...args], { cwd, encoding: 'utf8' });
  const elapsed = performance.now() - start;
  if (run.status !== 0) throw new Error(`leaflet ${args.join(' ')} failed:\n${run.stderr}`);
  const peak = /peak-rss: (\d+)/.exec(run.stderr);
  return { ms: elapsed, peakRss: Number(peak?.[1] ?? 0) * 1024, stdout: run.stdout };
}
