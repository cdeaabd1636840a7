// The brand as a build uses it: loaded and checked, with every text it prints checked against the fonts.
import { loadBrand, type LoadedBrand } from '../brand/load-brand.js';
import { fontFiles } from '../layout/font-files.js';
import { checkYamlGlyphs } from '../layout/glyph-check.js';

/**
 * Loads the brand file. Its texts are drawn in every leaflet, each in the face of its own language with the
 * other Chinese face and the brand's fallbacks behind it, so a character none of these has is reported here,
 * once, at its place in the brand file.
 */
export async function openBrand(brandPath: string, root?: string): Promise<LoadedBrand> {
  const loaded = await loadBrand(brandPath, root);
  if (loaded.brand) checkYamlGlyphs(loaded.file, [...fontFiles(loaded.brand.lang), ...(loaded.fallbackFonts ?? [])]);
  return loaded;
}
