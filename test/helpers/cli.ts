// Runs the compiled command line as a user would, capturing its output and exit code.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { root } from './build.js';

/** The command line as it is installed: the bundle (src/bundle.js, run by `npm test`), not the compiled modules. */
export const cliPath = path.join(root, 'dist', 'bundle', 'cli.js');

/**
 * Node's arguments to run the command line with `args` in a test. V8 compiles it with its baseline compiler
 * alone: a test's command runs for about a second, too short for the optimising compiler to pay back the
 * core it takes in the background, and the tests keep every core busy. What the command does is the same.
 * `before` goes ahead of the command line (`--import` of a hook).
 */
export function cliArgs(args: string[], before: string[] = []): string[] {
  return ['--max-opt=1', ...before, cliPath, ...args];
}

/** Runs `leaflet` with `args`; its messages are in English unless `env` asks otherwise (`LEAFLET_MESSAGES`). */
export function leaflet(args: string[], cwd = root, env: NodeJS.ProcessEnv = {}) {
  const run = spawnSync(process.execPath, cliArgs(args), { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', LEAFLET_MESSAGES: 'en', ...env } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
