// What the checks need of a font without opening it: whether it has a character and how wide it is, kept in a cache.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export interface FontFacts {
  has(codePoint: number): boolean;
  /** The advance width in em; a character the font lacks takes its missing-glyph box. */
  advance(codePoint: number): number;
}

/**
 * The characters asked of a font so far, by code point: the advance width in font units, or -1 for a character
 * the font lacks. A run with the same text asks the same characters, and needs the font no more.
 */
interface Stored {
  format: 2;
  unitsPerEm: number;
  missing: number;
  widths: Record<string, number>;
}

const format = 2;

/** Where the facts are kept between runs (out/.cache/fonts), and whether this run may write there. */
let cache: { dir: string; write: boolean } | undefined;

/** Keeps font facts in `dir` between runs; `write` false reads what is there and writes nothing (`leaflet check`). */
export function useFontCache(dir: string | undefined, write = true): void {
  cache = dir ? { dir, write } : undefined;
}

/** The folder the facts are kept in, when there is one. */
export const fontCacheDir = (): string | undefined => cache?.dir;

interface Font {
  unitsPerEm: number;
  hasGlyphForCodePoint(codePoint: number): boolean;
  glyphForCodePoint(codePoint: number): { advanceWidth: number };
}

interface Known {
  facts: FontFacts;
  stored: Stored;
  /** The cache file, and whether characters were asked of the font since it was read. */
  at?: string;
  changed: boolean;
}

const known = new Map<string, Known>();

/** A font opened with fontkit, which is loaded only then. */
const open = (file: string) => (createRequire(import.meta.url)('fontkit') as { openSync(file: string): Font }).openSync(file);

function read(at: string | undefined): Stored | undefined {
  if (!at) return undefined;
  try {
    const stored = JSON.parse(readFileSync(at, 'utf8')) as Stored;
    if (stored.format === format && stored.unitsPerEm > 0 && typeof stored.widths === 'object' && stored.widths !== null) return stored;
  } catch {
    // missing or damaged: asked of the font again
  }
  return undefined;
}

/** The cache file of a font as it is now: a changed font has another. */
function cacheFile(file: string): string | undefined {
  if (!cache) return undefined;
  const info = statSync(file);
  const key = createHash('sha256').update(JSON.stringify([format, path.resolve(file), info.size, info.mtimeMs, info.ino])).digest('hex').slice(0, 32);
  return path.join(cache.dir, 'fonts', `${key}.json`);
}

/**
 * The facts of a font file (TTF or OTF, never a collection): from the cache for the characters asked before,
 * from the font (opened then) for the others.
 */
export function fontFacts(file: string): FontFacts {
  let entry = known.get(file);
  if (entry) return entry.facts;
  const at = cacheFile(file);
  let font: Font | undefined;
  const stored = read(at) ?? { format, unitsPerEm: 0, missing: 0, widths: {} };
  const fromFont = () => {
    font ??= open(file);
    stored.unitsPerEm = font.unitsPerEm;
    stored.missing = font.glyphForCodePoint(0x10ffff).advanceWidth;
    return font;
  };
  const width = (codePoint: number): number => {
    let units = stored.widths[codePoint];
    if (units === undefined) {
      const face = fromFont();
      units = face.hasGlyphForCodePoint(codePoint) ? face.glyphForCodePoint(codePoint).advanceWidth : -1;
      stored.widths[codePoint] = units;
      entry!.changed = true;
    }
    return units;
  };
  const facts: FontFacts = {
    has: (codePoint) => width(codePoint) >= 0,
    advance: (codePoint) => {
      const units = width(codePoint);
      return (units >= 0 ? units : stored.missing) / stored.unitsPerEm;
    },
  };
  entry = { facts, stored, at, changed: false };
  known.set(file, entry);
  return facts;
}

/**
 * Writes back the facts of the characters asked of the fonts since they were read, when this run may write and
 * its output folder is there: a run that wrote no output creates no folder for the cache.
 */
export function saveFontFacts(): void {
  if (!cache?.write || !existsSync(path.dirname(cache.dir))) return;
  for (const entry of known.values()) {
    if (!entry.changed || !entry.at || !entry.at.startsWith(cache.dir)) continue;
    try {
      mkdirSync(path.dirname(entry.at), { recursive: true });
      writeFileSync(`${entry.at}.tmp`, JSON.stringify(entry.stored));
      renameSync(`${entry.at}.tmp`, entry.at);
      entry.changed = false;
    } catch {
      // the cache only saves time
    }
  }
}
