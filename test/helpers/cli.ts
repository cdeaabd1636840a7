// Runs the compiled command line as a user would, capturing its output and exit code.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { root } from './build.js';

/** The command line as it is installed: the bundle (src/bundle.js, run by `npm test`), not the compiled modules. */
export const cliPath = path.join(root, 'dist', 'bundle', 'cli.js');

/** Runs `leaflet` with `args`; its messages are in English unless `env` asks otherwise (`LEAFLET_MESSAGES`). */
export function leaflet(args: string[], cwd = root, env: NodeJS.ProcessEnv = {}) {
  const run = spawnSync(process.execPath, [cliPath, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', LEAFLET_MESSAGES: 'en', ...env } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
