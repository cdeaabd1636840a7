// What the command line loads: `check` of a handout measures it and loads no renderer; after a build, not even the fonts.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtures, root, tempDir } from '../helpers/build.js';
import { cliPath } from '../helpers/cli.js';

const hook = path.join(root, 'dist', 'test', 'helpers', 'module-log.js');
/** A handout with tables too wide for their column: the checks measure its text with the fonts. */
const handout = path.join(fixtures, 'rules', 'wide-table', 'leaflet.md');
const renderer = /\/node_modules\/(react|react-dom|react-reconciler|scheduler|@react-pdf\/[^/]+|yoga-layout|pdfkit)\/|\/(react-pdf-hooks|page-layout|textkit)\.js$/;
const fontLibrary = /\/node_modules\/fontkit\//;

/** The URLs of the modules that `leaflet <args>` loaded, how it ended and what it reported. */
async function modulesOf(args: string[]): Promise<{ code: number | null; stderr: string; modules: string[] }> {
  const log = path.join(await tempDir(), 'modules.txt');
  const run = spawnSync(process.execPath, ['--import', hook, cliPath, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', LEAFLET_MESSAGES: 'en', LEAFLET_MODULE_LOG: log },
  });
  return { code: run.status, stderr: run.stderr, modules: readFileSync(log, 'utf8').split('\n').filter(Boolean) };
}

describe('leaflet check', () => {
  it('measures a handout without a renderer; build loads one; after a build, check reads the fonts from the cache', async () => {
    const out = await tempDir();
    const checked = await modulesOf(['check', '--out', out, handout]);
    expect(checked.code).toBe(0);
    // It did read and measure the leaflet: the tables are too wide for their column, in the font's widths.
    expect(checked.stderr).toContain('[wide-table]');
    expect(checked.modules.some((url) => fontLibrary.test(url))).toBe(true);
    expect(checked.modules.filter((url) => renderer.test(url))).toEqual([]);

    const built = await modulesOf(['build', '--out', out, handout]);
    expect(built.code).toBe(0);
    expect(built.modules.some((url) => url.includes('/node_modules/@react-pdf/renderer/'))).toBe(true);
    expect(built.modules.some((url) => url.includes('/node_modules/react/'))).toBe(true);
    expect(built.modules.some((url) => url.endsWith('/page-layout/page-layout.js'))).toBe(true);

    // The build kept the brand as checked and the fonts' facts: the same report, without the font library.
    const again = await modulesOf(['check', '--out', out, handout]);
    expect(again.code).toBe(0);
    expect(again.stderr).toBe(checked.stderr);
    expect(again.modules.filter((url) => renderer.test(url) || fontLibrary.test(url))).toEqual([]);
  });
});
