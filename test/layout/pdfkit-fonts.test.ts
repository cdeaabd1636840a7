import { createRequire } from 'node:module';
import { describe, expect, it, vi } from 'vitest';
import PDFDocument from 'pdfkit';
import { addSimpleGlyph } from '../../src/layout/pdfkit-fonts.js';

// fontkit as CommonJS: a copy of its classes apart from the one pdfkit uses, so its subset is still fontkit's own.
const require = createRequire(import.meta.url);
const fontkit = require('fontkit') as typeof import('fontkit');
const open = (file: string) => fontkit.openSync(require.resolve(file)) as import('fontkit').Font;
const regular = open('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');
// Noto Sans SC has no compound glyphs; Noto Sans Symbols 2 has.
const symbols = open('@expo-google-fonts/noto-sans-symbols-2/400Regular/NotoSansSymbols2_400Regular.ttf');

interface Subset {
  includeGlyph(id: number): number;
  encode(): Uint8Array;
  _addGlyph(id: number): number;
}

/** Whether a glyph is built of other glyphs: its record's count of contours is below zero. */
function compound(font: typeof regular, id: number): boolean {
  const glyph = (font as unknown as { getGlyph(id: number): { _decode(): { numberOfContours: number } | null } }).getGlyph(id)._decode();
  return (glyph?.numberOfContours ?? 0) < 0;
}

function subsetOf(font: typeof regular, ids: number[], quick: boolean): { bytes: Uint8Array; decoded: number } {
  const subset = font.createSubset() as unknown as Subset;
  if (quick) subset._addGlyph = addSimpleGlyph(Object.getPrototypeOf(subset)._addGlyph);
  for (const id of ids) subset.includeGlyph(id);
  const decode = vi.spyOn(Object.getPrototypeOf(font.getGlyph(0)), '_decode');
  const bytes = subset.encode();
  const decoded = decode.mock.calls.length;
  decode.mockRestore();
  return { bytes, decoded };
}

describe('the font subset', () => {
  it('writes the same bytes as fontkit, and decodes only the compound glyphs', () => {
    // A space too: its glyph has no outline at all.
    const ids = regular.layout('硬皮病 Scleroderma 2026，“紫贝壳”。').glyphs.map((glyph) => glyph.id);
    const own = subsetOf(regular, ids, false);
    const quick = subsetOf(regular, ids, true);
    expect(Buffer.from(quick.bytes).equals(Buffer.from(own.bytes))).toBe(true);
    expect(own.decoded).toBeGreaterThan(10);
    expect(quick.decoded).toBe(0);
  });

  it('copies compound glyphs with their parts, as fontkit does', () => {
    const compounds = Array.from({ length: symbols.numGlyphs }, (_, id) => id).filter((id) => compound(symbols, id)).slice(0, 5);
    expect(compounds).toHaveLength(5);
    const ids = [...compounds, ...symbols.layout('→★').glyphs.map((glyph) => glyph.id)];
    const own = subsetOf(symbols, ids, false);
    const quick = subsetOf(symbols, ids, true);
    expect(Buffer.from(quick.bytes).equals(Buffer.from(own.bytes))).toBe(true);
    expect(quick.decoded).toBeGreaterThan(0);
    expect(quick.decoded).toBeLessThan(own.decoded);
  });
});

describe('a document', () => {
  it('opens a font once however many runs name it, and loads no default font', () => {
    const doc = new (PDFDocument as unknown as new (options: object) => unknown)({ autoFirstPage: false }) as { font(src: unknown, size: number): unknown; _font: unknown; _fontCount: number; _fontSize: number };
    expect(doc._font).toBeNull();
    doc.font(regular, 10);
    const first = doc._font;
    doc.font(regular, 12);
    doc.font(regular, 14);
    expect(doc._font).toBe(first);
    expect(doc._fontSize).toBe(14);
    expect(doc._fontCount).toBe(1);
  });
});
