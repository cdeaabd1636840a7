// The messages of the layout stage, in Chinese and English: characters that the fonts lack.
import type { Entry } from '../say.js';

export const layoutMessages = {
  missingGlyph: { en: "{what}U+{hex} '{char}' is not in the font", 'zh-CN': "{what}字体里没有 U+{hex} '{char}' 这个字符" },
  missingGlyphHint: {
    en: 'use another character, or add a font that has it to typography.fallback_fonts in the brand file',
    'zh-CN': '请换一个字符，或者在品牌文件的 typography.fallback_fonts 里加一个有这个字符的字体',
  },
} satisfies Record<string, Entry>;
