import { describe, expect, it } from 'vitest';
import { syllables } from '@react-pdf/hyphenate/en-us';
import { closing, hyphenate, isMarker, markers, opening } from '../../src/layout/line-break.js';

/** The pieces between break opportunities, as react-pdf will see them in a line wide enough for every piece. */
function units(word: string): string[] {
  const out = [''];
  for (const piece of hyphenate(word)) {
    if (piece === '') out.push('');
    else if (!isMarker(piece)) out[out.length - 1] += piece;
  }
  return out.filter((piece) => piece !== '');
}

/** The pieces as a line narrower than any long piece sees them: broken at every marker too (a hyphenation point at either level). */
function emergencyUnits(word: string, level: 'punctuation' | 'anywhere', hyphenation?: typeof syllables): string[] {
  const breaks = level === 'anywhere' ? ['', markers.punctuation, markers.anywhere, markers.hyphen] : ['', markers.punctuation, markers.hyphen];
  const out = [''];
  for (const piece of hyphenate(word, hyphenation)) {
    if (breaks.includes(piece)) out.push('');
    else if (!isMarker(piece)) out[out.length - 1] += piece;
  }
  return out.filter((piece) => piece !== '');
}

describe('hyphenate (the line-break callback)', () => {
  it('gives the word back unchanged, without adding characters', () => {
    for (const word of ['硬皮病患者的免疫系统“错误地”攻击健康的结缔组织。', 'SCOT的II', 'plain', 'Pneumonoultramicroscopicsilicovolcanoconiosis']) {
      expect(hyphenate(word).filter((piece) => !isMarker(piece)).join('')).toBe(word);
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
    // A number keeps the measure word after it.
    expect(units('共招募156名患者')).toContain('156名');
    expect(units('（NCT00114530）在')).toEqual(['（NCT00114530）', '在']);
  });

  it('keeps a number with its measure word or unit, a Greek letter with its term, and ——', () => {
    expect(units('人民南路8号2楼多功能厅')).toEqual(['人', '民', '南', '路', '8号', '2楼', '多', '功', '能', '厅']);
    expect(units('年龄28岁，步行20米，随访4次')).toEqual(['年', '龄', '28岁，', '步', '行', '20米，', '随', '访', '4次']);
    expect(units('干扰素-γ（IFN-γ）等')).toEqual(['干', '扰', '素-γ', '（IFN-γ）', '等']);
    expect(units('希望——不会')).toEqual(['希', '望', '——', '不', '会']);
  });

  it('hyphenates a Latin word of seven letters or more between syllables (the patterns given), three letters at least on each line', () => {
    const points = (text: string) => hyphenate(text, syllables).map((piece) => (piece === markers.hyphen ? '-' : isMarker(piece) ? '' : piece)).join('');
    expect(points('scleroderma')).toBe('scle-ro-derma');
    expect(points('（mesenchymal')).toBe('（mes-enchy-mal');
    expect(points('transplantation')).toBe('trans-plan-ta-tion');
    // Never a name, a brand or a word in capitals.
    for (const text of ['Group,', 'Margossian', 'Cellcept', 'Scleroderma', 'TREATMENT', 'mRSS', 'SCOT', 'EsSG）', 'https://www.sscchina.org', 'NCT00114530', 'https://example.org/autologous-haematopoietic', 'info@transplantation.org']) {
      expect(points(text)).toBe(text);
    }
  });

  it('leaves Latin words whole where the line has room', () => {
    expect(units('Scleroderma')).toEqual(['Scleroderma']);
    expect(hyphenate('2016')).toEqual(['2016']);
    expect(hyphenate('mRSS')).toEqual(['mRSS']);
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
    expect(units('very.long.name.of.a.colleague@hospital-example.org.cn')).toHaveLength(1);
  });

  it('breaks a long URL after a slash or before . - ? & =', () => {
    expect(units('https://doi.org/10.1007/s40257-023-00831-2')).toEqual([
      'https://', 'doi', '.org/', '10', '.1007/', 's40257', '-023', '-00831', '-2',
    ]);
    expect(units('https://www.sscchina.org')).toEqual(['https://www.sscchina.org']);
  });
});

describe('a run too wide for its line', () => {
  const url = 'https://mp.weixin.qq.com/s?__biz=MzA5NjU0MzI1MQ==&mid=2650123456&idx=1&sn=0123456789abcdef&chksm=8b5e1234bc29a5c6d7e8f90a1b2c3d&scene=21#rd';
  const word = 'Pneumonoultramicroscopicsilicovolcanoconiosis';

  it('gets no markers when it is short, but its hyphenation points', () => {
    expect(hyphenate('fibrosis')).toEqual(['fibrosis']);
    expect(hyphenate('fibrosis', syllables)).toEqual(['fibro', markers.hyphen, 'sis']);
    expect(hyphenate('硬皮病').some(isMarker)).toBe(false);
  });

  it('breaks a long word between any two letters, and only there; at its hyphenation points first', () => {
    expect(emergencyUnits(word, 'punctuation')).toEqual([word]);
    expect(emergencyUnits(word.toLowerCase(), 'punctuation', syllables).join('-')).toBe('pneu-mo-noul-tra-mi-cro-scop-ic-sil-i-co-vol-canoco-nio-sis');
    expect(emergencyUnits(word, 'anywhere')).toEqual([...word]);
  });

  it('breaks an address at its punctuation first, and between characters only inside a long part', () => {
    const parts = emergencyUnits(url, 'punctuation');
    expect(parts.join('')).toBe(url);
    expect(parts).toContain('&chksm');
    expect(parts).toContain('=8b5e1234bc29a5c6d7e8f90a1b2c3d');
    const anywhere = emergencyUnits(url, 'anywhere');
    // `&idx` is short: it stays whole; the checksum is long: it may part anywhere.
    expect(anywhere).toContain('&idx');
    expect(anywhere).toContain('8');
    expect(anywhere.join('')).toBe(url);
  });

  it('never leaves an opening bracket or quote at a line end, nor starts a line with a closing one', () => {
    for (const text of [`(${word})`, `（${word}）`, `“${word}”`, `[${url}]`, `(${word}).`, `${word},${word}`]) {
      const pieces = emergencyUnits(text, 'anywhere');
      expect(pieces.join('')).toBe(text);
      for (const piece of pieces) {
        expect(piece, text).not.toMatch(/^[)\]}）”]|[(\[{（“]$/u);
      }
    }
  });

  it('breaks a long stretch of marks where no break would keep the rule', () => {
    for (const text of ['，'.repeat(40), '('.repeat(40), `a${')'.repeat(40)}`]) {
      const pieces = emergencyUnits(text, 'anywhere');
      expect(pieces.join('')).toBe(text);
      expect(Math.max(...pieces.map((p) => [...p].length))).toBeLessThanOrEqual(9);
    }
  });

  it('never splits a character that is made of several code points', () => {
    const text = `${'👨‍👩‍👧'.repeat(5)}${'é'.normalize('NFD').repeat(10)}`;
    const pieces = emergencyUnits(text, 'anywhere');
    expect(pieces).toEqual([...Array(5).fill('👨‍👩‍👧'), ...Array(10).fill('é'.normalize('NFD'))]);
  });
});
