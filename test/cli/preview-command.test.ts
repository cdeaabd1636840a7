import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { cliArgs, cliEnv, leaflet } from '../helpers/cli.js';
import { leafletText, makeProject } from '../helpers/project.js';

/** Runs `leaflet preview` in a project until its address shows, then calls `use` and stops it with Ctrl-C. */
function preview(cwd: string, args: string[], use: (url: string) => Promise<void>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, cliArgs(['preview', ...args]), { cwd, env: cliEnv() });
    let stdout = '';
    let stderr = '';
    let started = false;
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const url = /preview at (http:\S+)/.exec(stdout)?.[1];
      if (!url || started) return;
      started = true;
      use(url).then(() => child.kill('SIGINT'), (cause) => {
        child.kill('SIGKILL');
        reject(cause);
      });
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe('leaflet preview', { timeout: 40_000 }, () => {
  it('prints its local address, serves the leaflets, and exits 0 on Ctrl-C', async () => {
    const project = await makeProject({ a: leafletText('甲', '正文。') });
    let titles: string[] = [];
    const run = await preview(project.dir, ['--port', '0'], async (url) => {
      const list = (await (await fetch(`${url}api/leaflets`)).json()) as { leaflets: { title: string }[] };
      titles = list.leaflets.map((l) => l.title);
    });
    expect(run.stdout).toMatch(/preview at http:\/\/127\.0\.0\.1:\d+\//);
    expect(titles).toEqual(['甲']);
    expect(run.code).toBe(0);
  });

  it('exits 1 with a message when the port is taken', async () => {
    const project = await makeProject({ a: leafletText('甲', '正文。') });
    const busy = createServer();
    const port = await new Promise<number>((resolve) => busy.listen(0, '127.0.0.1', () => resolve((busy.address() as { port: number }).port)));
    try {
      const run = await preview(project.dir, ['--port', String(port)], async () => undefined);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`port ${port} is in use`);
    } finally {
      busy.close();
    }
  });

  it('exits 2 on a port that is not a number', async () => {
    const run = await leaflet(['preview', '--port', 'http']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--port expects a port number from 0 to 65535, not 'http'");
  });
});
