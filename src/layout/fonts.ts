// Font registration with react-pdf: the Noto Sans faces (see font-files.ts) and the brand's fallback fonts.
import { Font } from './react-pdf.js';
import type { Lang } from '../source/leaflet-schema.js';
import { facesFor, fontFiles, weightsUsed, type Weight } from './font-files.js';
import { syllables } from '@react-pdf/hyphenate/en-us';
import { hyphenate } from './line-break.js';

export interface FontPlan {
  lang: Lang;
  /** Extra weights besides regular and bold, e.g. a heavier one for headings. */
  extraWeights?: Weight[];
  /** Absolute paths of the brand's fallback fonts, tried in order for characters the main face lacks. */
  fallbacks?: string[];
}

const registered = new Set<string>();

function register(family: string, src: string, fontWeight: number): void {
  const key = `${family}|${src}|${fontWeight}`;
  if (registered.has(key)) return;
  Font.register({ family, fonts: [{ src, fontWeight }] });
  registered.add(key);
}

let ready = false;

/**
 * Registers the fonts a leaflet needs and returns its font family list: the face of its language, the other
 * Chinese face for characters the first lacks, then the brand's fallbacks.
 */
export function registerFonts(plan: FontPlan): string[] {
  if (!ready) {
    // Latin words hyphenate by English patterns, loaded with the renderer only.
    Font.registerHyphenationCallback((word: string) => hyphenate(word, syllables));
    ready = true;
  }
  const faces = facesFor(plan.lang);
  for (const weight of weightsUsed(plan.extraWeights)) {
    fontFiles(plan.lang, weight).forEach((file, i) => register(faces[i]!.family, file, weight));
  }
  const fallbacks = (plan.fallbacks ?? []).map((src, i) => {
    const family = `Fallback ${i + 1}: ${src}`;
    register(family, src, 400);
    return family;
  });
  return [...faces.map((face) => face.family), ...fallbacks];
}
