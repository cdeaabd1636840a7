import { describe, expect, it } from 'vitest';
import type { PrintRequest } from '../../src/print/print-settings.js';
import { buildText } from '../helpers/build.js';
import { pdfInfo } from '../helpers/pdf.js';

const leaflet = '---\ntitle: 同样的字节\nsubtitle: Same bytes\ndate: 2024-05-21\nkeywords: [硬皮病]\n---\n\n正文。\n\n第二段。\n';

/** Each variant, and whether pdf-lib rebuilds the file (react-pdf writes no ModDate of its own). */
const variants: [string, PrintRequest, boolean][] = [
  ['press', { press: true }, true],
  ['press without marks, 5 mm bleed', { bleedMm: 5, marks: false }, true],
  ['booklet', { layout: 'booklet' }, true],
  ['booklet for press', { layout: 'booklet', press: true }, true],
  ['tri-fold', { layout: 'trifold' }, true],
  ['tri-fold for press', { layout: 'trifold', press: true }, true],
  ['grayscale, large print', { grayscale: true, largePrint: true }, false],
];

describe('every print variant', () => {
  it.each(variants)('%s builds the same bytes twice, dated from the leaflet, with its properties', async (_, print, rebuilt) => {
    const [a, b] = [await buildText(leaflet, 'same', { print }), await buildText(leaflet, 'same', { print })];
    // Two short paragraphs cannot fill every panel or page: that warning aside, nothing to report.
    expect(a.file.messages.filter((m) => m.ruleId !== 'page-fill').map(String)).toEqual([]);
    expect(a.bytes!.equals(b.bytes!)).toBe(true);
    const { info } = await pdfInfo(a.bytes!);
    expect(info).toMatchObject({ Title: '同样的字节', Subject: 'Same bytes', Author: '成都紫贝壳公益服务中心', Keywords: '硬皮病', Creator: 'leaflet', Producer: 'leaflet', Language: 'zh-CN' });
    expect(info.CreationDate).toMatch(/^D:20240521000000/);
    if (rebuilt) expect(info.ModDate).toMatch(/^D:20240521000000/);
  });
});
