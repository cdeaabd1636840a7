// Font registration with react-pdf: the Noto Sans faces (see font-files.ts) and the brand's fallback fonts.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Font } from '@react-pdf/renderer';
import type { Lang } from '../source/leaflet-schema.js';
import { faceFor, fontFile, weightsUsed, type Weight } from './font-files.js';
import { hyphenate } from './line-break.js';

const require = createRequire(import.meta.url);

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

/**
 * Our line breaking needs the patch in src/typeset/patches (applied by `npm install`): without it
 * react-pdf would insert hyphens into Chinese text, and break long words between any two letters.
 * Refuse to render rather than print that.
 */
function checkTextkitPatch(): void {
  const source = readFileSync(require.resolve('@react-pdf/textkit'), 'utf8');
  if (!source.includes('emptyStretch') || !source.includes('isBreakMarker')) {
    throw new Error('@react-pdf/textkit is not patched for Chinese line breaking; run `npm install` again');
  }
}

let ready = false;

/** Registers the fonts a leaflet needs and returns its font family list, main face first. */
export function registerFonts(plan: FontPlan): string[] {
  if (!ready) {
    checkTextkitPatch();
    Font.registerHyphenationCallback(hyphenate);
    ready = true;
  }
  const face = faceFor(plan.lang);
  for (const weight of weightsUsed(plan.extraWeights)) {
    register(face.family, fontFile(plan.lang, weight), weight);
  }
  const fallbacks = (plan.fallbacks ?? []).map((src, i) => {
    const family = `Fallback ${i + 1}: ${src}`;
    register(family, src, 400);
    return family;
  });
  return [face.family, ...fallbacks];
}
