import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { BatchResult } from '../../src/pipeline/build-many.js';
import { formatFile } from '../../src/diagnostics/format.js';
import { pdfText } from '../helpers/pdf.js';
import { leafletText, makeProject, type Project } from '../helpers/project.js';

/** For each leaflet of a batch: rendered now, or taken from the cache. */
const how = (batch: BatchResult) =>
  Object.fromEntries(batch.results.map((r) => [path.basename(r.file.path, '.md'), r.cached ? 'cached' : r.output ? 'built' : 'failed']));

const messages = (batch: BatchResult) => batch.results.map((r) => formatFile(r.file));

describe('the build cache', () => {
  let project: Project;
  let first: BatchResult;
  beforeEach(async () => {
    project = await makeProject({ a: leafletText('甲', '第一份传单。'), b: leafletText('乙', '第二份传单。', 'images/b.png') }, ['images/b.png']);
    first = await project.build();
  });

  it('reuses every PDF on a second build, with the same messages and bytes', async () => {
    const pdfs = [await project.pdf('a'), await project.pdf('b')];
    expect(how(first)).toEqual({ a: 'built', b: 'built' });
    const second = await project.build();
    expect(how(second)).toEqual({ a: 'cached', b: 'cached' });
    expect(messages(second)).toEqual(messages(first));
    expect(messages(second)[1]!.join('\n')).toContain('[low-resolution]');
    expect([await project.pdf('a'), await project.pdf('b')]).toEqual(pdfs);
    // Without a model, a cached result still says what each leaflet is called, for the preview's list.
    expect(second.results.map((r) => r.heading?.title)).toEqual(first.results.map((r) => r.leaflet?.meta.title));
    expect(second.results.map((r) => r.heading?.title)).toEqual(['甲', '乙']);
  });

  it('rebuilds a leaflet whose text changed', async () => {
    await project.write('leaflets/a.md', leafletText('甲', '改过的第一份传单。'));
    expect(how(await project.build())).toEqual({ a: 'built', b: 'cached' });
    expect(await pdfText(await project.pdf('a'))).toContain('改过的第一份传单。');
  });

  it('rebuilds a leaflet whose image changed, and only that one', async () => {
    const bigger = await readFile(path.join(project.leaflets, 'images', 'b.png'));
    await project.write('leaflets/images/b.png', Buffer.concat([bigger, Buffer.from('trailing bytes change the file')]));
    expect(how(await project.build())).toEqual({ a: 'cached', b: 'built' });
  });

  it('rebuilds everything when the brand changes', async () => {
    const brand = await readFile(project.brand, 'utf8');
    await writeFile(project.brand, brand.replace('多一分了解 多一点安心', '新的口号'));
    expect(how(await project.build())).toEqual({ a: 'built', b: 'built' });
    expect(await pdfText(await project.pdf('a'))).toContain('新的口号');
  });

  it('rebuilds everything with force', async () => {
    expect(how(await project.build({ force: true }))).toEqual({ a: 'built', b: 'built' });
    expect(how(await project.build())).toEqual({ a: 'cached', b: 'cached' });
  });

  it('ignores damaged cache files and builds the same bytes as a fresh build', async () => {
    const cache = path.join(project.out, '.cache');
    const entries = (await readdir(path.join(cache, 'outputs'))).map((f) => path.join(cache, 'outputs', f));
    expect(entries).toHaveLength(2);
    await writeFile(entries[0]!, '{"format": 1, "key": "truncated');
    await writeFile(entries[1]!, JSON.stringify({ format: 1, key: 'x', inputs: [], pdf: { sha256: 'x', size: 1 }, messages: [{ reason: 3 }] }));
    await writeFile(path.join(cache, 'file-hashes.json'), 'not json');
    const fresh = await makeProject({ a: leafletText('甲', '第一份传单。') });
    await fresh.build();
    expect(how(await project.build())).toEqual({ a: 'built', b: 'built' });
    expect((await project.pdf('a')).equals(await fresh.pdf('a'))).toBe(true);
  });

  it("does not trust another leaflet's entry", async () => {
    const dir = path.join(project.out, '.cache', 'outputs');
    const [one, two] = (await readdir(dir)).map((f) => path.join(dir, f));
    await writeFile(one!, await readFile(two!));
    const built = Object.values(how(await project.build()));
    expect(built.filter((h) => h === 'built')).toHaveLength(1);
  });

  it('rebuilds a PDF that was deleted or changed since', async () => {
    await rm(path.join(project.out, 'a.pdf'));
    await writeFile(path.join(project.out, 'b.pdf'), '%PDF-1.3 edited by hand\n');
    expect(how(await project.build())).toEqual({ a: 'built', b: 'built' });
  });

  it('keeps no entry for a failed leaflet, and its older PDF', async () => {
    const older = await project.pdf('a');
    await project.write('leaflets/a.md', '---\ntitle: "甲\n---\n\n正文。\n');
    expect(how(await project.build())).toEqual({ a: 'failed', b: 'cached' });
    expect((await project.pdf('a')).equals(older)).toBe(true);
    await project.write('leaflets/a.md', leafletText('甲', '第一份传单。'));
    expect(how(await project.build())).toEqual({ a: 'cached', b: 'cached' });
  });

  it('rebuilds an event whose calendar file was deleted, and names the calendar when it is up to date', async () => {
    const event = (await readFile(path.join(import.meta.dirname, '..', 'fixtures', 'events', 'meetup.md'), 'utf8')).replace('format: A5\n', '');
    await project.write('leaflets/meetup.md', event);
    const ics = path.join(project.out, 'meetup.ics');
    const calendar = (batch: BatchResult) => batch.results.find((r) => r.file.path.endsWith('meetup.md'))!.calendar;
    expect(calendar(await project.build({ ics: true }))).toBe(ics);
    const again = await project.build({ ics: true });
    expect(how(again).meetup).toBe('cached');
    expect(calendar(again)).toBe(ics);
    await rm(ics);
    const rebuilt = await project.build({ ics: true });
    expect(how(rebuilt).meetup).toBe('built');
    expect(await readFile(ics, 'utf8')).toContain('BEGIN:VEVENT');
  });
});
