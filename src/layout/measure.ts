// Text widths from the fonts' advance widths, for what is decided before rendering: does a text fit its column.
import type { Lang } from '../source/leaflet-schema.js';
import { fontFacts } from './font-facts.js';
import { fontFile, type Weight } from './font-files.js';

export interface Face {
  lang: Lang;
  weight: Weight;
}

/** Advance widths in em, per face and code point, with the face's font. */
const tables = new Map<string, { file: string; widths: Map<number, number> }>();

function tableOf(face: Face) {
  const key = `${face.lang}|${face.weight}`;
  let table = tables.get(key);
  if (!table) {
    // A TrueType file, never a collection: see font-files.ts. Its facts are read when first needed.
    table = { file: fontFile(face.lang, face.weight), widths: new Map() };
    tables.set(key, table);
  }
  return table;
}

/** A face's advance widths: a function from a character to its width in em (a missing glyph counts as its box). */
export function widthsOf(face: Face): (char: string) => number {
  const table = tableOf(face);
  return (char) => {
    const codePoint = char.codePointAt(0)!;
    let width = table.widths.get(codePoint);
    if (width === undefined) {
      width = fontFacts(table.file).advance(codePoint);
      table.widths.set(codePoint, width);
    }
    return width;
  };
}
