// What the checks need of a font without opening it: which characters it has and their advance widths, kept in a cache.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export interface FontFacts {
  has(codePoint: number): boolean;
  /** The advance width in em; a character the font lacks takes its missing-glyph box. */
  advance(codePoint: number): number;
}

/** The characters a font has, in runs of consecutive code points of one advance width: [first, last, width]. */
interface Stored {
  format: 1;
  unitsPerEm: number;
  missing: number;
  runs: [number, number, number][];
}

const format = 1;

/** Where the facts are kept between runs (out/.cache/fonts), and whether this run may write there. */
let cache: { dir: string; write: boolean } | undefined;

/** Keeps font facts in `dir` between runs; `write` false reads what is there and writes nothing (`leaflet check`). */
export function useFontCache(dir: string | undefined, write = true): void {
  cache = dir ? { dir, write } : undefined;
}

/** The folder the facts are kept in, when there is one. */
export const fontCacheDir = (): string | undefined => cache?.dir;

const known = new Map<string, FontFacts>();

/** The facts of a font file (TTF or OTF, never a collection), from the cache when the file is unchanged, else from the font. */
export function fontFacts(file: string): FontFacts {
  let facts = known.get(file);
  if (!facts) {
    facts = factsOf(stored(file));
    known.set(file, facts);
  }
  return facts;
}

function stored(file: string): Stored {
  const info = statSync(file);
  const key = createHash('sha256').update(JSON.stringify([format, path.resolve(file), info.size, info.mtimeMs, info.ino])).digest('hex').slice(0, 32);
  const at = cache && path.join(cache.dir, 'fonts', `${key}.json`);
  if (at) {
    try {
      const facts = JSON.parse(readFileSync(at, 'utf8')) as Stored;
      if (facts.format === format && Array.isArray(facts.runs) && facts.unitsPerEm > 0) return facts;
    } catch {
      // missing or damaged: read from the font again
    }
  }
  const facts = read(file);
  if (at && cache?.write) {
    try {
      mkdirSync(path.dirname(at), { recursive: true });
      writeFileSync(`${at}.tmp`, JSON.stringify(facts));
      renameSync(`${at}.tmp`, at);
    } catch {
      // the cache only saves time
    }
  }
  return facts;
}

interface Font {
  unitsPerEm: number;
  characterSet: number[];
  hasGlyphForCodePoint(codePoint: number): boolean;
  glyphForCodePoint(codePoint: number): { advanceWidth: number };
}

/** Reads the facts from the font itself, with fontkit: loaded only then. */
function read(file: string): Stored {
  const fontkit = createRequire(import.meta.url)('fontkit') as { openSync(file: string): Font };
  const font = fontkit.openSync(file);
  const runs: Stored['runs'] = [];
  const codePoints = [...new Set(font.characterSet)].filter((c) => font.hasGlyphForCodePoint(c)).sort((a, b) => a - b);
  for (const codePoint of codePoints) {
    const width = font.glyphForCodePoint(codePoint).advanceWidth;
    const last = runs.at(-1);
    if (last && last[1] === codePoint - 1 && last[2] === width) last[1] = codePoint;
    else runs.push([codePoint, codePoint, width]);
  }
  return { format, unitsPerEm: font.unitsPerEm, missing: font.glyphForCodePoint(0x10ffff).advanceWidth, runs };
}

function factsOf({ unitsPerEm, missing, runs }: Stored): FontFacts {
  /** The run that holds a code point, by binary search. */
  const find = (codePoint: number) => {
    let [low, high] = [0, runs.length - 1];
    while (low <= high) {
      const mid = (low + high) >> 1;
      const run = runs[mid]!;
      if (codePoint < run[0]) high = mid - 1;
      else if (codePoint > run[1]) low = mid + 1;
      else return run;
    }
    return undefined;
  };
  return {
    has: (codePoint) => find(codePoint) !== undefined,
    advance: (codePoint) => (find(codePoint)?.[2] ?? missing) / unitsPerEm,
  };
}
