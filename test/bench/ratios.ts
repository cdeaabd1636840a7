// Bench: everyday commands as whole processes, against a bare Node start and one typst run of the same leaflet.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { cliPath } from '../helpers/cli.js';
import { root, tempDir } from '../helpers/build.js';
import { manyLeaflets, sample } from './fixtures.js';
import { median, row, runs, seconds, timedRun } from './stats.js';
import { typstBinding, typstJob } from './typst.js';

type Command = [string, string[], string?];

/** Medians of `count` runs of each command, taken in turn so that a busy moment of the machine spreads over all of them. */
async function alternated(commands: Record<string, Command>, count: number, before?: () => Promise<void>): Promise<Record<string, number>> {
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
  for (let i = 0; i < count; i += 1) {
    for (const [name, [command, args, cwd]] of Object.entries(commands)) {
      await before?.();
      times[name]!.push(timedRun(command, args, cwd));
    }
  }
  return Object.fromEntries(Object.entries(times).map(([name, values]) => [name, median(values)]));
}

const ratio = (value: number, base: number) => `${(value / base).toFixed(1)}×`;

/**
 * The issue's table: each command's median, as a multiple of `node -e 0` and of one typst run (the Typst node
 * binding setting the same leaflet's text on A4 in the same faces), with the target and whether it is met.
 */
export async function ratios(): Promise<void> {
  const node = process.execPath;
  const leaflet = (...args: string[]): Command => [node, [cliPath, ...args]];
  const out = await tempDir();
  const typst = typstBinding() ? await typstJob(sample) : undefined;
  const commands: Record<string, Command> = {
    node: [node, ['-e', '0']],
    ...(typst ? { typst: [node, [path.join(import.meta.dirname, 'typst-run.js'), ...typst]] as Command } : {}),
    build: leaflet('build', sample, '--out', out, '--force'),
    check: leaflet('check', sample),
    npm: ['npm', ['run', 'build'], root],
    help: leaflet('--help'),
  };
  timedRun('npm', ['run', 'build']); // the samples in out/ up to date: the runs below change nothing
  const t = await alternated(commands, runs);
  const base = t.node!;
  const typstTime = t.typst;
  const both = (value: number) => `${seconds(value)} = ${ratio(value, base)} node${typstTime ? ` = ${ratio(value, typstTime)} typst` : ''}`;
  const noTypst = 'typst not installed';
  row('`node -e 0`', seconds(base), 'the base');
  row('typst (node binding), the sample, whole process', typstTime ? both(typstTime) : noTypst, 'the base for typst');
  row('`leaflet build` the sample, `--force`, whole process', both(t.build!), '≤ 1.5× typst', typstTime ? t.build! <= 1.5 * typstTime : undefined);
  row('`leaflet check` the sample, whole process', both(t.check!), '≤ 6× node', t.check! <= 6 * base);
  row('`npm run build`, nothing changed', both(t.npm!), '≤ 5× node', t.npm! <= 5 * base);
  row('`leaflet --help`', both(t.help!), 'loads no renderer');
  const project = await manyLeaflets(50);
  const cold = await alternated({ batch: [node, [cliPath, 'build'], project] }, Math.min(runs, 3), () => rm(path.join(project, 'out'), { recursive: true, force: true }));
  row('50 leaflets in one `leaflet build`, cold cache', both(cold.batch!), '≤ 8× typst', typstTime ? cold.batch! <= 8 * typstTime : undefined);
}
