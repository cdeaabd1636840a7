// The brand as a build uses it: loaded and checked, with every text it prints checked against the fonts.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { LoadedBrand } from '../brand/load-brand.js';
import { hasErrors } from '../diagnostics/messages.js';
import { useFontCache } from '../layout/font-facts.js';
import { fontFiles } from '../layout/font-files.js';
import { keepBrand, keptBrand } from './brand-cache.js';

/**
 * The build cache's folder (out/.cache), and whether this run may write to it: `check` writes nothing, and
 * no run creates the output folder only to keep a cache there (a run that fails writes nothing).
 */
export interface CacheUse {
  dir: string;
  write: boolean;
}

const writable = (cache?: CacheUse) => cache?.write === true && existsSync(path.dirname(cache.dir));

/**
 * Loads the brand file. Its texts are drawn in every leaflet, each in the face of its own language with the
 * other Chinese face and the brand's fallbacks behind it, so a character none of these has is reported here,
 * once, at its place in the brand file. With a cache, the fonts' facts are kept there, and the brand as
 * checked: unchanged, with the files it names and the fonts, it is taken from there, with its messages.
 */
export async function openBrand(brandPath: string, root = process.cwd(), cache?: CacheUse): Promise<LoadedBrand> {
  useFontCache(cache?.dir, cache?.write);
  const kept = cache && (await keptBrand(brandPath, root, cache.dir));
  if (kept) return kept;
  // The YAML parser, the schema and the QR encoder load only when the brand is checked.
  const { loadBrand } = await import('../brand/load-brand.js');
  const { checkYamlGlyphs } = await import('../layout/glyph-check.js');
  const loaded = await loadBrand(brandPath, root);
  if (loaded.brand) checkYamlGlyphs(loaded.file, [...fontFiles(loaded.brand.lang), ...(loaded.fallbackFonts ?? [])]);
  if (cache && writable(cache) && loaded.brand && !hasErrors(loaded.file)) await keepBrand(loaded, brandPath, root, cache.dir);
  return loaded;
}
