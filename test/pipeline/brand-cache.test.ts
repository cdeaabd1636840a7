// The brand as checked, kept in out/.cache: taken from there while nothing it depends on changed, checked again otherwise.
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { openBrand } from '../../src/pipeline/open-brand.js';
import { makeProject, tinyPng, type Project } from '../helpers/project.js';

const report = (loaded: Awaited<ReturnType<typeof openBrand>>) => loaded.file.messages.map(String);

describe('the kept brand', () => {
  let project: Project;
  let cache: { dir: string; write: boolean };
  const open = (write = true) => openBrand(project.brand, project.dir, { ...cache, write });
  const kept = async () => (await readdir(path.join(cache.dir, 'brand')).catch(() => [])).length;

  beforeEach(async () => {
    project = await makeProject({});
    cache = { dir: path.join(project.out, '.cache'), write: true };
    // A logo, a partner with one, and a slogan with a character no face has: a warning to keep.
    const text = (await readFile(project.brand, 'utf8'))
      .replace('partners: {}', "partners:\n  hospital:\n    name: { zh-CN: 某医院, en: A Hospital }\n    logo: hospital.png")
      .replace('多一分了解', '多一分了解\u{e000}');
    await writeFile(project.brand, text.includes('\nlogo:') ? text : `${text}\nlogo: logo.png\n`);
    await project.write('assets/hospital.png', await readFile(tinyPng));
    await project.write('assets/logo.png', await readFile(tinyPng));
  });

  it('gives the same brand, paths and messages as checking it, and is written only by a run that may write, into an output folder that is there', async () => {
    await open();
    expect(existsSync(project.out)).toBe(false);
    await mkdir(project.out);
    const readOnly = await open(false);
    expect(await kept()).toBe(0);
    const checked = await open();
    expect(await kept()).toBe(1);
    const again = await open();
    expect(checked.file.messages.map((m) => m.ruleId)).toEqual(['missing-glyph']);
    for (const loaded of [readOnly, again]) {
      expect(report(loaded)).toEqual(report(checked));
      expect(loaded.file.messages.map((m) => [m.ruleId, m.fatal])).toEqual([['missing-glyph', false]]);
      expect(loaded.brand).toEqual(checked.brand);
      expect([loaded.logo, loaded.qrUrl, loaded.fallbackFonts, loaded.partnerLogos]).toEqual([checked.logo, checked.qrUrl, checked.fallbackFonts, checked.partnerLogos]);
      expect(String(loaded.file.value)).toBe(String(checked.file.value));
    }
    expect(checked.partnerLogos).toEqual({ hospital: path.join(project.dir, 'assets', 'hospital.png') });
  });

  it('is checked again when the brand file, a file it names or the cache file changes', async () => {
    await mkdir(project.out);
    await open();
    expect(await kept()).toBe(1);
    await rm(path.join(project.dir, 'assets', 'hospital.png'));
    expect(report(await open()).join('\n')).toContain("logo 'hospital.png' does not exist");
    await project.write('assets/hospital.png', await readFile(tinyPng));
    expect(report(await open())).toHaveLength(1);

    await writeFile(project.brand, (await readFile(project.brand, 'utf8')).replace('多一分了解\u{e000}', '多一分了解'));
    expect(report(await open())).toEqual([]);

    const [entry] = await readdir(path.join(cache.dir, 'brand'));
    await writeFile(path.join(cache.dir, 'brand', entry!), '{"format": 1, "key": "');
    const loaded = await open();
    expect(report(loaded)).toEqual([]);
    expect(loaded.brand?.partners.hospital?.name).toEqual({ 'zh-CN': '某医院', en: 'A Hospital' });
  });
});
