import { execFileSync } from 'node:child_process';
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBrand, type LoadedBrand } from '../../src/brand/load-brand.js';
import { resolveAsset } from '../../src/source/assets.js';
import { buildModel } from '../../src/model/build-model.js';
import type { Block, Span } from '../../src/model/types.js';
import { brandFile, root as repoRoot, tempDir } from '../helpers/build.js';

let project: string;
let leafletFile: string;
let brand: LoadedBrand;

/**
 * project/                      ← the project folder (root)
 *   images/shared.png
 *   leaflets/x.md               ← the leaflet (not written: only its folder counts)
 *   leaflets/images/photo.png, 图.png
 *   leaflets/escape.png  → ../../outside/secret.png
 *   leaflets/outdir      → ../../outside
 *   leaflets/pipe.png             (a named pipe)
 * outside/secret.png
 */
beforeAll(async () => {
  const base = await tempDir('leaflet-assets-');
  project = path.join(base, 'project');
  const outside = path.join(base, 'outside');
  await mkdir(path.join(project, 'leaflets', 'images'), { recursive: true });
  await mkdir(path.join(project, 'images'), { recursive: true });
  await mkdir(outside, { recursive: true });
  for (const file of ['images/shared.png', 'leaflets/images/photo.png', 'leaflets/images/图.png']) {
    await writeFile(path.join(project, file), 'png');
  }
  await writeFile(path.join(outside, 'secret.png'), 'secret');
  await symlink(path.join(outside, 'secret.png'), path.join(project, 'leaflets', 'escape.png'));
  await symlink(outside, path.join(project, 'leaflets', 'outdir'));
  execFileSync('mkfifo', [path.join(project, 'leaflets', 'pipe.png')]);
  leafletFile = path.join(project, 'leaflets', 'x.md');
  brand = await loadBrand(brandFile, repoRoot);
});

describe('resolveAsset', () => {
  it.each([
    ['images/photo.png', 'leaflets/images/photo.png'],
    ['./images/photo.png', 'leaflets/images/photo.png'],
    ['../images/shared.png', 'images/shared.png'],
    ['images/%E5%9B%BE.png', 'leaflets/images/图.png'],
  ])('finds %s inside the project', (reference, expected) => {
    expect(resolveAsset(reference, leafletFile, project)).toEqual({ ok: true, path: path.join(project, expected) });
  });

  it.each([
    ['https://example.org/x.png', 'remote-asset'],
    ['HTTP://example.org/x.png', 'remote-asset'],
    ['//cdn.example.org/x.png', 'remote-asset'],
    ['javascript:alert(1)', 'invalid-url'],
    ['file:///etc/passwd', 'invalid-url'],
    ['data:image/png;base64,iVBORw0KGgo=', 'invalid-url'],
    ['/etc/passwd', 'asset-outside-project'],
    ['C:\\Windows\\win.ini', 'asset-outside-project'],
    ['../../etc/passwd', 'asset-outside-project'],
    ['%2e%2e/%2e%2e/%2e%2e/etc/passwd', 'asset-outside-project'],
    ['../../outside/secret.png', 'asset-outside-project'],
    // Outside the project nothing is looked at: a file that does not exist there is refused the same way.
    ['../../outside/no-such-file.png', 'asset-outside-project'],
    ['escape.png', 'asset-outside-project'],
    ['outdir/secret.png', 'asset-outside-project'],
    ['missing.png', 'missing-asset'],
    ['images', 'missing-asset'],
  ])('refuses %s with %s', (reference, rule) => {
    expect(resolveAsset(reference, leafletFile, project)).toMatchObject({ ok: false, rule });
  });

  it('says what is wrong with a link out of the project, in every language', () => {
    expect(resolveAsset('escape.png', leafletFile, project)).toMatchObject({
      reason: { en: 'is a link to a file outside the project folder', 'zh-CN': '是一个指向项目文件夹外面的链接（快捷方式）' },
    });
    expect(resolveAsset('../../etc/passwd', leafletFile, project)).toMatchObject({ reason: { en: 'is outside the project folder', 'zh-CN': '不在项目文件夹里' } });
  });

  it('calls a folder a folder, and a named pipe not a regular file', () => {
    expect(resolveAsset('images', leafletFile, project)).toMatchObject({ rule: 'missing-asset', reason: { en: 'is a folder, not a file', 'zh-CN': '是一个文件夹，不是文件' } });
    expect(resolveAsset('pipe.png', leafletFile, project)).toMatchObject({
      rule: 'missing-asset',
      reason: { en: 'is not a regular file (it is a named pipe, a device or a socket)' },
    });
  });
});

