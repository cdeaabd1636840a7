import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { buildMany } from '../../src/pipeline/build-many.js';
import { formatFile } from '../../src/diagnostics/format.js';
import { brandFile, tempDir } from '../helpers/build.js';
import { pdfText } from '../helpers/pdf.js';

// Test seams: the renderer throws on a leaflet titled 'render-throws', the model stage on one that says 'model-throws'.
vi.mock('../../src/render/render-pdf.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/render/render-pdf.js')>();
  return {
    drawLeaflet: ((leaflet, design) => {
      if (leaflet.meta.title === 'render-throws') return async () => Promise.reject(new Error('layout exploded'));
      return actual.drawLeaflet(leaflet, design);
    }) satisfies typeof actual.drawLeaflet,
  };
});
vi.mock('../../src/model/build-model.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/model/build-model.js')>();
  return {
    buildModel: ((file, brand, root) => {
      if (String(file.value).includes('model-throws')) throw new TypeError('cannot read properties of undefined');
      return actual.buildModel(file, brand, root);
    }) satisfies typeof actual.buildModel,
  };
});

describe('a batch where leaflet itself fails on some files', () => {
  it('reports each failure on its own leaflet, builds the others, and keeps the older PDFs', async () => {
    const dir = await tempDir();
    const src = path.join(dir, 'leaflets');
    const out = path.join(dir, 'out');
    await mkdir(src, { recursive: true });
    await mkdir(out, { recursive: true });
    await writeFile(path.join(src, 'a-render.md'), '---\ntitle: render-throws\n---\n\n正文。\n');
    await writeFile(path.join(src, 'b-model.md'), '# 标题\n\nmodel-throws\n');
    await writeFile(path.join(src, 'c-good.md'), '# 好的\n\n这一份能印出来。\n');
    const older = Buffer.from('%PDF-1.3 an older good build\n');
    await writeFile(path.join(out, 'a-render.pdf'), older);

    const batch = await buildMany({ paths: [src], outDir: out, brandPath: brandFile, root: dir });

    expect(batch.results.map((r) => formatFile(r.file, dir))).toEqual([
      ['leaflets/a-render.md:1:1: error: the PDF could not be rendered: layout exploded [render-failed]'],
      [
        'leaflets/b-model.md:1:1: error: leaflet failed on this file: cannot read properties of undefined [internal-error]\n' +
          '  hint: please report this, with the file, to whoever maintains leaflet',
      ],
      [],
    ]);
    expect((await readFile(path.join(out, 'a-render.pdf'))).equals(older)).toBe(true);
    expect(existsSync(path.join(out, 'b-model.pdf'))).toBe(false);
    expect(await pdfText(await readFile(path.join(out, 'c-good.pdf')))).toContain('这一份能印出来。');
  });
});

describe('leaflets that build to the same PDF', () => {
  it('builds the first and refuses the second, so neither overwrites the other', async () => {
    const dir = await tempDir();
    for (const folder of ['one', 'two']) {
      await mkdir(path.join(dir, folder), { recursive: true });
      await writeFile(path.join(dir, folder, 'same.md'), `# ${folder}\n\n正文。\n`);
    }
    const out = path.join(dir, 'out');
    const batch = await buildMany({ paths: [path.join(dir, 'one', 'same.md'), path.join(dir, 'two', 'same.md')], outDir: out, brandPath: brandFile, root: dir });
    expect(batch.results.map((r) => formatFile(r.file, dir))).toEqual([
      [],
      [`two/same.md:1:1: error: builds to the same file as ${path.join(dir, 'one', 'same.md')}: ${path.join(out, 'same.pdf')} [write-failed]\n  hint: rename one of the two leaflets`],
    ]);
    expect(await pdfText(await readFile(path.join(out, 'same.pdf')))).toContain('one');
  });
});

describe('a PDF that cannot be written', () => {
  it('says why and what to do: a folder in its place, or a file where the output folder goes', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'x.md'), '# 甲\n\n正文。\n');
    const out = path.join(dir, 'out');
    await mkdir(path.join(out, 'x.pdf', 'inner'), { recursive: true });
    const build = async (outDir: string) => (await buildMany({ paths: [path.join(dir, 'x.md')], outDir, brandPath: brandFile, root: dir })).results[0]!.file;
    const [folderInPlace] = formatFile(await build(out), dir, { lang: 'zh-CN' });
    expect(folderInPlace).toMatch(/^x\.md:1:1: 错误：无法写入 .*x\.pdf：EISDIR.* \[write-failed\]\n {2}提示：有一个文件夹和这个文件同名：请把那个文件夹挪走或改名$/);
    await writeFile(path.join(dir, 'not-a-folder'), 'a file');
    const [fileInPlace] = formatFile(await build(path.join(dir, 'not-a-folder')), dir, { lang: 'zh-CN' });
    expect(fileInPlace).toMatch(/提示：输出文件夹（或其中某一层文件夹）的位置上是一个同名文件：请把那个文件挪走或改名$/);
  });
});
