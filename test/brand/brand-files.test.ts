// The brand's logo and fallback fonts stay inside the project: each way out is refused at its key, and nothing outside is opened.
import { copyFile, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadBrand } from '../../src/brand/load-brand.js';
import { formatFile } from '../../src/diagnostics/format.js';
import { brandFile, tempDir } from '../helpers/build.js';
import { tinyPng } from '../helpers/project.js';
import { forget, opened, touched, within } from '../helpers/fs-log.js';

vi.mock('node:fs', async (importOriginal) => (await import('../helpers/fs-log.js')).recordingFs(await importOriginal<object>()));
vi.mock('node:fs/promises', async (importOriginal) => (await import('../helpers/fs-log.js')).recordingFs(await importOriginal<object>()));

/**
 * base/project/assets/brand.yaml                 ← the brand under test
 * base/project/assets/link.png  → base/outside/logo.png
 * base/project/node_modules/good-font/font.ttf
 * base/project/node_modules/linked-font → base/outside/linked-font
 * base/node_modules/outside-font/font.ttf        ← installed above the project, not in it
 * base/outside/logo.png, font.ttf, linked-font/font.ttf
 */
let base: string;
let project: string;
let outside: string;
let brandText: string;

beforeAll(async () => {
  base = await tempDir('leaflet-brand-paths-');
  project = path.join(base, 'project');
  outside = path.join(base, 'outside');
  for (const dir of ['project/assets', 'project/node_modules/good-font', 'node_modules/outside-font', 'outside/linked-font']) {
    await mkdir(path.join(base, dir), { recursive: true });
  }
  await copyFile(tinyPng, path.join(outside, 'logo.png'));
  for (const font of ['outside/font.ttf', 'outside/linked-font/font.ttf', 'node_modules/outside-font/font.ttf', 'project/node_modules/good-font/font.ttf']) {
    await writeFile(path.join(base, font), 'not really a font');
  }
  await symlink(path.join(outside, 'logo.png'), path.join(project, 'assets', 'link.png'));
  await symlink(path.join(outside, 'linked-font'), path.join(project, 'node_modules', 'linked-font'));
  brandText = await readFile(brandFile, 'utf8');
});

/** Loads the project's brand file with `lines` added at the top level (a logo) or as the fallback fonts. */
async function brandWith(change: { logo?: string; fonts?: string[] }) {
  let text = brandText;
  if (change.logo) text = text.replace(/^lang: /m, `logo: ${change.logo}\nlang: `);
  if (change.fonts) text = text.replace(/fallback_fonts: \[\].*/, `fallback_fonts:\n${change.fonts.map((font) => `    - ${font}`).join('\n')}`);
  const brandPath = path.join(project, 'assets', 'brand.yaml');
  await writeFile(brandPath, text);
  forget();
  const loaded = await loadBrand(brandPath, project);
  const lines = text.split('\n');
  /** `line:column` of the first line holding `needle`, at the needle. */
  const at = (needle: string) => {
    const line = lines.findIndex((l) => l.includes(needle));
    return `${line + 1}:${lines[line]!.indexOf(needle) + 1}`;
  };
  return { loaded, at, report: formatFile(loaded.file, project).join('\n').split('\n') };
}

function expectNothingOutsideOpened(): void {
  expect(within(touched, outside)).toEqual([]);
  expect(within(touched, path.join(base, 'node_modules'))).toEqual([]);
  expect(within(touched, '/usr')).toEqual([]);
  expect(within(opened, outside)).toEqual([]);
}

describe('the brand logo', () => {
  it('is refused when its path leaves the project', async () => {
    const { loaded, at, report } = await brandWith({ logo: '../../outside/logo.png' });
    expect(loaded.brand).toBeUndefined();
    expect(report[0]).toBe(`assets/brand.yaml:${at('../../outside')}: error: logo '../../outside/logo.png' is outside the project folder [asset-outside-project]`);
    expect(report).toHaveLength(2);
    expectNothingOutsideOpened();
  });

  it('is refused when it is a link out of the project', async () => {
    const { loaded, at, report } = await brandWith({ logo: 'link.png' });
    expect(loaded.brand).toBeUndefined();
    expect(report[0]).toBe(`assets/brand.yaml:${at('link.png')}: error: logo 'link.png' is a link to a file outside the project folder [asset-outside-project]`);
    expectNothingOutsideOpened();
  });
});

describe('a fallback font', () => {
  it('from a file is refused when its path leaves the project', async () => {
    const { loaded, at, report } = await brandWith({ fonts: ['file: ../../outside/font.ttf'] });
    expect(loaded.brand).toBeUndefined();
    expect(report[0]).toBe(`assets/brand.yaml:${at('file: ../../outside')}: error: font '../../outside/font.ttf' is outside the project folder [asset-outside-project]`);
    expectNothingOutsideOpened();
  });

  it('from a package is refused when its path is not inside a package, before anything is looked up', async () => {
    const font = '../../../usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
    const { loaded, at, report } = await brandWith({ fonts: [`package: ${font}`, 'package: /usr/share/fonts/x.ttf', 'package: good-font/../../../outside/font.ttf'] });
    expect(loaded.brand).toBeUndefined();
    expect(report.filter((line) => !line.startsWith('  hint'))).toEqual([
      `assets/brand.yaml:${at(`package: ${font}`)}: error: font package '${font}' is not a path inside an npm package [brand-invalid]`,
      `assets/brand.yaml:${at('package: /usr')}: error: font package '/usr/share/fonts/x.ttf' is not a path inside an npm package [brand-invalid]`,
      `assets/brand.yaml:${at('package: good-font/..')}: error: font package 'good-font/../../../outside/font.ttf' is not a path inside an npm package [brand-invalid]`,
    ]);
    expectNothingOutsideOpened();
  });

  it('from a package must be installed in the project, not above it or through a link out of it', async () => {
    const { loaded, at, report } = await brandWith({ fonts: ['package: outside-font/font.ttf', 'package: linked-font/font.ttf'] });
    expect(loaded.brand).toBeUndefined();
    expect(report.filter((line) => !line.startsWith('  hint'))).toEqual([
      `assets/brand.yaml:${at('package: outside-font')}: error: font 'outside-font/font.ttf' is not installed [brand-invalid]`,
      `assets/brand.yaml:${at('package: linked-font')}: error: font 'linked-font/font.ttf' is a link to a file outside the project folder [asset-outside-project]`,
    ]);
    expectNothingOutsideOpened();
  });

  it('from a package installed in the project is found in its node_modules', async () => {
    const { loaded, report } = await brandWith({ fonts: ['package: good-font/font.ttf'] });
    expect(report).toEqual(['']);
    expect(loaded.fallbackFonts).toEqual([path.join(project, 'node_modules', 'good-font', 'font.ttf')]);
  });
});
