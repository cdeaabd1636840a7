import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, buildText, type Built, fixtures } from '../helpers/build.js';
import { maxNesting } from '../../src/model/nesting.js';
import { decodeQr, pdfInfo, pdfText, textLines } from '../helpers/pdf.js';

const sample = path.join(fixtures, 'samples', 'stem-cells-and-scleroderma.md');

/** Asserts that each needle occurs in the text, each after the one before it. */
function expectInOrder(text: string, needles: string[]) {
  let from = 0;
  for (const needle of needles) {
    const at = text.indexOf(needle, from);
    expect(at, `"${needle}" after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + needle.length;
  }
}

/**
 * Text without the line breaks that layout put in, to search sentences that wrap, and without the
 * spaces that text extraction reads into the quarter em between Chinese and Latin.
 */
const flat = (text: string) =>
  text.replace(/\n/g, '').replace(/(?<=[\u4e00-\u9fff]) (?=[A-Za-z0-9])|(?<=[A-Za-z0-9]) (?=[\u4e00-\u9fff])/g, '');

describe('a sample leaflet', () => {
  let built: Built;
  let text: string;
  beforeAll(async () => {
    built = await build(sample);
    text = flat(await pdfText(built.bytes!));
  });

  it('builds without messages', () => {
    expect(built.file.messages.map(String)).toEqual([]);
    expect(built.output).toMatch(/stem-cells-and-scleroderma\.pdf$/);
  });

  it('prints header, title, body, disclaimer and back matter in order, the credit after the slogan as in the printed leaflets', () => {
    for (const part of ['紫贝壳公益', 'Chinese Organization For Scleroderma', '多一分了解', '多一点安心']) {
      expect(text.indexOf(part)).toBeLessThan(text.indexOf('实验性治疗方法'));
    }
    expectInOrder(text, [
      '实验性治疗方法',
      'EXPERIMENTAL TREATMENT',
      '成都紫贝壳公益服务中心',
      '干细胞与硬皮病',
      'Stem Cells and Scleroderma',
      '经调查研究发现干细胞移植可以作为包括硬皮病在内的几种自身免疫性疾病的潜在治疗方法。',
      '①',
      '胚胎干细胞具有分化为任何细胞类型的潜力',
      '骨髓间充质干细胞，分化为骨骼、肌肉和结缔组织，并调节免疫反应。',
      '关于间充质干细胞的深入研究和潜在临床试验正在规划之中。',
      '本网站不提供专业医疗建议、诊断或疗法。',
      '机构简介',
      '2016年由硬皮病患者及家属发起创办的中国硬皮病（SSc）患者关爱组织',
      '人们不再害怕硬皮病',
      '爱，让我们更柔软',
      '本手册由以下机构授权翻译',
      'The Scleroderma Education Project',
      '联系方式',
    ]);
  });

  it('sets the disclaimer in at least 9 pt', async () => {
    const lines = await textLines(built.bytes!);
    const disclaimer = lines.filter((line) => line.text.includes('本网站不提供专业医疗建议'));
    expect(disclaimer.length).toBe(1);
    expect(disclaimer[0]!.size).toBeGreaterThanOrEqual(9);
  });

  it('prints every contact channel', () => {
    for (const channel of ['18180768676', 'info@sscchina.org', 'www.sscchina.org', '@紫贝壳公益', '微信公众号', '152267349', '进群需提供诊断证明', '扫码关注']) {
      expect(text).toContain(channel);
    }
  });

  it('has a QR code that decodes to the brand URL', async () => {
    const { pages } = await pdfInfo(built.bytes!);
    expect(await decodeQr(built.bytes!, pages, 'bottom')).toBe('https://www.sscchina.org');
  });

  it('carries the metadata', async () => {
    const { info } = await pdfInfo(built.bytes!);
    expect(info).toMatchObject({
      Title: '干细胞与硬皮病',
      Author: '成都紫贝壳公益服务中心',
      Subject: 'Stem Cells and Scleroderma',
      Keywords: '硬皮病, 干细胞, 实验性治疗方法',
      Creator: 'leaflet',
      Language: 'zh-CN',
    });
  });

  it('builds the same bytes twice', async () => {
    const again = await build(sample);
    expect(again.bytes!.equals(built.bytes!)).toBe(true);
  });
});

describe('front matter', () => {
  it('overrides the QR code', async () => {
    const built = await buildText('---\ntitle: 活动\nqr:\n  url: https://example.org/signup?id=42\n  caption: 扫码报名\n---\n\n正文。\n');
    const text = await pdfText(built.bytes!);
    expect(text).toContain('扫码报名');
    const { pages } = await pdfInfo(built.bytes!);
    expect(await decodeQr(built.bytes!, pages)).toBe('https://example.org/signup?id=42');
  });

  it.each([
    ['A4', 595.28, 841.89],
    ['A5', 419.53, 595.28],
    ['Letter', 612, 792],
  ])('sets the page size for format %s', async (format, width, height) => {
    const built = await buildText(`---\ntitle: 尺寸\nformat: ${format}\n---\n\n正文。\n`);
    const { sizes } = await pdfInfo(built.bytes!);
    for (const size of sizes) {
      expect(size.width).toBeCloseTo(width, 0);
      expect(size.height).toBeCloseTo(height, 0);
    }
  });

  it('renders quotes and lists nested as deep as the model allows', async () => {
    const lists = Array.from({ length: maxNesting }, (_, i) => `${'  '.repeat(i)}- 第${i + 1}层`).join('\n');
    const built = await buildText(`# 嵌套\n\n${lists}\n\n${'> '.repeat(maxNesting)}最深的引用\n`);
    // How the pages fill is not the question here (the back matter goes to a page of its own).
    expect(built.file.messages.filter((m) => m.ruleId !== 'page-fill').map(String)).toEqual([]);
    const text = flat(await pdfText(built.bytes!));
    expect(text).toContain(`第${maxNesting}层`);
    expect(text).toContain('最深的引用');
  });

  it('takes the title from the first heading when there is no front matter', async () => {
    const built = await buildText('# 标题来自正文\n\n正文。\n');
    const { info } = await pdfInfo(built.bytes!);
    expect(info.Title).toBe('标题来自正文');
    expect((await pdfText(built.bytes!)).match(/标题来自正文/g)).toHaveLength(1);
  });

  it('dates the PDF from SOURCE_DATE_EPOCH, then the leaflet date', async () => {
    const dated = await buildText('---\ntitle: 日期\ndate: 2024-05-21\n---\n\n正文。\n');
    expect((await pdfInfo(dated.bytes!)).info.CreationDate).toMatch(/^D:20240521/);
    process.env.SOURCE_DATE_EPOCH = '1700000000';
    try {
      const epoch = await buildText('---\ntitle: 日期\ndate: 2024-05-21\n---\n\n正文。\n');
      expect((await pdfInfo(epoch.bytes!)).info.CreationDate).toMatch(/^D:20231114/);
    } finally {
      delete process.env.SOURCE_DATE_EPOCH;
    }
  });
});

describe('a leaflet with an error in its settings', () => {
  it('is told of its missing glyphs in the same run, not only once the error is mended', async () => {
    const built = await buildText('---\ntitle: 甲\nformat: A6\n---\n\n正文里有一个私用区字符：\uE000。\n');
    expect(built.output).toBeUndefined();
    expect(built.file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual(['3:9 front-matter-invalid', '6:13 missing-glyph']);
  });
});
