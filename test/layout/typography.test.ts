import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { brandFile, build, buildText, fixtures, tempDir } from '../helpers/build.js';
import { leaflet } from '../helpers/cli.js';
import { textLines, textOutsideTrim, type Line } from '../helpers/pdf.js';
import { glyphLines, glyphPositions } from '../helpers/glyphs.js';

const paragraph =
  '最近，一项名为SCOT的II / III期临床试验（NCT00114530）在重症系统性硬皮病患者中的研究表明：造血干细胞移植可能会带来十分可期的临床效果。' +
  '由于尚未进行大规模的对照试验，间充质干细胞仍处于研究的早期阶段。但根据早期的案例研究发现，与造血干细胞相比，间充质干细胞不仅有效还可能有更少的副作用。' +
  '2016年11月，初步结果发布在《Assassi et al》杂志：75例弥漫型系统性硬皮病，高危肺部和/或肾脏受累的患者被随机分配接受12个月环磷酰胺（Cytoxan）治疗或HSCT治疗。';

/** The body lines of the paragraph that starts with `start`: every line up to the next blank gap. */
function paragraphLines(lines: Line[], start: string): Line[] {
  const first = lines.findIndex((l) => l.text.startsWith(start));
  const out = [lines[first]!];
  for (const line of lines.slice(first + 1)) {
    if (line.page !== out[0]!.page || line.top - out.at(-1)!.top > 25) break;
    out.push(line);
  }
  return out;
}

async function brandWith(replace: [string, string][]): Promise<string> {
  let text = await readFile(brandFile, 'utf8');
  for (const [from, to] of replace) text = text.replace(from, to);
  const file = path.join(await tempDir(), 'brand.yaml');
  await writeFile(file, text);
  return file;
}

describe('justification', () => {
  it('sets the full lines of a Chinese paragraph flush with the right edge', async () => {
    const built = await buildText(`# 对齐\n\n${paragraph}\n`);
    const lines = paragraphLines(await textLines(built.bytes!), '最近');
    expect(lines.length).toBeGreaterThanOrEqual(4);
    // textLines leaves out the blank half of a closing mark that ends a line.
    const right = (l: Line) => l.right;
    const edge = Math.max(...lines.map(right));
    for (const line of lines.slice(0, -1)) expect(Math.abs(right(line) - edge), line.text).toBeLessThanOrEqual(0.5);
    expect(edge - right(lines.at(-1)!)).toBeGreaterThan(5);
  });

  it('leaves the right edge ragged when the leaflet asks for it', async () => {
    const built = await buildText(`---\ntitle: 对齐\nalign: left\n---\n\n${paragraph}\n`);
    const lines = paragraphLines(await textLines(built.bytes!), '最近');
    const edge = Math.max(...lines.map((l) => l.right));
    expect(lines.slice(0, -1).some((line) => edge - line.right > 1)).toBe(true);
  });
});

describe('Chinese and Latin', () => {
  it('puts a quarter em between Chinese and Latin letters or digits, unless the brand turns it off', async () => {
    const spaced = await buildText(`# 间距\n\n一项名为SCOT的试验共招募156名患者。\n`);
    const text = (await textLines(spaced.bytes!)).map((l) => l.text).join('\n');
    expect(text).toContain('一项名为 SCOT 的试验共招募 156 名患者。');
    const brand = await brandWith([['cjk_latin_spacing: true', 'cjk_latin_spacing: false']]);
    const tight = await buildText(`# 间距\n\n一项名为SCOT的试验共招募156名患者。\n`, 'tight', { brand });
    expect((await textLines(tight.bytes!)).map((l) => l.text)).toContain('一项名为SCOT的试验共招募156名患者。');
  });

  it('spaces a percentage, a temperature and Greek and accented letters as Latin: after the sign, not before it', async () => {
    const built = await buildText(`# 间距\n\n约有10%直接受益，约90‰的样本，体温37°C以下，IFN-γ升高，Sjögren综合征。\n`);
    const text = (await textLines(built.bytes!)).map((l) => l.text).join('\n');
    expect(text).toContain('约有 10% 直接受益，约 90‰ 的样本，体温 37°C 以下，IFN-γ 升高，Sjögren 综合征。');
  });

  it('wraps a long URL inside the page and keeps numbers, units, emails and DOIs whole', async () => {
    const url = 'https://www.example.org/clinical-trials/scleroderma/autologous-haematopoietic-stem-cell-transplantation?id=NCT00114530';
    const built = await buildText(`---\ntitle: 链接\nformat: A5\n---\n\n见${url}。剂量为200万个细胞/kg，邮箱info@sscchina.org，doi: 10.1016/j.jaad.2021.10.065。\n`);
    const lines = await textLines(built.bytes!);
    for (const line of lines) expect(line.right).toBeLessThanOrEqual(419.53);
    // Justified lines spread the letters, so text extraction may read a gap as a space.
    const text = lines.map((l) => l.text.replace(/ /g, '')).join('\n');
    expect(text.replace(/\n/g, '')).toContain(url);
    expect(lines.filter((l) => l.text.includes('example')).length).toBe(1);
    for (const whole of ['200万', '细胞/kg', 'info@sscchina.org', '10.1016/j.jaad.2021.10.065']) expect(text, whole).toContain(whole);
  });
});

