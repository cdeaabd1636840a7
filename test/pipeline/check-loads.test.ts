// What the command line loads: `check` of a handout measures it and loads no renderer; after a build, not even the fonts.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixtures, root, tempDir } from '../helpers/build.js';
import { cliArgs, cliEnv } from '../helpers/cli.js';

const hook = path.join(root, 'dist', 'test', 'helpers', 'module-log.js');
/** A handout with tables too wide for their column: the checks measure its text with the fonts. */
const handout = path.join(fixtures, 'rules', 'wide-table', 'leaflet.md');
const fontLibrary = /\/node_modules\/fontkit\//;
/** What a file of the command line's bundle holds: esbuild names each module it took in, in a comment. */
const bundled = (url: string, module: string) => url.includes('/dist/bundle/') && readFileSync(fileURLToPath(url), 'utf8').includes(`\n// ${module}`);
/** A module of the renderer: react-pdf, React, Yoga or pdfkit where Node loads them, or a file of the bundle that holds them. */
const isRenderer = (url: string) =>
  /\/node_modules\/(react|react-dom|react-reconciler|scheduler|@react-pdf\/[^/]+|yoga-layout|pdfkit)\/|\/(react-pdf-hooks|page-layout|textkit)\.js$/.test(url) ||
  ['node_modules/@react-pdf/', 'node_modules/react/', 'node_modules/yoga-layout/', 'node_modules/pdfkit/', 'src/layout/page-layout/'].some((module) => bundled(url, module));
/**
 * The bundle's fontkit without its Brotli decoder (for WOFF2 fonts), pdfkit without its ciphers (for encrypted
 * PDFs), and gray-matter without js-yaml and the JavaScript parser it loads, which each sets up as it loads. (The
 * checks' own fontkit, which Node loads where it measures a font, has its decoder.)
 */
const isUnused = (url: string) =>
  /\/node_modules\/(@noble\/ciphers|js-yaml|esprima)\//.test(url) || ['node_modules/brotli/', 'node_modules/@noble/ciphers/', 'node_modules/js-yaml/', 'node_modules/esprima/'].some((module) => bundled(url, module));

/** The URLs of the modules that `leaflet <args>` loaded, how it ended and what it reported. */
async function modulesOf(args: string[]): Promise<{ code: number | null; stderr: string; modules: string[] }> {
  const log = path.join(await tempDir(), 'modules.txt');
  const run = spawnSync(process.execPath, cliArgs(args, ['--import', hook]), {
    cwd: root,
    encoding: 'utf8',
    env: cliEnv({ LEAFLET_MODULE_LOG: log }),
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
    expect(checked.modules.filter(isRenderer)).toEqual([]);

    const built = await modulesOf(['build', '--out', out, handout]);
    expect(built.code).toBe(0);
    expect(built.modules.some((url) => bundled(url, 'node_modules/@react-pdf/renderer/'))).toBe(true);
    expect(built.modules.some((url) => bundled(url, 'node_modules/react/'))).toBe(true);
    expect(built.modules.some((url) => bundled(url, 'src/layout/page-layout/page-layout.js'))).toBe(true);
    // Nor Node's fetch, which Yoga's loader would use to read its own code from a data: URL (about 30 ms).
    expect(built.modules.some((url) => url === 'node:internal/process/pre_execution')).toBe(true);
    expect(built.modules.filter((url) => url.includes('undici'))).toEqual([]);
    // Nor what fontkit, pdfkit and gray-matter would set up at their start for work that leaflet does not do (40 ms).
    expect(built.modules.some((url) => bundled(url, 'node_modules/fontkit/'))).toBe(true);
    expect(built.modules.filter(isUnused)).toEqual([]);

    // The build kept the brand as checked and the fonts' facts: the same report, without the font library.
    const again = await modulesOf(['check', '--out', out, handout]);
    expect(again.code).toBe(0);
    expect(again.stderr).toBe(checked.stderr);
    expect(again.modules.filter((url) => isRenderer(url) || fontLibrary.test(url))).toEqual([]);
  });
});
