// The phone edition in a batch: written beside the PDF, kept in the build cache, and never half written.
import { readFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { BatchResult } from '../../src/pipeline/build-many.js';
import { formatFile } from '../../src/diagnostics/format.js';
import { leaflet } from '../helpers/cli.js';
import { leafletText, makeProject, type Project } from '../helpers/project.js';

const how = (batch: BatchResult) => batch.results.map((r) => (r.cached ? 'cached' : r.output ? 'built' : 'failed'));

describe('the phone edition in a batch', { timeout: 120_000 }, () => {
  let project: Project;
  let first: BatchResult;
  const phone = { print: { phone: true } };
  const files = (name: string) => [`${name}.pdf`, `${name}-phone.pdf`, `${name}-phone.png`].map((file) => path.join(project.out, file));
  const read = (name: string) => Promise.all(files(name).map((file) => readFile(file)));
  beforeEach(async () => {
    project = await makeProject({ a: leafletText('甲', '第一份传单。') });
    first = await project.build(phone);
  });

  it('is written beside the PDF and named with it, then taken from the cache while its files are unchanged', async () => {
    expect(first.results.map((r) => [r.output, ...(r.phone ?? [])])).toEqual([files('a')]);
    const second = await project.build(phone);
    expect(how(second)).toEqual(['cached']);
    expect(second.results[0]!.phone).toEqual(files('a').slice(1));
    // Without the phone edition the PDF is the same: taken from the cache, and no phone file is named; asked
    // for again, the phone edition is still up to date.
    const plain = await project.build();
    expect(how(plain)).toEqual(['cached']);
    expect(plain.results[0]!.phone).toBeUndefined();
    expect(how(await project.build(phone))).toEqual(['cached']);
  });

  it('is built again when asked with its image after a build of its PDF alone (the preview)', async () => {
    await project.write('leaflets/a.md', leafletText('甲', '改过的第一份传单。'));
    const pdfOnly = await project.build({ print: { phone: true, phoneImage: false } });
    expect(how(pdfOnly)).toEqual(['built']);
    expect(pdfOnly.results[0]!.phone).toEqual([files('a')[1]]);
    expect(how(await project.build({ print: { phone: true, phoneImage: false } }))).toEqual(['cached']);
    const withImage = await project.build(phone);
    expect(how(withImage)).toEqual(['built']);
    expect(withImage.results[0]!.phone).toEqual(files('a').slice(1));
  });

  it('stays up to date with its image after a build of the same phone PDF alone (the preview, which renders all at its start)', async () => {
    expect(how(first)).toEqual(['built']);
    const image = readFileSync(files('a')[2]!);
    expect(how(await project.build({ print: { phone: true, phoneImage: false }, force: true }))).toEqual(['built']);
    const again = await project.build(phone);
    expect(how(again)).toEqual(['cached']);
    expect(again.results[0]!.phone).toEqual(files('a').slice(1));
    expect(readFileSync(files('a')[2]!).equals(image)).toBe(true);
  });

  it('is named as older than the PDF by a build without it that changed the PDF, and only then', async () => {
    // The same text: the PDF comes from the cache, and the image is not older.
    const same = await project.build();
    expect(how(same)).toEqual(['cached']);
    expect(same.results[0]!.olderPhone).toBeUndefined();
    await project.write('leaflets/a.md', leafletText('甲', '改过的第一份传单。'));
    const changed = await project.build();
    expect(changed.results[0]!.olderPhone).toBe(files('a')[2]);
    // Still older on the next build, which takes the PDF from the cache; current again after a phone build.
    expect((await project.build()).results[0]!.olderPhone).toBe(files('a')[2]);
    expect((await project.build(phone)).results[0]!.olderPhone).toBeUndefined();
    // A booklet built now from the same files is newer than the image, which still shows what it does.
    expect((await project.build({ print: { layout: 'booklet' } })).results[0]!.olderPhone).toBeUndefined();
  });

  it('is built again when its image is missing', async () => {
    await rm(files('a')[2]!);
    const again = await project.build(phone);
    expect(how(again)).toEqual(['built']);
    expect((await read('a'))[2]!.length).toBeGreaterThan(0);
  });

  it('leaves the older files untouched when the phone edition fails', async () => {
    const before = await read('a');
    // About 6 m of text on a phone: more than a phone image may hold.
    await project.write('leaflets/a.md', leafletText('甲', Array.from({ length: 120 }, (_, i) => `第${i + 1}段。${'硬皮病患者的免疫系统错误地攻击健康的结缔组织。'.repeat(8)}`).join('\n\n')));
    const failed = await project.build(phone);
    expect(how(failed)).toEqual(['failed']);
    expect(formatFile(failed.results[0]!.file).join('\n')).toMatch(/error: the phone edition would be \d+\.\d m long; a phone image can be at most 5 m long \[render-failed\]/);
    expect(await read('a')).toEqual(before);
  });
});

describe('leaflet build --phone', { timeout: 60_000 }, () => {
  it('names every file it writes, and every file that is up to date', async () => {
    const project = await makeProject({ a: leafletText('甲', '第一份传单。') });
    const build = () => leaflet(['build', 'leaflets', '--brand', project.brand, '--phone'], project.dir);
    const run = await build();
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('leaflets/a.md → out/a.pdf, out/a-phone.pdf, out/a-phone.png');
    expect((await build()).stdout.split('\n')[0]).toBe('leaflets/a.md → out/a.pdf, out/a-phone.pdf, out/a-phone.png (up to date)');
    // Changed and built without --phone: the image left from before is named, before the summary.
    await project.write('leaflets/a.md', leafletText('甲', '改过的第一份传单。'));
    const plain = (await leaflet(['build', 'leaflets', '--brand', project.brand], project.dir)).stdout.split('\n');
    expect(plain.slice(0, 2)).toEqual([
      'leaflets/a.md → out/a.pdf',
      'note: out/a-phone.png is a phone image from an earlier build; the leaflet, its pictures or the brand file changed since, and out/a.pdf shows the changes while the image does not. Build with --phone to bring it up to date (npm run build -- --phone)',
    ]);
  });
});
