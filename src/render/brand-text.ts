// Brand texts as drawn: in the leaflet's language where the brand has it, set in the face of the language they are written in.
import type { Localized } from '../brand/brand-schema.js';
import { localizeText } from '../brand/localize.js';
import { familiesFor } from '../layout/font-files.js';
import type { Theme } from './theme.js';

export interface BrandText {
  text: string;
  /** The font families for the text's own language: a Simplified text in a Traditional leaflet keeps the SC face. */
  fontFamily: string[];
}

export function brandText(theme: Theme, value: Localized): BrandText;
export function brandText(theme: Theme, value: Localized | undefined): BrandText | undefined;
export function brandText(theme: Theme, value: Localized | undefined): BrandText | undefined {
  const local = localizeText(value, theme.lang, theme.brand.lang);
  return local && { text: local.text, fontFamily: familiesFor(local.lang, theme.font) };
}
