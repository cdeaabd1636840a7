// A pack of the three sample leaflets, read back with pdf.js and fflate; and packs that must fail, at their place.
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBrand, type LoadedBrand } from '../../src/brand/load-brand.js';
import { findLeaflets } from '../../src/pipeline/find-leaflets.js';
import { formatFile } from '../../src/diagnostics/format.js';
import { buildPack } from '../../src/pack/build-pack.js';
import { brandFile, root, tempDir, fixtures } from '../helpers/build.js';
import { decodeQr, openPdf, textLines, type Line } from '../helpers/pdf.js';

const manifest = path.join(fixtures, 'samples', 'packs', 'stem-cells.yaml');
const titles = ['干细胞与硬皮病', '自体干细胞移植', '2名硬皮病患者的心声'];
let brand: LoadedBrand;

async function pack(manifestPath: string, outDir?: string, project = root) {
  const out = outDir ?? (await tempDir());
  const result = await buildPack(manifestPath, { brand, outDir: out, root: project });
  const files = [result.file, ...result.leaflets];
  return {
    ...result,
    out,
    report: files.flatMap((file) => formatFile(file, root)).join('\n'),
    chinese: files.flatMap((file) => formatFile(file, root, { lang: 'zh-CN' })).join('\n'),
  };
}

/** Each page's running footer: the lines in its bottom 40 points. */
function footers(lines: Line[], pages: number): string[] {
  return Array.from({ length: pages }, (_, i) => lines.filter((line) => line.page === i + 1 && line.top > 841.89 - 40).map((line) => line.text).join(' '));
}

beforeAll(async () => {
  brand = await loadBrand(brandFile, root);
});

