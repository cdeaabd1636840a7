// react-pdf with leaflet's text layout: a known Chinese paragraph breaks where the copy in src/layout/textkit breaks it.
import { describe, expect, it } from 'vitest';
import '../../src/layout/react-pdf.js';
import { buildText, designBrand } from '../helpers/build.js';
import { textLines } from '../helpers/pdf.js';

const paragraph =
  '硬皮病是一种罕见的自身免疫性疾病，患者的免疫系统会“错误地”攻击自身的结缔组织，导致皮肤和内脏器官逐渐变硬。早期诊断和规范治疗可以明显改善患者的生活质量，延缓病情的进展。';

describe('react-pdf as leaflet loads it', () => {
  it('runs with the text layout copy, whatever node_modules holds', () => {
    expect((globalThis as { [key: symbol]: unknown })[Symbol.for('leaflet.textkit')]).toBe(true);
  });

  it('breaks a known Chinese paragraph at known places, with no hyphen', async () => {
    const built = await buildText(`---\ntitle: 断行\nformat: A5\n---\n\n${paragraph}\n`, 'leaflet', await designBrand());
    const lines = (await textLines(built.bytes!)).map((line) => line.text);
    const first = lines.findIndex((line) => line.startsWith('硬皮病'));
    expect(lines.slice(first, first + 3)).toEqual([
      '硬皮病是一种罕见的自身免疫性疾病，患者的免疫系统会“错误地”攻击自身的结',
      '缔组织，导致皮肤和内脏器官逐渐变硬。早期诊断和规范治疗可以明显改善患者的',
      '生活质量，延缓病情的进展。',
    ]);
    expect(lines.filter((line) => line.endsWith('-'))).toEqual([]);
  });
});
