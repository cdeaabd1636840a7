// `leaflet check` of a handout reads, models and measures it, and loads no renderer: neither react-pdf nor React.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtures, root, tempDir } from '../helpers/build.js';
import { cliPath } from '../helpers/cli.js';

const hook = path.join(root, 'dist', 'test', 'helpers', 'module-log.js');
/** A handout with tables too wide for their column: the checks measure its text with the fonts. */
const handout = path.join(fixtures, 'rules', 'wide-table', 'leaflet.md');
const renderer = /\/node_modules\/(react|react-dom|react-reconciler|scheduler|@react-pdf\/[^/]+)\/|\/dist\/src\/layout\/react-pdf\.js$/;

/** The URLs of the modules that `leaflet <args>` loaded, and how it ended. */
async function modulesOf(args: string[]): Promise<{ code: number | null; modules: string[] }> {
  const log = path.join(await tempDir(), 'modules.txt');
  const run = spawnSync(process.execPath, ['--import', hook, cliPath, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', LEAFLET_MODULE_LOG: log },
  });
  return { code: run.status, modules: readFileSync(log, 'utf8').split('\n').filter(Boolean) };
}

describe('leaflet check', () => {
  it('loads no renderer for a handout, while build does', async () => {
    const checked = await modulesOf(['check', handout]);
    expect(checked.code).toBe(0);
    // It did read and measure the leaflet: the Markdown parser and the font library are there.
    expect(checked.modules.some((url) => url.includes('/node_modules/fontkit/'))).toBe(true);
    expect(checked.modules.some((url) => url.includes('/dist/src/render/overflow-check.js'))).toBe(true);
    expect(checked.modules.filter((url) => renderer.test(url))).toEqual([]);

    const built = await modulesOf(['build', '--out', await tempDir(), handout]);
    expect(built.code).toBe(0);
    expect(built.modules.some((url) => url.includes('/node_modules/@react-pdf/renderer/'))).toBe(true);
    expect(built.modules.some((url) => url.includes('/node_modules/react/'))).toBe(true);
  });
});
