import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatFile } from '../../src/diagnostics/format.js';
import { watchLeaflets, type LeafletWatcher, type Round } from '../../src/watch/watch-leaflets.js';
import { pdfText } from '../helpers/pdf.js';
import { leafletText, makeProject } from '../helpers/project.js';

/** The next round of builds, or a failure after `ms`: a watcher that misses a change must not hang the suite. */
function nextRound(watcher: LeafletWatcher, ms = 20_000): Promise<Round> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no rebuild within ${ms} ms`)), ms);
    watcher.once('round', (round) => {
      clearTimeout(timer);
      resolve(round);
    });
  });
}

const names = (round: Round) => round.results.map((r) => `${path.basename(r.file.path)}${r.cached ? ' cached' : ''}`);

describe('watch', { timeout: 60_000 }, () => {
  let watcher: LeafletWatcher | undefined;
  afterEach(async () => {
    await watcher?.close();
    watcher = undefined;
  });

  it('rebuilds an edited leaflet alone, everything on a brand change, and goes on after an error', async () => {
    const project = await makeProject({ a: leafletText('甲', '第一版。'), b: leafletText('乙', '另一份。') });
    watcher = watchLeaflets({ paths: [project.leaflets], outDir: project.out, brandPath: project.brand, root: project.dir });
    const first = nextRound(watcher);
    await watcher.ready;
    expect(names(await first)).toEqual(['a.md', 'b.md']);

    let round = nextRound(watcher);
    await project.write('leaflets/a.md', leafletText('甲', '第二版。'));
    expect(names(await round)).toEqual(['a.md']);
    expect(await pdfText(await project.pdf('a'))).toContain('第二版。');

    round = nextRound(watcher);
    await project.write('leaflets/a.md', '---\ntitle: "甲\n---\n\n坏了。\n');
    const broken = await round;
    expect(formatFile(broken.results[0]!.file).join('\n')).toContain('[yaml-syntax]');
    expect(await pdfText(await project.pdf('a'))).toContain('第二版。');

    round = nextRound(watcher);
    const brand = await readFile(project.brand, 'utf8');
    await writeFile(project.brand, brand.replace('多一分了解 多一点安心', '新的口号'));
    const rebranded = await round;
    expect(rebranded.changed).toEqual([project.brand]);
    expect(names(rebranded)).toEqual(['a.md', 'b.md']);
    expect(await pdfText(await project.pdf('b'))).toContain('新的口号');
  });

  it('rebuilds the leaflets that use an image when it changes', async () => {
    const project = await makeProject({ a: leafletText('甲', '无图。'), b: leafletText('乙', '有图。', 'images/b.png') }, ['images/b.png']);
    watcher = watchLeaflets({ paths: [project.leaflets], outDir: project.out, brandPath: project.brand, root: project.dir });
    await watcher.ready;
    const round = nextRound(watcher);
    const image = path.join(project.leaflets, 'images', 'b.png');
    await writeFile(image, Buffer.concat([await readFile(image), Buffer.from('more bytes')]));
    expect(names(await round)).toEqual(['a.md cached', 'b.md']);
  });
});
