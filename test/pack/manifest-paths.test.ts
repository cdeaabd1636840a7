// Pack manifests name leaflets inside the project only: escapes are refused at their entry, before anything outside is opened.
import { existsSync } from 'node:fs';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadBrand, type LoadedBrand } from '../../src/brand/load-brand.js';
import { formatFile } from '../../src/diagnostics/format.js';
import { buildPack } from '../../src/pack/build-pack.js';
import { readManifest } from '../../src/pack/read-manifest.js';
import { brandFile, root as repoRoot, tempDir } from '../helpers/build.js';
import { forget, opened, touched, within } from '../helpers/fs-log.js';

vi.mock('node:fs', async (importOriginal) => (await import('../helpers/fs-log.js')).recordingFs(await importOriginal<object>()));
vi.mock('node:fs/promises', async (importOriginal) => (await import('../helpers/fs-log.js')).recordingFs(await importOriginal<object>()));

/**
 * base/project/leaflets/good.md
 * base/project/leaflets/packs/partner.yaml     ← the manifest under test
 * base/project/leaflets/packs/link.md  → base/outside/secret.md
 * base/outside/secret.md                       ← a leaflet that must never be read
 */
let base: string;
let project: string;
let outside: string;
let brand: LoadedBrand;

beforeAll(async () => {
  base = await tempDir('leaflet-pack-paths-');
  project = path.join(base, 'project');
  outside = path.join(base, 'outside');
  await mkdir(path.join(project, 'leaflets', 'packs'), { recursive: true });
  await mkdir(outside);
  await writeFile(path.join(project, 'leaflets', 'good.md'), '---\ntitle: 好的\n---\n\n正文。\n');
  await writeFile(path.join(outside, 'secret.md'), '---\ntitle: 秘密\n---\n\n不该被读到。\n');
  await symlink(path.join(outside, 'secret.md'), path.join(project, 'leaflets', 'packs', 'link.md'));
  brand = await loadBrand(brandFile, repoRoot);
});

async function packWith(entry: string) {
  const manifest = path.join(project, 'leaflets', 'packs', 'partner.yaml');
  await writeFile(manifest, `title: 资料包\nrecipient: 某医院\ndate: 2026-03-01\nleaflets:\n  - ../good.md\n  - ${entry}\n`);
  const out = path.join(base, 'out');
  forget();
  const result = await buildPack(manifest, { brand, outDir: out, root: project });
  return { ...result, out, report: [result.file, ...result.leaflets].flatMap((file) => formatFile(file, project)).join('\n').split('\n') };
}

describe('a pack manifest entry', () => {
  it.each([
    ['a relative path that leaves the project', () => '../../../outside/secret.md', 'is outside the project folder'],
    ['an absolute path', () => path.join(outside, 'secret.md'), 'is an absolute path; only paths inside the project folder are allowed'],
    ['/etc/passwd', () => '/etc/passwd', 'is an absolute path; only paths inside the project folder are allowed'],
    ['a link out of the project', () => 'link.md', 'is a link to a file outside the project folder'],
  ])('refuses %s at its place, reads nothing outside, and writes no pack', async (_, entry, reason) => {
    const built = await packWith(entry());
    expect(built.report).toEqual([
      `leaflets/packs/partner.yaml:6:5: error: leaflet '${entry()}' ${reason} [asset-outside-project]`,
      '  hint: list leaflets inside the project folder, by a path relative to the manifest or to the project folder',
    ]);
    expect(built.outputs).toBeUndefined();
    expect(existsSync(built.out)).toBe(false);
    // The good leaflet was read, so the log works; nothing outside the project was looked at.
    expect(within(opened, path.join(project, 'leaflets', 'good.md')).length).toBeGreaterThan(0);
    expect(within(touched, outside)).toEqual([]);
    expect(within(touched, '/etc')).toEqual([]);
    expect(within(opened, outside)).toEqual([]);
  });

  it('finds the same leaflet from the project folder, from the manifest folder and by its name in leaflets/', async () => {
    for (const written of ['leaflets/good.md', 'good.md']) {
      const built = await packWith(written);
      expect(built.report.filter((line) => !line.startsWith('  hint'))).toEqual([`leaflets/packs/partner.yaml:6:5: error: leaflet '${written}' is listed twice [pack-leaflet]`]);
    }
  });

  it('is read from a manifest written with Chinese keys and a Chinese colon', async () => {
    const manifest = path.join(project, 'leaflets', 'packs', 'partner.yaml');
    await writeFile(manifest, '标题：资料包\n对象: 某医院\n日期: 2026年3月1日\n手册:\n  - good.md\n');
    const read = await readManifest(manifest, project);
    expect(read.manifest).toMatchObject({ title: '资料包', recipient: '某医院', date: '2026-03-01' });
    expect(read.entries.map((entry) => path.relative(project, entry.source))).toEqual([path.join('leaflets', 'good.md')]);
    expect(read.file.messages.filter((message) => message.fatal).map((message) => message.ruleId)).toEqual(['colon-slip']);
  });
});

describe('any manifest entry', () => {
  // Paths put together from the pieces an attacker or a slip would use.
  const piece = fc.constantFrom('..', '.', '', 'leaflets', 'packs', 'good.md', 'link.md', 'secret.md', 'outside', '%2e%2e', '..%2f', '~', 'etc', 'passwd', '\\..', 'C:');
  const entry = fc.oneof(
    fc.array(piece, { minLength: 1, maxLength: 7 }).map((parts) => parts.join('/')),
    fc.array(piece, { minLength: 1, maxLength: 5 }).map((parts) => `/${parts.join('/')}`),
    fc.constantFrom('{outside}/secret.md', '{outside}/../project/leaflets/good.md'),
  );

  it('is read inside the project or refused at its place, and nothing outside is looked at', async () => {
    const manifest = path.join(project, 'leaflets', 'packs', 'partner.yaml');
    await fc.assert(
      fc.asyncProperty(entry, async (pattern) => {
        const written = pattern.replace('{outside}', outside);
        await writeFile(manifest, `title: 资料包\nrecipient: 某医院\ndate: 2026-03-01\nleaflets:\n  - ${JSON.stringify(written)}\n`);
        forget();
        const read = await readManifest(manifest, project);
        for (const found of read.entries) expect(path.relative(project, found.source).startsWith('..')).toBe(false);
        for (const message of read.file.messages) expect([message.line, message.column]).toEqual([5, 5]);
        expect(read.entries.length + read.file.messages.filter((m) => m.fatal).length).toBeGreaterThan(0);
        expect(within(touched, outside)).toEqual([]);
        expect(within(touched, '/etc')).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
