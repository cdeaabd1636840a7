import { describe, expect, it } from 'vitest';
import { closing, hyphenate, opening } from '../../src/typeset/line-break.js';

/** The pieces between break opportunities, as react-pdf will see them. */
function units(word: string): string[] {
  return hyphenate(word).filter((piece) => piece !== '');
}

describe('hyphenate (the line-break callback)', () => {
  it('gives the word back unchanged, without adding characters', () => {
    for (const word of ['硬皮病患者的免疫系统“错误地”攻击健康的结缔组织。', 'SCOT的II', 'plain']) {
      expect(hyphenate(word).join('')).toBe(word);
    }
  });

  it('breaks between Chinese characters with empty pieces, never with a hyphen', () => {
    expect(hyphenate('干细胞')).toEqual(['', '干', '', '细', '', '胞', '']);
    expect(hyphenate('干细胞').join('')).not.toContain('-');
  });

  it('keeps closing punctuation with the character before it', () => {
    for (const mark of closing) {
      const pieces = units(`甲${mark}乙`);
      expect(pieces.some((piece) => piece.startsWith(mark)), `${mark} starts a piece: ${pieces.join('|')}`).toBe(false);
    }
  });

  it('keeps opening punctuation with the character after it', () => {
    for (const mark of opening) {
      const pieces = units(`甲${mark}乙`);
      expect(pieces.some((piece) => piece.endsWith(mark)), `${mark} ends a piece: ${pieces.join('|')}`).toBe(false);
    }
  });

  it('keeps a run of closing marks together: 。」and ……', () => {
    expect(units('说完。」然后')).toEqual(['说', '完。」', '然', '后']);
    expect(units('等等……好')).toEqual(['等', '等……', '好']);
  });

  it('keeps Latin words and numbers whole inside Chinese text', () => {
    expect(units('一项名为SCOT的试验')).toEqual(['一', '项', '名', '为', 'SCOT', '的', '试', '验']);
    expect(units('共招募156名患者')).toContain('156');
    expect(units('（NCT00114530）在')).toEqual(['（NCT00114530）', '在']);
  });

  it('leaves Latin words alone', () => {
    expect(hyphenate('Scleroderma')).toEqual(['Scleroderma']);
    expect(hyphenate('2016')).toEqual(['2016']);
  });

  it('offers a break where two style runs meet, unless a mark forbids it', () => {
    expect(hyphenate('免疫').at(-1)).toBe('');
    expect(hyphenate('免疫')[0]).toBe('');
    expect(hyphenate('（免疫').at(0)).toBe('');
    expect(hyphenate('：后文')[0]).not.toBe('');
    expect(hyphenate('前文（').at(-1)).not.toBe('');
  });

  it('never breaks inside a number with its unit, an email address or a short DOI', () => {
    expect(units('剂量为200万个细胞/kg的')).toEqual(['剂', '量', '为', '200万', '个', '细', '胞/kg', '的']);
    expect(units('比例为10%，')).toEqual(['比', '例', '为', '10%，']);
    expect(units('邮箱info@sscchina.org。')).toEqual(['邮', '箱', 'info@sscchina.org。']);
    expect(units('见10.1016/j.jaad.2021.10.065。')).toEqual(['见', '10.1016/j.jaad.2021.10.065。']);
    expect(hyphenate('very.long.name.of.a.colleague@hospital-example.org.cn')).toHaveLength(1);
  });

  it('breaks a long URL after a slash or before . - ? & =', () => {
    expect(units('https://doi.org/10.1007/s40257-023-00831-2')).toEqual([
      'https://', 'doi', '.org/', '10', '.1007/', 's40257', '-023', '-00831', '-2',
    ]);
    expect(units('https://www.sscchina.org')).toEqual(['https://www.sscchina.org']);
  });
});

