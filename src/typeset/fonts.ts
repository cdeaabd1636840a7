// Fonts: static Noto Sans SC faces from npm, registered once per process with our line breaking.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Font } from '@react-pdf/renderer';
import { hyphenate } from './line-break.js';

const require = createRequire(import.meta.url);

export const fontFamily = 'Noto Sans SC';

/** The font files, resolved inside node_modules so that nothing is fetched at render time. */
export const fontFiles = {
  400: require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
  700: require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'),
} as const;

let registered = false;

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

export function registerFonts(): void {
  if (registered) return;
  checkTextkitPatch();
  Font.register({
    family: fontFamily,
    fonts: Object.entries(fontFiles).map(([weight, src]) => ({ src, fontWeight: Number(weight) })),
  });
  Font.registerHyphenationCallback(hyphenate);
  registered = true;
}
