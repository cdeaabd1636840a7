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
});
