// Missing-glyph check: every character of the leaflet against the fonts it will be set in, before rendering.
import * as fontkit from 'fontkit';
import type { VFile } from 'vfile';
import { warn } from '../diagnostics/messages.js';

type Font = ReturnType<typeof fontkit.openSync> & { hasGlyphForCodePoint(codePoint: number): boolean };

const opened = new Map<string, Font>();

export function open(file: string): Font {
  let font = opened.get(file);
  if (!font) {
    font = fontkit.openSync(file) as Font;
    opened.set(file, font);
  }
  return font;
}

/** Characters that print nothing: controls, spaces and joiners, variation selectors. */
function invisible(codePoint: number): boolean {
  return (
    codePoint <= 0x20 ||
    (codePoint >= 0x7f && codePoint <= 0xa0) ||
    (codePoint >= 0x200b && codePoint <= 0x200f) ||
    (codePoint >= 0x2060 && codePoint <= 0x2064) ||
    (codePoint >= 0xfe00 && codePoint <= 0xfe0f) ||
    codePoint === 0xfeff ||
    (codePoint >= 0xe0100 && codePoint <= 0xe01ef)
  );
}

/**
 * Warns once per character and position for each character that none of the fonts has, so that no
 * empty box (tofu) reaches the printer unnoticed. `fonts` are TTF paths, the main face first.
 */
export function checkGlyphs(file: VFile, fonts: string[]): void {
  const faces = fonts.map(open);
  const known = new Map<number, boolean>();
  let line = 1;
  let column = 1;
  for (const char of String(file.value)) {
    if (char === '\n') {
      line += 1;
      column = 1;
      continue;
    }
    const codePoint = char.codePointAt(0)!;
    if (!invisible(codePoint)) {
      let found = known.get(codePoint);
      if (found === undefined) {
        found = faces.some((face) => face.hasGlyphForCodePoint(codePoint));
        known.set(codePoint, found);
      }
      if (!found) {
        const hex = codePoint.toString(16).toUpperCase().padStart(4, '0');
        warn(file, 'missing-glyph', `U+${hex} '${char}' is not in the font`, {
          place: { line, column },
          hint: 'use another character, or add a font that has it to typography.fallback_fonts in the brand file',
        });
      }
    }
    column += char.length;
  }
}