function spansOf(blocks: Block[]): Span[] {
  return blocks.flatMap((block) => ('spans' in block ? block.spans : []));
}

function model(text: string) {
  const file = new VFile({ path: leafletFile, value: text });
  const leaflet = buildModel(file, brand, project);
  return { leaflet, messages: file.messages.map((m) => `${m.line}:${m.column} ${m.fatal ? 'error' : 'warning'} ${m.ruleId}: ${m.reason}`) };
}

describe('pictures in a leaflet', () => {
  it('keeps each checked picture on its figure, with its real path; a picture inside a line prints its alt text', () => {
    const { leaflet, messages } = model('# 标题\n\n![照片](images/photo.png)\n\n![图][p]\n\n看![照片](images/photo.png)。\n\n[p]: ../images/shared.png\n');
    const figures = leaflet!.blocks.filter((b) => b.type === 'figure');
    expect(figures.map((f) => [f.alt, f.src, f.number])).toEqual([
      ['照片', path.join(project, 'leaflets/images/photo.png'), 1],
      ['图', path.join(project, 'images/shared.png'), 2],
    ]);
    expect(spansOf(leaflet!.blocks).map((s) => s.text).join('')).toBe('看[照片]。');
    expect(messages).toEqual([expect.stringMatching(/^7:2 warning unsupported-node: an image inside a line of text is not shown/)]);
  });

  it('reports each bad picture at its position, and builds no model', () => {
    const { leaflet, messages } = model('# 标题\n\n![a](../../../../etc/passwd)\n\n文字 ![b](missing.png)\n\n![c][x]\n\n[x]: /etc/passwd\n');
    expect(leaflet).toBeUndefined();
    expect(messages.filter((m) => !m.includes('unsupported-node'))).toEqual([
      "3:1 error asset-outside-project: image '../../../../etc/passwd' is outside the project folder",
      "5:4 error missing-asset: image 'missing.png' does not exist",
      "7:1 error asset-outside-project: image '/etc/passwd' is an absolute path; only paths inside the project folder are allowed",
    ]);
  });

  it('warns about a picture on the internet and builds without it', () => {
    const { leaflet, messages } = model('# 标题\n\n![远程](http://example.org/x.png)\n');
    expect(leaflet).toBeDefined();
    expect(messages[0]).toBe("3:1 warning remote-asset: image 'http://example.org/x.png' is on the internet and is not downloaded");
  });
});

describe('the brand logo', () => {
  /** The line of the `logo:` key that brandWithLogo appends to the brand file. */
  let logoLine = 0;

  async function brandWithLogo(logo: string) {
    const dir = path.join(project, 'brand');
    await mkdir(dir, { recursive: true });
    const file = path.join(dir, `brand-${Math.random().toString(36).slice(2)}.yaml`);
    const text = await readFile(brandFile, 'utf8');
    logoLine = text.split('\n').length;
    await writeFile(file, `${text}logo: ${logo}\n`);
    const loaded = await loadBrand(file, project);
    return { loaded, messages: loaded.file.messages.map((m) => `${m.line}:${m.column} ${m.fatal ? 'error' : 'warning'} ${m.ruleId}: ${m.reason}`) };
  }

  it('uses a logo inside the project', async () => {
    const { loaded, messages } = await brandWithLogo('../images/shared.png');
    expect(messages).toEqual([]);
    expect(loaded.logo).toBe(path.join(project, 'images/shared.png'));
  });

  it.each([
    ['../../outside/secret.png', ":7 error asset-outside-project: logo '../../outside/secret.png' is outside the project folder"],
    ['missing.png', ":7 error missing-asset: logo 'missing.png' does not exist"],
    ['../leaflets/escape.png', ":7 error asset-outside-project: logo '../leaflets/escape.png' is a link to a file outside the project folder"],
  ])('refuses %s, so nothing is built', async (logo, message) => {
    const { loaded, messages } = await brandWithLogo(logo);
    expect(loaded.brand).toBeUndefined();
    expect(messages).toEqual([`${logoLine}${message}`]);
  });

  it('leaves out a logo on the internet, with a warning', async () => {
    const { loaded, messages } = await brandWithLogo('https://example.org/logo.png');
    expect(loaded.brand).toBeDefined();
    expect(loaded.logo).toBeUndefined();
    expect(messages).toEqual([`${logoLine}:7 warning remote-asset: logo 'https://example.org/logo.png' is on the internet and is not downloaded`]);
  });
});
