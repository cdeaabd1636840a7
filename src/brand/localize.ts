// Picks the text for a leaflet's language from a brand value given once or per language.
import type { Lang } from '../source/leaflet-schema.js';
import type { Localized } from './brand-schema.js';

const fallbacks: Record<Lang, Lang[]> = {
  'zh-CN': ['zh-CN', 'zh-TW', 'en'],
  'zh-TW': ['zh-TW', 'zh-CN', 'en'],
  en: ['en', 'zh-CN', 'zh-TW'],
};

/** A text and the language it is written in, which decides the face it is set in. */
export interface LocalText {
  text: string;
  lang: Lang;
}

/**
 * The text for `lang`, or the nearest language the brand gives, with the language it is written in. A text
 * given once is in the brand's own language `written`.
 */
export function localizeText(value: Localized, lang: Lang, written: Lang): LocalText;
export function localizeText(value: Localized | undefined, lang: Lang, written: Lang): LocalText | undefined;
export function localizeText(value: Localized | undefined, lang: Lang, written: Lang): LocalText | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return { text: value, lang: written };
  for (const candidate of fallbacks[lang]) {
    const text = value[candidate];
    if (text) return { text, lang: candidate };
  }
  return undefined;
}

export function localize(value: Localized, lang: Lang): string;
export function localize(value: Localized | undefined, lang: Lang): string | undefined;
export function localize(value: Localized | undefined, lang: Lang): string | undefined {
  return localizeText(value, lang, lang)?.text;
}
