// Files that the brand names (logo, fallback fonts): resolved and checked to lie inside the project.
import { createRequire } from 'node:module';
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import type { VFile } from 'vfile';
import { error, type Point } from '../diagnostics/messages.js';
import type { FontSource } from './brand-schema.js';

const require = createRequire(import.meta.url);

/** Resolves a path next to the brand file, refusing anything missing, outside the project, or of another type. */
export async function resolveBrandFile(
  file: VFile,
  what: string,
  relative: string,
  place: Point,
  root: string,
  extensions: RegExp,
): Promise<string | undefined> {
  const real = await realpath(path.resolve(path.dirname(file.path), relative)).catch(() => undefined);
  if (!real) {
    error(file, 'brand-invalid', `${what} '${relative}' does not exist`, { place });
    return undefined;
  }
  const inside = path.relative(await realpath(root), real);
  if (inside.startsWith('..') || path.isAbsolute(inside)) {
    error(file, 'brand-invalid', `${what} '${relative}' is outside the project folder`, { place });
    return undefined;
  }
  if (!extensions.test(real)) {
    error(file, 'brand-invalid', `${what} '${relative}' has the wrong file type`, { place });
    return undefined;
  }
  return real;
}

/** A fallback font from a file next to the brand, or from an installed npm package. */
export async function resolveFont(file: VFile, source: FontSource, place: Point, root: string): Promise<string | undefined> {
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
