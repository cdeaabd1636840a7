// `leaflet new`: a commented template that builds as it is, and never overwrites a file.
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, tempDir } from '../helpers/build.js';
import { leaflet } from '../helpers/cli.js';
import { pdfInfo } from '../helpers/pdf.js';

describe('leaflet new', () => {
  it('starts a flyer that builds without warnings, and never overwrites', async () => {
    const project = await tempDir();
    await cp(path.join(root, 'assets'), path.join(project, 'assets'), { recursive: true });
    const created = leaflet(['new', 'event', 'meetup'], project);
    expect(created.code).toBe(0);
    expect(created.stdout).toContain('leaflets/meetup.md');
    expect(created.stdout).toMatch(/npm run build/);
    const source = await readFile(path.join(project, 'leaflets', 'meetup.md'), 'utf8');
    expect(source).toMatch(/^\s*# 开始时间/m);
    const run = leaflet(['build', '--out', path.join(project, 'out')], project);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect((await pdfInfo(await readFile(path.join(project, 'out', 'meetup.pdf')))).pages).toBe(1);
    await writeFile(path.join(project, 'leaflets', 'meetup.md'), 'edited');
    const again = leaflet(['new', 'event', 'meetup'], project);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists');
    expect(await readFile(path.join(project, 'leaflets', 'meetup.md'), 'utf8')).toBe('edited');
    expect(leaflet(['new', 'handout', 'guide'], project).code).toBe(0);
  });
});
