// Fonts: static Noto Sans SC faces from npm, registered once per process with our line breaking.
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

export function registerFonts(): void {
  if (registered) return;
  Font.register({
    family: fontFamily,
    fonts: Object.entries(fontFiles).map(([weight, src]) => ({ src, fontWeight: Number(weight) })),
  });
  Font.registerHyphenationCallback(hyphenate);
  registered = true;
}