describe('a pack of the three sample leaflets', () => {
  let bytes: Buffer;
  let zip: Buffer;
  let lines: Line[];
  let pages: number;
  let out: string;

  beforeAll(async () => {
    const built = await pack(manifest);
    expect(built.report).toBe('');
    out = built.out;
    bytes = await readFile(built.outputs!.pdf);
    zip = await readFile(built.outputs!.zip);
    lines = await textLines(bytes);
    pages = Math.max(...lines.map((line) => line.page));
  });

  /**
   * The pages each leaflet's running footer names it on: its own pages, from the real text. The footer sets the
   * title with the quarter em between Chinese and Latin (`2 名`), which reads as a space.
   */
  const pagesOf = (title: string) => footers(lines, pages).flatMap((text, i) => (text.replaceAll(' ', '').startsWith(title) ? [i + 1] : []));

  it('has the cover, the contents, each leaflet and the back matter once, with page numbers through the pack', async () => {
    const own = titles.map(pagesOf);
    for (const list of own) expect(list.length).toBeGreaterThan(0);
    // Each leaflet's pages follow one another, in the manifest's order, after the cover and the contents.
    expect(own.flat()).toEqual(Array.from({ length: own.flat().length }, (_, i) => i + 3));
    // The back matter ends the last leaflet, at the foot of its last page: no page of its own.
    expect(pages).toBe(1 + 1 + own.flat().length);
    expect(lines.filter((line) => line.page === 1).map((line) => line.text)).toEqual(
      expect.arrayContaining(['干细胞治疗与硬皮病', '为某某医院风湿免疫科准备', 'Prepared for 某某医院风湿免疫科', '2026 年 3 月 1 日']),
    );
    expect(footers(lines, pages)[pages - 1]).toContain(`${pages} / ${pages}`);
    const backMatter = lines.filter((line) => line.text.startsWith('机构简介'));
    expect(backMatter.map((line) => line.page)).toEqual([pages]);
    expect(await decodeQr(bytes, pages, 'bottom')).toBe(brand.qrUrl);
  });

  it('draws each leaflet’s pictures, as the leaflet’s own PDF does', async () => {
    // The two-case leaflet's chart, with its caption; an SVG is drawn as vectors, so its labels are text too.
    const text = lines.map((line) => line.text).join('\n');
    expect(text).toMatch(/图 ?1 *两例患者治疗一年后的疾病活动指数下降与疗效持续时间/);
    expect(text).toContain('疾病活动指数下降（分）');
  });

  it('lists each leaflet on the contents page with the page it really starts on, as a working link', async () => {
    const contents = lines.filter((line) => line.page === 2).map((line) => line.text);
    // Each title's line ends with its page number, at the right, on the title's baseline (not the subtitle's).
    // Set as the leaflets set their titles: a quarter em between a digit and Chinese (2 名).
    const spaced = (title: string) => title.replace(/(\d)(\p{Script=Han})/u, '$1 $2');
    for (const title of titles) expect(contents.some((text) => text.startsWith(spaced(title)) && /\s\d+$/.test(text)), `${title}: ${contents.join(' | ')}`).toBe(true);
    const numbers = contents.flatMap((text) => /(?:^|\s)(\d+)$/.exec(text)?.[1] ?? []).map(Number);
    expect(numbers).toEqual(titles.map((title) => pagesOf(title)[0]));
    const doc = await openPdf(bytes);
    const links = await (await doc.getPage(2)).getAnnotations();
    const targets = await Promise.all(links.map(async (link) => (await doc.getPageIndex((await doc.getDestination(link.dest as string))![0])) + 1));
    expect(targets).toEqual(numbers);
    await doc.destroy();
  });

  it('has one bookmark per leaflet, at its first page, with its headings under it', async () => {
    const doc = await openPdf(bytes);
    const outline = await doc.getOutline();
    const pageOf = async (dest: string | unknown[] | null) => (await doc.getPageIndex((typeof dest === 'string' ? await doc.getDestination(dest) : dest)![0] as never)) + 1;
    expect(outline.map((entry) => entry.title)).toEqual(titles);
    expect(await Promise.all(outline.map((entry) => pageOf(entry.dest)))).toEqual(titles.map((title) => pagesOf(title)[0]));
    expect(outline[0]!.items.map((item) => item.title)).toEqual(['1) 什么是干细胞？', '2) 干细胞类型', '3) 干细胞在硬皮病中的应用', '4) 干细胞在硬皮病中的临床治疗']);
    // A heading's bookmark is on the page where the heading is printed (extraction adds spaces and wraps lines).
    const squeeze = (text: string) => text.replace(/\s+/g, '');
    for (const item of outline[2]!.items) {
      const page = await pageOf(item.dest);
      expect(squeeze(lines.filter((line) => line.page === page).map((line) => line.text).join(''))).toContain(squeeze(item.title));
    }
    await doc.destroy();
  });

  it('points each bookmark at the top left of its target: a leaflet at its first page, a heading at its text', async () => {
    const doc = await openPdf(bytes);
    const outline = await doc.getOutline();
    /** The page and the /XYZ point of an outline entry's destination. */
    const target = async (dest: string | unknown[] | null) => {
      const explicit = (typeof dest === 'string' ? await doc.getDestination(dest) : dest) as [never, { name: string }, number, number, number];
      expect(explicit[1].name).toBe('XYZ');
      const page = (await doc.getPageIndex(explicit[0])) + 1;
      const { width, height } = (await doc.getPage(page)).getViewport({ scale: 1 });
      return { page, x: explicit[2], fromTop: height - explicit[3], width };
    };
    const margin = 20 * (72 / 25.4);
    for (const entry of outline) {
      const { x, fromTop, width } = await target(entry.dest);
      expect(width).toBeCloseTo(595.28, 0);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(margin);
      expect(fromTop).toBeCloseTo(0, 0);
      for (const item of entry.items) {
        const heading = await target(item.dest);
        const squeeze = (text: string) => text.replace(/\s+/g, '');
        const line = lines.find((l) => l.page === heading.page && squeeze(item.title).startsWith(squeeze(l.text)))!;
        expect(line, item.title).toBeDefined();
        // The heading's left edge, at the margin; its top, just above the first line's baseline.
        expect(heading.x).toBeCloseTo(line.left, 0);
        expect(heading.x).toBeCloseTo(margin, 0);
        expect(heading.fromTop).toBeLessThan(line.top);
        expect(line.top - heading.fromTop).toBeLessThan(2 * line.size);
      }
    }
    await doc.destroy();
  });

  it('zips the single PDFs with a README that lists them', () => {
    const files = unzipSync(zip);
    const names = ['stem-cells-and-scleroderma.pdf', 'autologous-stem-cell-transplant.pdf', 'mesenchymal-stem-cells-two-cases.pdf'];
    expect(Object.keys(files).sort()).toEqual([...names, 'README.txt'].sort());
    for (const name of names) expect(Buffer.from(files[name]!.subarray(0, 5)).toString()).toBe('%PDF-');
    const readme = Buffer.from(files['README.txt']!).toString();
    names.forEach((name, i) => expect(readme).toContain(`${name}  ${titles[i]}`));
  });

  it('builds the same bytes again', async () => {
    const again = await pack(manifest);
    expect((await readFile(again.outputs!.pdf)).equals(bytes)).toBe(true);
    expect((await readFile(again.outputs!.zip)).equals(zip)).toBe(true);
    expect(await readdir(path.join(out, 'packs'))).toEqual(['stem-cells.pdf', 'stem-cells.zip']);
  });
});