describe('words a line never parts', () => {
  it('keeps et al. together, and an identifier with its label, wherever the line ends', async () => {
    // The same reference with an author one letter longer each time, so that every place falls at a line end somewhere.
    const refs = Array.from({ length: 12 }, (_, i) => `Wehbe T, Abi Saab M, Abi Chahine N, Margossian T${'x'.repeat(i)}. Stem Cell Investig. 2016 Sep 19;3:48. doi: 10.21037/sci.2016.09.03. PMID: 27777937; PMCID: PMC5067369. Smith J, et al.`);
    const built = await buildText(`---\ntitle: References\nlang: en\n---\n\n${refs.join('\n\n')}\n`, 'refs', { print: { phone: true, phoneImage: false } });
    const phone = await readFile(built.phone![0]!);
    for (const bytes of [built.bytes!, phone]) {
      const ends = (await textLines(bytes)).map((line) => line.text.trim()).filter((text) => /(\bet|PMID:|PMCID:|doi:)$/.test(text));
      expect(ends).toEqual([]);
    }
  });
});

describe('fonts', () => {
  it('warns about each character that no font has, and fails under --strict', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'emoji.md');
    await writeFile(file, '---\ntitle: 表情\n---\n\n私用区字符\ue000与\n表情😀。\n');
    const run = await leaflet(['build', file, '--out', dir]);
    expect(run.code).toBe(0);
    const warnings = run.stderr.split('\n').filter((l) => l.includes('[missing-glyph]'));
    expect(warnings).toEqual([
      `${file}:5:6: warning: U+E000 '\ue000' is not in the font [missing-glyph]`,
      `${file}:6:3: warning: U+1F600 '😀' is not in the font [missing-glyph]`,
    ]);
    expect((await leaflet(['build', file, '--out', dir, '--strict'])).code).toBe(1);
  });

  it('sets a character that no font has as the main face\'s empty box, measured as it is drawn', async () => {
    // Characters that no font has near the end of a line: drawn in react-pdf's Helvetica, the last font it
    // tries, they came out as other characters, and wider than measured, past the page's edge.
    const built = await build(path.join(fixtures, 'typeset', 'no-font-at-line-end.md'));
    expect(built.file.messages.filter((m) => m.ruleId === 'missing-glyph').length).toBeGreaterThan(0);
    expect(built.bytes!.includes('/Helvetica')).toBe(false);
    expect(await textOutsideTrim(built.bytes!)).toEqual([]);
  });

  it('takes symbols from the brand’s fallback fonts', async () => {
    const brand = await brandWith([
      ['fallback_fonts: []', 'fallback_fonts:\n    - package: "@expo-google-fonts/noto-sans-symbols-2/400Regular/NotoSansSymbols2_400Regular.ttf"'],
    ]);
    const built = await buildText('# 符号\n\n无障碍通道♿已开放。\n', 'symbols', { brand });
    expect(built.file.messages.map(String)).toEqual([]);
    expect(built.bytes!.includes('NotoSansSymbols2')).toBe(true);
    expect((await textLines(built.bytes!)).map((l) => l.text)).toContain('无障碍通道♿已开放。');
  });

  it('uses Noto Sans TC for Traditional Chinese', async () => {
    const built = await buildText('---\ntitle: 繁體\nlang: zh-TW\n---\n\n硬皮病患者的免疫系統「錯誤地」攻擊健康的結締組織。\n');
    expect(built.bytes!.includes('NotoSansTC-Regular')).toBe(true);
    // The brand file's texts are Simplified: they keep their own face (see test/render/brand-text.test.ts).
    expect(built.bytes!.includes('NotoSansSC-Regular')).toBe(true);
  });

  it('sets headings in a heavier weight when the brand asks for it', async () => {
    const brand = await brandWith([['heading_weight: 700', 'heading_weight: 900']]);
    const built = await buildText('# 标题\n\n## 小节\n\n正文。\n', 'heavy', { brand });
    expect(built.bytes!.includes('NotoSansSC-Black')).toBe(true);
  });
});

describe('punctuation width', () => {
  const text = '# 标点\n\n他说：“好的。”然后（在医院）。我们，你们、他们！\n';
  /** How far each of these marks advances to the next character, in em. */
  async function advances(brand?: string) {
    const built = await buildText(text, 'marks', brand ? { brand } : {});
    const lines = glyphLines(await glyphPositions(built.bytes!));
    const line = lines.find((l) => l.map((g) => g.char).join('').startsWith('他说'))!;
    const out: Record<string, number> = {};
    for (let i = 0; i + 1 < line.length; i += 1) out[line[i]!.char + line[i + 1]!.char] = (line[i + 1]!.x - line[i]!.x) / line[i]!.size;
    for (let i = 0; i + 2 < line.length; i += 1) out[line[i]!.char + line[i + 1]!.char + line[i + 2]!.char] = (line[i + 2]!.x - line[i]!.x) / line[i]!.size;
    return out;
  }

  it('sets two adjacent marks in 1.5 em by default, all marks full width with `none`, and half width but 。？！ with `kaiming`', async () => {
    const quanjiao = await advances();
    for (const pair of ['：“', '。”', '）。']) expect(quanjiao[pair], pair).toBeCloseTo(0.5, 1);
    expect(quanjiao['，你']).toBeGreaterThan(0.9);
    const none = await advances(await brandWith([['punctuation: quanjiao', 'punctuation: none']]));
    for (const pair of ['：“', '。”', '）。', '，你']) expect(none[pair], pair).toBeGreaterThan(0.95);
    const kaiming = await advances(await brandWith([['punctuation: quanjiao', 'punctuation: kaiming']]));
    for (const pair of ['，你', '、他']) expect(kaiming[pair], pair).toBeCloseTo(0.5, 1);
    // A colon and an opening quote: two half-width marks, one em together.
    expect(kaiming['：“好']).toBeCloseTo(1, 1);
    expect(kaiming['。”']).toBeGreaterThan(0.95);
  });
});
