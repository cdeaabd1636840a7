// Headings and titles break between words, not inside one (临床, 硬皮病 stay whole): word joiners inside words.
import { isWide } from './line-break.js';

/** U+2060 WORD JOINER: no line break on either side of it (UAX #14 class WJ); the line breaker drops it. */
export const wordJoiner = '\u2060';

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * Words of the leaflets' field that the runtime's dictionary (ICU) cuts into pieces, in Simplified and
 * Traditional: 硬|皮|病, 随|访, 干|细胞.
 */
const fieldWords = new Set(
  (
    '硬皮病 硬皮症 干细胞 幹細胞 间充质 間充質 随访 隨訪 评分 評分 确诊 確診 心声 心聲 紫贝壳 紫貝殼 甲氨蝶呤 ' +
    '环磷酰胺 環磷醯胺 吗替麦考酚酯 皮损 皮損 就医 就醫 医嘱 醫囑 肾危象 腎危象 气短 氣短 指端 雷诺 雷諾'
  ).split(' '),
);
/** Endings that make a word of the word before them: 系统性, 纤维化, 抑制剂, 关节痛. */
const endings = '性化剂劑症痛率者';
const fieldWord = new RegExp(`(${[...fieldWords].sort((x, y) => y.length - x.length).join('|')})`);

interface Word {
  text: string;
  /** A word, not spaces or punctuation. */
  word: boolean;
}

/** The words of a text: the field's own, and the runtime's between them, with their endings put back on. */
function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  text.split(fieldWord).forEach((part, i) => {
    if (i % 2 === 1) out.push({ text: part, word: true });
    else for (const { segment, isWordLike } of segmenter.segment(part)) {
      const before = out.at(-1);
      if (before?.word && [...before.text].every(isWide) && endings.includes(segment)) before.text += segment;
      else out.push({ text: segment, word: isWordLike === true });
    }
  });
  return out;
}

/**
 * The text with a word joiner between each two wide characters of a word. A word that does not fit its line is
 * still broken inside, as any run too long for it.
 */
export function keepWords(text: string): string {
  if (![...text].some(isWide)) return text;
  return wordsOf(text)
    .map(({ text: part, word }) => {
      const chars = [...part];
      return word && chars.length > 1 && chars.every(isWide) ? chars.join(wordJoiner) : part;
    })
    .join('');
}