describe('a pack that cannot be built', () => {
  let project: string;
  /** A project folder with a good and a broken leaflet, and the manifest in packs/. */
  async function writeManifest(body: string): Promise<string> {
    project = await tempDir();
    await mkdir(path.join(project, 'packs'));
    await writeFile(path.join(project, 'good.md'), '---\ntitle: 好的\n---\n\n文字。\n');
    await writeFile(path.join(project, 'broken.md'), '---\ntitle: [broken\n---\n\n文字。\n');
    const file = path.join(project, 'packs', 'partner.yaml');
    await writeFile(file, body);
    return file;
  }
  const head = 'title: 资料包\nrecipient: 某医院\ndate: 2026-03-01\nleaflets:\n';

  it('fails at the position of a missing leaflet, and writes nothing', async () => {
    const file = await writeManifest(`${head}  - ../missing.md\n`);
    const built = await pack(file, undefined, project);
    expect(built.report).toMatch(/partner\.yaml:5:5: error: leaflet '\.\.\/missing\.md' does not exist \[pack-leaflet\]/);
    expect(built.chinese).toMatch(/partner\.yaml:5:5: .*[:：] ?手册 '\.\.\/missing\.md' 不存在 \[pack-leaflet\]\n.*[:：] ?路径先从清单文件所在的文件夹找，再从项目文件夹找$/);
    expect(built.outputs).toBeUndefined();
    expect(existsSync(path.join(built.out, 'packs'))).toBe(false);
  });

  it('fails at the position of a leaflet with errors, shows its messages, and keeps an older pack', async () => {
    const file = await writeManifest(`${head}  - good.md\n  - ../broken.md\n`);
    const out = await tempDir();
    const older = path.join(out, 'packs', 'partner.pdf');
    await mkdir(path.dirname(older));
    await writeFile(older, 'older pack');
    const built = await pack(file, out, project);
    expect(built.report).toMatch(/partner\.yaml:6:5: error: leaflet '\.\.\/broken\.md' failed to build; see its messages \[pack-leaflet\]/);
    expect(built.chinese).toMatch(/partner\.yaml:6:5: .*[:：] ?手册 '\.\.\/broken\.md' 没有排版成功，请看它自己的提示 \[pack-leaflet\]/);
    expect(built.report).toMatch(/broken\.md:2:\d+: error: .* \[yaml-syntax\]/);
    expect(await readFile(older, 'utf8')).toBe('older pack');
    expect(await readdir(path.dirname(older))).toEqual(['partner.pdf']);
  });

  it('reports a manifest that does not match the schema at its key', async () => {
    const file = await writeManifest('title: 资料包\ndate: 2026-02-30\nleaflets: []\n');
    const built = await pack(file);
    expect(built.report.split('\n').map((line) => line.replace(/^.*partner\.yaml:/, ''))).toEqual([
      "1:1: error: 'recipient' is required [pack-invalid]",
      "2:7: error: 'date': not a real calendar date [pack-invalid]",
      "3:11: error: 'leaflets': list at least one leaflet [pack-invalid]",
    ]);
  });
});

it('reads a pack date written the Chinese way, with a warning at its place, and prints it on the cover', async () => {
  const project = await tempDir();
  await writeFile(path.join(project, 'good.md'), '---\ntitle: 好的\n---\n\n文字。\n');
  const file = path.join(project, 'partner.yaml');
  await writeFile(file, 'title: 资料包\nrecipient: 某医院\ndate: 2026年3月1日\nleaflets:\n  - good.md\n');
  const built = await pack(file, undefined, project);
  expect(built.report).toMatch(/partner\.yaml:3:7: warning: 'date': '2026年3月1日' is read as 2026-03-01 \[date-spelling\]/);
  expect(built.outputs).toBeDefined();
  const cover = (await textLines(await readFile(built.outputs!.pdf))).filter((line) => line.page === 1).map((line) => line.text);
  expect(cover).toContain('2026 年 3 月 1 日');
});

it('leaves the manifests out of `leaflet build`, which takes .md files only', async () => {
  const { targets } = await findLeaflets([path.join(fixtures, 'samples')]);
  expect(targets.map((target) => target.name).sort()).toEqual(['autologous-stem-cell-transplant', 'mesenchymal-stem-cells-two-cases', 'stem-cells-and-scleroderma']);
});
