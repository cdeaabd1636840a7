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

export function faceFor(lang: Lang) {
  return lang === 'zh-TW' ? faces.tc : faces.sc;
}

/** The TTF file of one weight, resolved inside node_modules so that nothing is fetched at render time. */
export function fontFile(lang: Lang, weight: Weight = 400): string {
  const face = faceFor(lang);
  const name = `${weight}${weights[weight]}`;
  return require.resolve(`${face.dir}/${name}/${face.file}_${name}.ttf`);
}

/** The weights a leaflet is set in: regular, bold, and any extra (a heavier heading weight). */
export function weightsUsed(extra: Weight[] = []): Weight[] {
  return [...new Set<Weight>([400, 700, ...extra])];
}
