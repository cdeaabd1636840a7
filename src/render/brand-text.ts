// Brand texts as drawn: in the leaflet's language where the brand has it, set in the face of the language they are written in.
import type { Localized } from '../brand/brand-schema.js';
import { localizeText } from '../brand/localize.js';
import type { Lang } from '../source/leaflet-schema.js';
import { familiesFor } from '../layout/font-files.js';
import type { Theme } from './theme.js';

export interface BrandText {
  text: string;
  /** The font families for the text's own language: a Simplified text in a Traditional leaflet keeps the SC face. */
  fontFamily: string[];
}

/** Fonts for a text written in `lang`, within the families registered for the leaflet. */
export const fontsFor = (theme: Theme, lang: Lang): string[] => familiesFor(lang, theme.font);

export function brandText(theme: Theme, value: Localized, lang?: Lang): BrandText;
export function brandText(theme: Theme, value: Localized | undefined, lang?: Lang): BrandText | undefined;
export function brandText(theme: Theme, value: Localized | undefined, lang: Lang = theme.lang): BrandText | undefined {
  const local = localizeText(value, lang, theme.brand.lang);
  return local && { text: local.text, fontFamily: fontsFor(theme, local.lang) };
}
