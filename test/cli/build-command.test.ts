import { readdir, readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { leaflet, type Ran } from '../helpers/cli.js';
import { leafletText, makeProject, type Project } from '../helpers/project.js';

/** The output with the folder and the timing taken out: what must not depend on scheduling. */
const normal = (text: string, out: string) => text.replaceAll(out, 'OUT').replace(/, \d+\.\d\d s$/m, ', T s');

describe('leaflet build --jobs', { timeout: 60_000 }, () => {
  let project: Project;
  let one: Ran;
  let two: Ran;
  beforeAll(async () => {
    project = await makeProject(
      {
        a: leafletText('甲', '第一份传单。'),
        // Two warnings: its picture is of low resolution, and it pushes the back matter onto a page of its own.
        b: leafletText('乙', '有图的传单。', 'images/b.png'),
        c: '---\ntitle: "丙\n---\n\n坏的前言。\n',
        d: leafletText('丁', '第四份传单，比别的长一些。'.repeat(40)),
        'sub/e': leafletText('戊', '子文件夹里的传单。'),
      },
      ['images/b.png'],
    );
    one = await build('1', 'out1');
    two = await build('2', 'out2');
  }, 60_000);

  const build = (jobs: string, out: string, ...more: string[]) =>
    leaflet(['build', 'leaflets', '--brand', project.brand, '--out', out, '--jobs', jobs, ...more], project.dir);

  it('prints the same lines, summary and PDFs with one worker and with two', async () => {
    expect(one.code).toBe(1);
    expect(two.code).toBe(1);
    expect(normal(one.stdout, 'out1')).toBe(normal(two.stdout, 'out2'));
    // On a computer with a single core, --jobs 2 is capped, and says so.
    expect(one.stderr).toBe(two.stderr.replace(/^leaflet: --jobs 2 is more .*\n/, ''));
    expect(one.stdout.split('\n')).toEqual([
      'leaflets/a.md → out1/a.pdf',
      'leaflets/b.md → out1/b.pdf',
      'leaflets/c.md failed',
      'leaflets/d.md → out1/d.pdf',
      'leaflets/sub/e.md → out1/sub/e.pdf',
      expect.stringMatching(/^built 4, failed 1, warnings 2, cached 0, \d+\.\d\d s$/),
      '',
    ]);
    expect(one.stderr).toContain('leaflets/b.md:7:1: warning: b.png will print at');
    for (const name of ['a', 'b', 'd', 'sub/e']) {
      const [first, second] = await Promise.all(['out1', 'out2'].map((out) => readFile(path.join(project.dir, out, `${name}.pdf`))));
      expect(first!.equals(second!), name).toBe(true);
    }
    expect((await readdir(path.join(project.dir, 'out2'))).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('says which PDFs were up to date, and renders them again with --force', async () => {
    const again = await build('2', 'out2');
    expect(again.stdout).toContain('leaflets/a.md → out2/a.pdf (up to date)');
    expect(again.stdout).toMatch(/^built 0, failed 1, warnings 2, cached 4, /m);
    expect(again.stderr).toContain('leaflets/b.md:7:1: warning: b.png will print at');
    expect((await build('2', 'out2', '--force')).stdout).toMatch(/^built 4, failed 1, warnings 2, cached 0, /m);
  });

  it('caps --jobs at the number of cores, says so in one line, and builds the same', async () => {
    const many = await build('100000', 'out5');
    const cores = availableParallelism();
    expect(many.stderr.split('\n')[0]).toBe(`leaflet: --jobs 100000 is more than the ${cores} processor cores of this computer; using ${cores}`);
    expect(many.stderr.split('\n').slice(1).join('\n')).toBe(one.stderr);
    expect(normal(many.stdout, 'out5')).toBe(normal(one.stdout, 'out1'));
  });

  it('refuses a --jobs that is not a whole number of 1 or more', async () => {
    for (const jobs of ['0', 'two', '1.5']) {
      const run = await build(jobs, 'out4');
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('--jobs expects a whole number of 1 or more');
    }
  });
});
