import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, buildText, fixtures, type Built } from '../helpers/build.js';
import { pdfInfo, pdfText, textLines, type Line } from '../helpers/pdf.js';

describe('an article with a table, footnotes, boxes and a page break', () => {
  let built: Built;
  let lines: Line[];
  let text: string;
  beforeAll(async () => {
    built = await build(path.join(fixtures, 'article', 'article.md'));
    lines = await textLines(built.bytes!);
    text = lines.map((l) => l.text).join('\n');
  });

  it('builds without messages', () => {
    expect(built.file.messages.map(String)).toEqual([]);
  });

  it('reads the table cells row by row, in column order', () => {
    const header = lines.find((l) => l.text.startsWith('患者'));
    expect(header?.text).toBe('患者 年龄 主要症状 疾病活动指数下降');
    const first = lines.find((l) => l.text.startsWith('第 1 例'));
    expect(first?.text).toMatch(/^第 1 例 28 岁 步行 20 米.* 6$/);
    expect(lines.findIndex((l) => l.text.startsWith('第 2 例'))).toBeGreaterThan(lines.indexOf(first!));
  });

  it('prints footnote numbers in the text and the references after the body, in citation order', () => {
    expect(text).toContain('受到关注1。');
    expect(text).toContain('有效性2。');
    expect(text).toContain('这一结论3。');
    const refs = ['参考文献', '[1] Wehbe T', '[2] van den Hoogen F', '[3] 毛越苹'].map((needle) => text.indexOf(needle));
    expect(refs.every((at) => at > text.indexOf('这一页由强制分页开始'))).toBe(true);
    expect([...refs].sort((a, b) => a - b)).toEqual(refs);
    expect(text.indexOf('[3] 毛越苹')).toBeLessThan(text.indexOf('本网站不提供专业医疗建议'));
  });

  it('keeps citations already written as text', () => {
    expect(text).toContain('【1】和[2]保持原样');
  });

  it('prints the boxes with their labels', () => {
    expect(text).toMatch(/注意\n本示例中的数据仅用于演示排版/);
    expect(text).toMatch(/请咨询您的医生\n任何治疗方案都需要在专业医师指导下进行。/);
  });

  it('starts a new page at the page break', async () => {
    const before = lines.find((l) => l.text.startsWith('早期小鼠实验'))!;
    const after = lines.find((l) => l.text === '第二页')!;
    expect(after.page).toBe(before.page + 1);
    expect(after.top).toBeLessThan(100);
    expect((await pdfInfo(built.bytes!)).pages).toBeGreaterThanOrEqual(after.page);
  });

  it('prints the address of a link after its text', () => {
    expect(text).toContain('详见研究原文 (doi.org/10.21037/sci.2016.09.03)。');
  });

  it('wraps long DOIs inside the column', () => {
    for (const line of lines) expect(line.right, line.text).toBeLessThanOrEqual(595.28 - 40);
  });
});

describe('figures', () => {
  it('embeds the image with a numbered caption', async () => {
    const built = await build(path.join(fixtures, 'article', 'article.md'));
    expect(built.bytes!.includes('/Subtype /Image')).toBe(true);
    expect(await pdfText(built.bytes!)).toContain('图1 治疗一年后疾病活动指数的下降');
  });

  it('draws SVG as vectors, converts GIF and WebP, and warns about low resolution', async () => {
    const built = await build(path.join(fixtures, 'article', 'images.md'));
    const warnings = built.file.messages.filter((m) => m.ruleId !== 'page-fill').map((m) => `${m.line}:${m.column} ${m.ruleId}`);
    expect(warnings).toEqual(['7:1 low-resolution', '9:1 low-resolution', '13:1 low-resolution']);
    const text = await pdfText(built.bytes!);
    for (const caption of ['图1 干细胞的免疫调节作用', '图2 动图', '图3 网络图片格式', '图4 照片', '图5 太小的图']) expect(text).toContain(caption);
    expect(text).toContain('免疫调节');
    const images = built.bytes!.toString('latin1').match(/\/Subtype \/Image/g) ?? [];
    expect(images.length).toBeGreaterThanOrEqual(4);
  });
});

describe('page control and links', () => {
  it('keeps every heading on the page of the paragraph after it', async () => {
    const sections = Array.from({ length: 40 }, (_, i) =>
      `## 第${i + 1}节\n\n${'硬皮病患者的免疫系统“错误地”攻击健康的结缔组织。'.repeat(2 + (i % 4))}\n`,
    ).join('\n');
    const built = await buildText(`# 分节\n\n${sections}`);
    const lines = await textLines(built.bytes!);
    let checked = 0;
    lines.forEach((line, i) => {
      if (!/^第 \d+ 节$/.test(line.text)) return;
      expect(lines[i + 1]?.page, line.text).toBe(line.page);
      checked += 1;
    });
    expect(checked).toBe(40);
    expect(Math.max(...lines.map((l) => l.page))).toBeGreaterThan(3);
  });

  it('makes links clickable', async () => {
    const built = await build(path.join(fixtures, 'article', 'article.md'));
    expect(built.bytes!.toString('latin1')).toMatch(/\/URI \(https:\/\/doi\.org\/10\.21037\/sci\.2016\.09\.03\)/);
  });
});

describe('long tables', () => {
  it('continue on the next page with the header row repeated', async () => {
    const rows = Array.from({ length: 70 }, (_, i) => `| 第${i + 1}例 | ${20 + (i % 40)}岁 | 呼吸困难，关节疼痛 |`).join('\n');
    const built = await buildText(`# 长表\n\n| 患者 | 年龄 | 症状 |\n|---|--:|---|\n${rows}\n`);
    const lines = await textLines(built.bytes!);
    const headers = lines.filter((l) => l.text === '患者 年龄 症状');
    expect(headers.length).toBeGreaterThanOrEqual(2);
    expect(new Set(headers.map((l) => l.page)).size).toBe(headers.length);
    expect(lines.filter((l) => /^第 \d+ 例/.test(l.text))).toHaveLength(70);
  });
});
