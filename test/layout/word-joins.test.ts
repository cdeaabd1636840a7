// Headings and titles break between words: the joiners that keep a word whole, and a tri-fold's headings as printed.
import { describe, expect, it } from 'vitest';
import { panelWidths } from '../../src/layout/page-formats.js';
import { keepWords, wordJoiner } from '../../src/layout/word-joins.js';
import { buildText } from '../helpers/build.js';
import { textLines } from '../helpers/pdf.js';

/** The words of a text as keepWords joins them, parted by `|`. */
const words = (text: string) => keepWords(text).replace(/(?<!\u2060)(?=\p{Script=Han})(?<=\p{Script=Han})/gu, '|').replaceAll(wordJoiner, '');

describe('keepWords', () => {
  it('joins the characters of each Chinese word: the runtime’s words, the field’s, and their endings', () => {
    expect(words('自体造血干细胞移植治疗的长期随访结果')).toBe('自体|造血|干细胞|移植|治疗|的|长期|随访|结果');
    expect(words('系统性硬皮病的抑制剂')).toBe('系统性|硬皮病|的|抑制剂');
    expect(words('雷諾現象：寫給剛確診的病友')).toBe('雷諾|現象：寫給|剛|確診|的|病友');
  });

  it('leaves Latin text, and text without Chinese, as it is', () => {
    expect(keepWords('Stem Cells and Scleroderma')).toBe('Stem Cells and Scleroderma');
    expect(keepWords('MSC 治疗')).toBe(`MSC 治${wordJoiner}疗`);
  });
});

describe('a tri-fold heading', () => {
  it('breaks between words, and prints no joiner', async () => {
    const text = [
      '---',
      'title: 间充质干细胞临床试验的结果与患者的心声',
      '---',
      '',
      '## 临床试验结果显示患者的皮肤评分明显改善',
      '',
      '正文。',
      '',
      '### 自体造血干细胞移植治疗的长期随访结果',
      '',
      '正文。',
    ].join('\n');
    const built = await buildText(text, 'headings', { print: { layout: 'trifold' } });
    const { full, foldIn } = panelWidths;
    const lines = await textLines(built.bytes!, (page) => (page === 1 ? [foldIn, foldIn + full] : [full, 2 * full]));
    const wrapped = lines.filter((line) => line.size > 12).map((line) => line.text);
    expect(wrapped.length).toBeGreaterThan(4);
    const joined = wrapped.join('|');
    for (const word of ['干细胞', '临床', '试验', '患者', '心声', '皮肤', '评分', '明显', '改善', '造血', '移植', '治疗', '长期', '随访', '结果']) {
      expect(joined.replaceAll('|', ''), word).toContain(word);
      expect(joined, word).toContain(word);
    }
    expect(joined).not.toContain(wordJoiner);
  });
});
