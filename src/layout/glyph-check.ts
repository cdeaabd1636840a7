// Missing-glyph check: every character that will be drawn against the fonts it will be set in, before rendering.
import type { VFile } from 'vfile';
import { parseDocument, visit } from 'yaml';
import { layoutMessages as m } from '../diagnostics/catalogue/layout.js';
import { warn, type Point } from '../diagnostics/messages.js';
import { say } from '../diagnostics/say.js';
import { pointsOf } from '../source/positions.js';
import { fontFacts } from './font-facts.js';
import { invisible } from './textkit/invisible.js';

/** Whether none of the fonts (TTF paths, tried in order) has a character; answers are remembered. */
function missingFrom(fonts: string[]): (codePoint: number) => boolean {
  const faces = fonts.map(fontFacts);
  const known = new Map<number, boolean>();
  return (codePoint) => {
    let missing = known.get(codePoint);
    if (missing === undefined) {
      missing = !invisible(codePoint) && !faces.some((face) => face.has(codePoint));
      known.set(codePoint, missing);
    }
    return missing;
  };
}

function report(file: VFile, char: string, place: Point, what = ''): void {
  const hex = char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  warn(file, 'missing-glyph', say(m.missingGlyph, { what, hex, char }), { place, hint: say(m.missingGlyphHint) });
}

/** Warns at each place in `text`, which starts at `start` in the file, where a character is missing. */
function scan(file: VFile, text: string, start: Point, missing: (codePoint: number) => boolean): void {
  let { line, column } = start;
  for (const char of text) {
    if (char === '\n') {
      line += 1;
      column = 1;
      continue;
    }
    if (missing(char.codePointAt(0)!)) report(file, char, { line, column });
    column += char.length;
  }
}

/**
 * Warns once per character and position for each character that none of the fonts has, so that no
 * empty box (tofu) reaches the printer unnoticed. `fonts` are TTF paths, the main face first.
 */
export function checkGlyphs(file: VFile, fonts: string[]): void {
  scan(file, String(file.value), { line: 1, column: 1 }, missingFrom(fonts));
}

/** The same for a YAML file (the brand): only its values are drawn, so keys and comments are left out. */
export function checkYamlGlyphs(file: VFile, fonts: string[]): void {
  const text = String(file.value);
  const missing = missingFrom(fonts);
  const pointAt = pointsOf(text);
  visit(parseDocument(text), {
    Scalar(key, node) {
      if (key === 'key' || typeof node.value !== 'string' || !node.range) return;
      scan(file, text.slice(node.range[0], node.range[1]), pointAt(node.range[0]), missing);
    },
  });
}

/** The same for text that has no place of its own in the file, such as the text of an SVG picture. */
export function checkTextGlyphs(file: VFile, fonts: string[], text: string, place: Point | undefined, what: string): void {
  const missing = missingFrom(fonts);
  for (const char of new Set(text)) if (missing(char.codePointAt(0)!)) report(file, char, place ?? { line: 1, column: 1 }, what);
}
