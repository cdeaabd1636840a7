import { readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { leaflet } from '../helpers/cli.js';
import { leafletText, makeProject, type Project } from '../helpers/project.js';
import { pdfText } from '../helpers/pdf.js';

/** The command line in the project folder, with extra environment variables. */
const run = (project: Project, args: string[], env: NodeJS.ProcessEnv = {}) => leaflet([...args, '--brand', project.brand], project.dir, env);

/** A line of a stack trace: `    at render (file.js:1:2)`. */
const stackLine = /^\s+at .+:\d+:\d+\)?$/m;

const longAddress = `https://www.sscchina.org/${'a'.repeat(4975)}`;

describe('check finds what build fails on', { timeout: 60_000 }, () => {
  /** Runs check and build; both must give the same messages, no stack, and exit code 1. */
  async function checkAndBuild(project: Project) {
    const checked = await run(project, ['check', 'leaflets']);
    const built = await run(project, ['build', 'leaflets']);
    for (const ran of [checked, built]) {
      expect(ran.code).toBe(1);
      expect(ran.stderr + ran.stdout).not.toMatch(stackLine);
    }
    expect(built.stderr).toBe(checked.stderr);
    return checked.stderr;
  }

  it('a QR address too long for a QR code, in a leaflet', async () => {
    const project = await makeProject({ qr: `---\ntitle: 码\nqr:\n  url: ${longAddress}\n---\n\n正文。\n` });
    expect(await checkAndBuild(project)).toBe(
      'leaflets/qr.md:4:8: error: QR code: the address is 5,000 characters long, too long for a QR code [qr-too-long]\n' +
        '  hint: use a short address, such as a short link to the page: it also makes a QR code that is easier to scan\n',
    );
  });

  it('a QR address too long for a QR code, in the brand file', async () => {
    const project = await makeProject({ good: leafletText('好', '正文。') });
    const brand = await readFile(project.brand, 'utf8');
    await writeFile(project.brand, brand.replace(/^qr:\n {2}url: .*$/m, `qr:\n  url: ${longAddress}`));
    const line = brand.split('\n').indexOf('qr:') + 2;
    expect(await checkAndBuild(project)).toBe(
      `assets/brand.yaml:${line}:8: error: QR code: the address is 5,000 characters long, too long for a QR code [qr-too-long]\n` +
        '  hint: use a short address, such as a short link to the page: it also makes a QR code that is easier to scan\n',
    );
  });

  it('an SVG nested 20,000 levels deep', async () => {
    const project = await makeProject({ deep: '# 图\n\n正文。\n\n![深](images/deep.svg)\n' });
    const depth = 20_000;
    await project.write('leaflets/images/deep.svg', `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">${'<g>'.repeat(depth)}<rect width="1" height="1"/>${'</g>'.repeat(depth)}</svg>`);
    expect(await checkAndBuild(project)).toBe(
      'leaflets/deep.md:5:1: error: deep.svg: the SVG is nested 20,002 levels deep; leaflet draws at most 100 [too-large]\n' +
        '  hint: simplify the drawing (fewer groups and shapes) in the program that made it, or save it as PNG\n',
    );
  });

  it('an SVG that the renderer cannot draw, and a good one beside it', async () => {
    const project = await makeProject({ svg: '# 图\n\n正文。\n\n![好](images/good.svg)\n\n![坏](images/bad.svg)\n' });
    await project.write('leaflets/images/good.svg', '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="5" height="5"/></svg>');
    await project.write('leaflets/images/bad.svg', '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><g transform="rotate(abc)"><rect width="5" height="5"/></g></svg>');
    expect(await checkAndBuild(project)).toBe(
      'leaflets/svg.md:7:1: error: bad.svg: the SVG cannot be drawn (unsupported number: NaN) [image-format]\n' +
        '  hint: open it in a drawing program and save it again as plain SVG, or save it as PNG\n',
    );
  });
});

describe('a leaflet that runs out of memory while rendering', { timeout: 120_000 }, () => {
  // 4,900 table rows: within the size limits (400 KB, 4,905 lines), but far more than a small cap lets a render hold.
  const rows = Array.from({ length: 4_900 }, (_, i) => `| 第${i + 1}项 | 硬皮病患者的免疫系统攻击健康的结缔组织 | ${i + 1} |`).join('\n');
  const heavy = `---\ntitle: 大表\n---\n\n| 项目 | 说明 | 数值 |\n|---|---|---|\n${rows}\n`;
  const older = Buffer.from('%PDF-1.3 an older good build\n');

  it.each([[[]], [['--jobs', '1']]])('fails alone, and the batch builds the others and ends with its summary (%j)', async (jobs) => {
    const project = await makeProject({ a: leafletText('甲', '第一份传单。'), b: heavy, c: leafletText('丙', '第三份传单。') });
    await project.write('out/b.pdf', older);
    // A cap that the two small leaflets stay far below, so that the test is quick.
    const ran = await run(project, ['build', 'leaflets', ...jobs], { LEAFLET_RENDER_MEMORY_MB: '96' });
    expect(ran.code).toBe(1);
    expect(ran.stdout.split('\n')).toEqual([
      'leaflets/a.md → out/a.pdf',
      'leaflets/b.md failed',
      'leaflets/c.md → out/c.pdf',
      expect.stringMatching(/^built 2, failed 1, warnings 0, cached 0, \d+\.\d\d s$/),
      '',
    ]);
    expect(ran.stderr).toBe(
      'leaflets/b.md:1:1: error: ran out of memory while rendering: the leaflet needs more than the 96 MB that a render may use [render-failed]\n' +
        '  hint: split the text into several leaflets, or use fewer or simpler pictures\n',
    );
    expect(await pdfText(await project.pdf('a'))).toContain('第一份传单。');
    expect(await pdfText(await project.pdf('c'))).toContain('第三份传单。');
    expect((await project.pdf('b')).equals(older)).toBe(true);
    expect(readdirSync(project.out).filter((name) => name.includes('.tmp'))).toEqual([]);
  });
});
