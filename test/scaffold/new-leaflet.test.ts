// `leaflet new`: a commented template that builds as it is, with warnings at the example text to replace, and never overwrites a file.
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildMany } from '../../src/pipeline/build-many.js';
import { newLeaflet } from '../../src/scaffold/new-leaflet.js';
import { root, tempDir } from '../helpers/build.js';
import { leaflet } from '../helpers/cli.js';
import { pdfInfo } from '../helpers/pdf.js';

/** A project folder with the brand file and the templates of this one. */
async function project(): Promise<string> {
  const dir = await tempDir();
  await cp(path.join(root, 'assets'), path.join(dir, 'assets'), { recursive: true });
  return dir;
}

describe('leaflet new', () => {
  it('starts a flyer that builds, with a warning at each example text, and never overwrites', async () => {
    const dir = await project();
    const created = await leaflet(['new', 'event', 'meetup'], dir);
    expect(created.code).toBe(0);
    expect(created.stdout).toContain('leaflets/meetup.md');
    expect(created.stdout).toMatch(/npm run build/);
    const source = await readFile(path.join(dir, 'leaflets', 'meetup.md'), 'utf8');
    expect(source).toMatch(/^\s*# 开始时间/m);
    expect(source).not.toContain('{{');
    const run = await leaflet(['build', '--out', path.join(dir, 'out')], dir);
    expect(run.stderr.match(/\[[a-z-]+\]/g)).toEqual(Array(4).fill('[template-text]'));
    expect(run.code).toBe(0);
    expect((await pdfInfo(await readFile(path.join(dir, 'out', 'meetup.pdf')))).pages).toBe(1);
    await writeFile(path.join(dir, 'leaflets', 'meetup.md'), 'edited');
    const again = await leaflet(['new', 'event', 'meetup'], dir);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists|已经存在/);
    expect(await readFile(path.join(dir, 'leaflets', 'meetup.md'), 'utf8')).toBe('edited');
    expect((await leaflet(['new', 'handout', 'guide'], dir)).code).toBe(0);
  });

  it('leaves in a new event flyer the place, the sign-up link and the text to replace, each a warning at its line, an error with --strict', async () => {
    const dir = await project();
    const file = await newLeaflet('event', 'meetup', { dir: path.join(dir, 'leaflets'), templates: path.join(dir, 'assets', 'templates'), lang: 'zh-CN' });
    const lines = (await readFile(file, 'utf8')).split('\n');
    const placeOf = (text: string) => {
      const line = lines.findIndex((l) => l.includes(text));
      return `${line + 1}:${lines[line]!.indexOf(text) + 1}`;
    };
    const check = async (strict: boolean) => {
      const batch = await buildMany({ paths: [file], outDir: path.join(dir, 'out'), brandPath: path.join(dir, 'assets', 'brand.yaml'), root: dir, dryRun: true, strict });
      return batch.results[0]!.file.messages.map((m) => `${m.line}:${m.column} ${m.fatal ? 'error' : 'warning'} ${m.ruleId}`);
    };
    const places = ['在这里写活动地点', '在这里写详细地址', 'https://www.sscchina.org', '在这里用两三句话介绍活动'].map(placeOf);
    expect(places).toEqual(['19:11', '21:14', '23:13', '36:1']);
    expect(await check(false)).toEqual(places.map((place) => `${place} warning template-text`));
    expect(await check(true)).toEqual(places.map((place) => `${place} error template-text`));
    // Once written over, the flyer checks clean.
    const edited = lines
      .join('\n')
      .replace('在这里写活动地点', '成都市武侯区社区活动中心')
      .replace('在这里写详细地址', '武侯区某某路1号')
      .replace('register: https://www.sscchina.org', 'register: https://www.sscchina.org/signup?event=2026-12')
      .replace(/在这里用两三句话介绍活动.*/, '风湿免疫科医生与大家聊聊冬季皮肤护理。');
    await writeFile(file, edited);
    expect(await check(true)).toEqual([]);
  });
});
