// The event flyer template: one page, the date and place, the sign-up QR code, and co-branding.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, buildText, fixtures, root, tempDir } from '../helpers/build.js';
import { leaflet } from '../helpers/cli.js';
import { mm } from '../../src/layout/page-formats.js';
import { decodeQr, findQr, pdfInfo, pdfText, textLines } from '../helpers/pdf.js';

const meetup = path.join(fixtures, 'events', 'meetup.md');

describe('the event flyer', () => {
  it('is one page with the date, the place and a QR code to the sign-up page', async () => {
    const built = await build(meetup);
    expect(built.file.messages.map(String)).toEqual([]);
    const { pages, sizes } = await pdfInfo(built.bytes!);
    expect(pages).toBe(1);
    expect(sizes[0]!.width).toBeCloseTo(419.53, 0);
    const text = await pdfText(built.bytes!);
    expect(text.replace(/ /g, '')).toContain('2026年12月12日（周六）14:00–17:00');
    for (const part of ['成都市武侯区社区活动中心', '免费', '张老师', '扫码报名', '紫贝壳公益']) expect(text).toContain(part);
    expect(await decodeQr(built.bytes!, 1)).toBe('https://www.sscchina.org/signup?event=2026-12');
  });

  it('breaks the place between words, never inside one, on paper and on a phone', async () => {
    const built = await build(meetup, { print: { phone: true, phoneImage: false } });
    for (const bytes of [built.bytes!, await readFile(built.phone![0]!)]) {
      const lines = (await textLines(bytes)).map((line) => line.text.replace(/ /g, ''));
      expect(lines.filter((line) => /活动中$|社区活$|武侯$|^心|^动中/.test(line))).toEqual([]);
    }
  });

  it('sizes the sign-up QR code for the format printed, not the one in the front matter', async () => {
    const a5 = await findQr((await build(meetup)).bytes!, 1);
    const a4 = await findQr((await build(meetup, { print: { format: 'A4' } })).bytes!, 1);
    expect(a4!.data).toBe(a5!.data);
    expect(a4!.width / a5!.width).toBeCloseTo(45 / 36, 1);
  });

  it.each([
    ['a short', ''],
    ['a long', '\n\n请带上近期的检查报告和正在服用的药物清单，医生会根据大家的问题现场讲解。'.repeat(4)],
  ])('grows %s text to fill an A4 page, with no gap over 15 mm above the footer panel', async (_, more) => {
    const text = (await readFile(meetup, 'utf8')) + more;
    const built = await buildText(text, 'flyer', { print: { format: 'A4' } });
    expect(built.file.messages.map(String)).toEqual([]);
    expect((await pdfInfo(built.bytes!)).pages).toBe(1);
    const lines = (await textLines(built.bytes!)).sort((a, b) => a.top - b.top);
    const footer = lines.findIndex((line) => line.text.includes('成都紫贝壳公益服务中心'));
    const above = lines[footer - 1]!;
    // The panel's top: the footer line's glyphs, half its leading, the panel's padding (1.2 × 10.5 pt) and its 4 pt border.
    const panelTop = lines[footer]!.top - lines[footer]!.size * (0.88 + 0.33) - 10.5 * 1.2 - 4;
    const gap = panelTop - (above.top + above.size * 0.45);
    expect(gap).toBeGreaterThanOrEqual(0);
    expect(gap / mm).toBeLessThanOrEqual(15);
  });

  it('writes the date the English way', async () => {
    const built = await build(path.join(fixtures, 'events', 'meetup-en.md'));
    expect(await pdfText(built.bytes!)).toContain('Sat 12 Dec 2026, 14:00–17:00');
  });

  it('says by how much a text that is too long overflows the page', async () => {
    const text = await readFile(meetup, 'utf8');
    const long = text.replace('欢迎病友和家属参加。', '欢迎病友和家属参加。'.repeat(120));
    const built = await buildText(long, 'long');
    expect(built.output).toBeUndefined();
    const [message] = built.file.messages;
    expect(message?.ruleId).toBe('one-page-overflow');
    const over = Number(/about (\d+) mm too long/.exec(message!.reason)?.[1]);
    expect(over).toBeGreaterThan(10);
    const longer = await buildText(text.replace('欢迎病友和家属参加。', '欢迎病友和家属参加。'.repeat(240)), 'longer');
    expect(Number(/about (\d+) mm/.exec(longer.file.messages[0]!.reason)?.[1])).toBeGreaterThan(over + 40);
  });

  it('is refused as a booklet', async () => {
    const run = await leaflet(['build', meetup, '--booklet', '--out', await tempDir()]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('[layout-unsupported]');
  });
});

describe('co-branding', () => {
  it('shows the partner beside the organisation', async () => {
    const brandText = (await readFile(path.join(root, 'assets', 'brand.yaml'), 'utf8')).replace(
      'partners: {}',
      'partners:\n  west-china:\n    name: { zh-CN: 华西医院风湿免疫科, en: West China Hospital }\n    url: https://example.org',
    );
    const brand = path.join(await tempDir(), 'brand.yaml');
    await writeFile(brand, brandText);
    const built = await buildText('---\ntitle: 合作\npartner: west-china\n---\n\n正文。\n', 'partner', { brand });
    const text = await pdfText(built.bytes!);
    expect(text.match(/华西医院风湿免疫科/g)?.length).toBe(2);
    const typo = await buildText('---\ntitle: 合作\npartner: west-chna\n---\n\n正文。\n', 'typo', { brand });
    expect(typo.file.messages.map(String)).toEqual([expect.stringContaining("unknown partner 'west-chna'; did you mean 'west-china'?")]);
  });
});
