// Runs the command line as installed, capturing its output and exit code: in the test's process, or the arguments to start it in its own.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from './build.js';

/** The command line as it is installed: the bundle (src/bundle.js, run by `npm test`), not the compiled modules. */
export const cliPath = path.join(root, 'dist', 'bundle', 'cli.js');

/**
 * Node's arguments to run the command line with `args` as a process of its own, for what only a process shows
 * (what it loads, how it ends when its reader goes away, a server). V8 compiles it with its baseline compiler
 * alone: a test's command runs for about a second, too short for the optimising compiler to pay back the
 * core it takes in the background, and the tests keep every core busy. What the command does is the same.
 * `before` goes ahead of the command line (`--import` of a hook).
 */
export function cliArgs(args: string[], before: string[] = []): string[] {
  return ['--max-opt=1', ...before, cliPath, ...args];
}

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/** The environment of a run, this process's and `env`: messages in English unless `env` asks otherwise (`LEAFLET_MESSAGES`), no colours. */
export const cliEnv = (env: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({ ...process.env, NO_COLOR: '1', LEAFLET_MESSAGES: 'en', ...env });

/**
 * Runs `leaflet` with `args` in this process: the bundle's code as installed (its `cli-main` entry, which the
 * `bin` runs), in `cwd`, with `env` set and its output taken, as a process would have them. A new process
 * would load and compile the command line again for each run: about half a second of CPU each.
 */
export async function leaflet(args: string[], cwd = root, env: NodeJS.ProcessEnv = {}): Promise<Ran> {
  const { main } = (await import(pathToFileURL(path.join(root, 'dist', 'bundle', 'cli-main.js')).href)) as { main(argv: string[]): Promise<number> };
  const saved = { cwd: process.cwd(), env: { ...process.env }, stdout: process.stdout.write, stderr: process.stderr.write };
  const out = { stdout: '', stderr: '' };
  const capture = (name: 'stdout' | 'stderr') =>
    ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      out[name] += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      const done = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
      done?.();
      return true;
    }) as typeof process.stdout.write;
  process.chdir(cwd);
  Object.assign(process.env, cliEnv(env));
  process.stdout.write = capture('stdout');
  process.stderr.write = capture('stderr');
  try {
    const code = await main(args);
    return { code, ...out };
  } finally {
    process.stdout.write = saved.stdout;
    process.stderr.write = saved.stderr;
    process.chdir(saved.cwd);
    for (const key of Object.keys(process.env)) if (!(key in saved.env)) delete process.env[key];
    Object.assign(process.env, saved.env);
  }
}
