// Fonts: static Noto Sans faces from npm (Simplified or Traditional Chinese) and the brand's fallback fonts.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Font } from '@react-pdf/renderer';
import type { Lang } from '../source/leaflet-schema.js';
import { hyphenate } from './line-break.js';

const require = createRequire(import.meta.url);

const faces = {
  sc: { family: 'Noto Sans SC', dir: '@expo-google-fonts/noto-sans-sc', file: 'NotoSansSC' },
  tc: { family: 'Noto Sans TC', dir: '@expo-google-fonts/noto-sans-tc', file: 'NotoSansTC' },
} as const;

/** The static weights that the font packages ship; react-pdf cannot use variable fonts. */
export const weights = { 400: 'Regular', 500: 'Medium', 600: 'SemiBold', 700: 'Bold', 800: 'ExtraBold', 900: 'Black' } as const;
export type Weight = keyof typeof weights;

function faceFor(lang: Lang) {
  return lang === 'zh-TW' ? faces.tc : faces.sc;
}

/** The TTF file of one weight, resolved inside node_modules so that nothing is fetched at render time. */
export function fontFile(lang: Lang, weight: Weight = 400): string {
  const face = faceFor(lang);
  const name = `${weight}${weights[weight]}`;
  return require.resolve(`${face.dir}/${name}/${face.file}_${name}.ttf`);
}

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
 * react-pdf would insert hyphens into Chinese text. Refuse to render rather than print that.
 */
function checkTextkitPatch(): void {
  const source = readFileSync(require.resolve('@react-pdf/textkit'), 'utf8');
  if (!source.includes('emptyStretch')) {
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
  for (const weight of new Set<Weight>([400, 700, ...(plan.extraWeights ?? [])])) {
    register(face.family, fontFile(plan.lang, weight), weight);
  }
  const fallbacks = (plan.fallbacks ?? []).map((src, i) => {
    const family = `Fallback ${i + 1}: ${src}`;
    register(family, src, 400);
    return family;
  });
  return [face.family, ...fallbacks];
}
