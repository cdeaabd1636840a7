// Picks the text for a leaflet's language from a brand value given once or per language.
import type { Lang } from '../source/leaflet-schema.js';
import type { Localized } from './brand-schema.js';

const fallbacks: Record<Lang, Lang[]> = {
  'zh-CN': ['zh-CN', 'zh-TW', 'en'],
  'zh-TW': ['zh-TW', 'zh-CN', 'en'],
  en: ['en', 'zh-CN', 'zh-TW'],
};

export function localize(value: Localized, lang: Lang): string;
export function localize(value: Localized | undefined, lang: Lang): string | undefined;
export function localize(value: Localized | undefined, lang: Lang): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  for (const candidate of fallbacks[lang]) {
    const text = value[candidate];
    if (text) return text;
  }
  return undefined;
}
