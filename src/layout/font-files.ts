// Font files: which TTF of the installed Noto Sans packages a language and weight use. No renderer here.
import { createRequire } from 'node:module';
import type { Lang } from '../source/leaflet-schema.js';

const require = createRequire(import.meta.url);

const faces = {
  sc: { family: 'Noto Sans SC', dir: '@expo-google-fonts/noto-sans-sc', file: 'NotoSansSC' },
  tc: { family: 'Noto Sans TC', dir: '@expo-google-fonts/noto-sans-tc', file: 'NotoSansTC' },
} as const;

/** The static weights that the font packages ship; react-pdf cannot use variable fonts. */
export const weights = { 400: 'Regular', 500: 'Medium', 600: 'SemiBold', 700: 'Bold', 800: 'ExtraBold', 900: 'Black' } as const;
export type Weight = keyof typeof weights;

type Face = (typeof faces)[keyof typeof faces];

export function faceFor(lang: Lang): Face {
  return lang === 'zh-TW' ? faces.tc : faces.sc;
}

/**
 * The faces a text in `lang` is set in, its own first: a character that the Traditional face lacks (a
 * Simplified one, say) is taken from the Simplified face and the other way round, never printed as a wrong glyph.
 */
export function facesFor(lang: Lang): Face[] {
  const own = faceFor(lang);
  return [own, own === faces.sc ? faces.tc : faces.sc];
}

/** The TTF file of one face and weight, resolved inside node_modules so that nothing is fetched at render time. */
function fileOf(face: Face, weight: Weight): string {
  const name = `${weight}${weights[weight]}`;
  return require.resolve(`${face.dir}/${name}/${face.file}_${name}.ttf`);
}

/** The TTF file of the main face of `lang` in one weight. */
export function fontFile(lang: Lang, weight: Weight = 400): string {
  return fileOf(faceFor(lang), weight);
}

/** The TTF files that text in `lang` is set in, in the order they are tried for each character. */
export function fontFiles(lang: Lang, weight: Weight = 400): string[] {
  return facesFor(lang).map((face) => fileOf(face, weight));
}

/** The registered font families in the order for a text in `lang`: its own face first, then the others. */
export function familiesFor(lang: Lang, families: string[]): string[] {
  const own = faceFor(lang).family;
  return families.includes(own) ? [own, ...families.filter((family) => family !== own)] : families;
}

/** The weights a leaflet is set in: regular, bold, and any extra (a heavier heading weight). */
export function weightsUsed(extra: Weight[] = []): Weight[] {
  return [...new Set<Weight>([400, 700, ...extra])];
}
