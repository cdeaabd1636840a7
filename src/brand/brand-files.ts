// Files that the brand names (logos, fallback fonts): checked like a leaflet's pictures, and of the right type.
import { createRequire } from 'node:module';
import type { VFile } from 'vfile';
import { error, type Point } from '../diagnostics/messages.js';
import { checkAsset } from '../model/assets.js';
import type { FontSource } from './brand-schema.js';

const require = createRequire(import.meta.url);

/** A file next to the brand file, inside the project and never fetched, of the type `extensions` allows. */
export function resolveBrandFile(file: VFile, what: string, relative: string, place: Point, root: string, extensions: RegExp): string | undefined {
  const real = checkAsset(file, relative, { what, from: file.path, root, place });
  if (real && !extensions.test(real)) {
    error(file, 'brand-invalid', `${what} '${relative}' has the wrong file type`, { place });
    return undefined;
  }
  return real;
}

/** A fallback font from a file next to the brand, or from an installed npm package. */
export function resolveFont(file: VFile, source: FontSource, place: Point, root: string): string | undefined {
  if ('file' in source) return resolveBrandFile(file, 'font', source.file, place, root, /\.ttf$/i);
  try {
    const resolved = require.resolve(source.package, { paths: [root] });
    if (/\.ttf$/i.test(resolved)) return resolved;
    error(file, 'brand-invalid', `font '${source.package}' is not a .ttf file`, { place });
  } catch {
    error(file, 'brand-invalid', `font '${source.package}' is not installed`, { place, hint: 'install its npm package first' });
  }
  return undefined;
}
