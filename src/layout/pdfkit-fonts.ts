// pdfkit's font handling without its repeated work: each font opened once per document, no default font, and subsets that decode only compound glyphs.
import PDFDocument from 'pdfkit';

/** The parts of pdfkit's document, its fonts and fontkit's TrueType subset that this module uses. */
interface Subset {
  font: { loca: { offsets: number[] }; _getTableStream(table: string): { pos: number; readBuffer(length: number): Uint8Array }; _variationProcessor?: unknown; getGlyph(id: number): Glyph };
  glyf: Uint8Array[];
  loca: { offsets: number[] };
  hmtx: { metrics: { advance: number; bearing: number }[] };
  offset: number;
  _addGlyph(id: number): number;
}
interface Glyph {
  advanceWidth: number;
  _getMetrics(): { leftBearing: number };
}
interface PdfFont {
  subset?: object;
}
interface PdfDocument {
  _font: PdfFont;
  _fontSource: unknown;
  _fontFamily: unknown;
  font(src: unknown, family?: unknown, size?: unknown): PdfDocument;
  fontSize(size: unknown): PdfDocument;
  initFonts(defaultFont?: string | null, defaultFontFamily?: string | null, defaultFontSize?: number): void;
}

/**
 * fontkit's TrueType subset decodes every glyph's whole outline, point by point, only to learn whether the glyph
 * is built of other glyphs. A glyph record begins with its count of contours, which is below zero for those: this
 * reads that count, copies a simple glyph's bytes as they are, and leaves a compound glyph, and every glyph of a
 * variable font, to fontkit. The subset it writes is the same, byte for byte.
 */
export function addSimpleGlyph(original: (this: Subset, id: number) => number) {
  return function addGlyph(this: Subset, id: number): number {
    const { font } = this;
    const start = font.loca.offsets[id]!;
    const length = font.loca.offsets[id + 1]! - start;
    const stream = font._getTableStream('glyf');
    stream.pos += start;
    const bytes = stream.readBuffer(length);
    if (font._variationProcessor || (length >= 2 && (bytes[0]! & 0x80) !== 0)) return original.call(this, id);
    const glyph = font.getGlyph(id);
    this.glyf.push(bytes);
    this.loca.offsets.push(this.offset);
    this.hmtx.metrics.push({ advance: glyph.advanceWidth, bearing: glyph._getMetrics().leftBearing });
    this.offset += bytes.length;
    return this.glyf.length - 1;
  };
}

/** Marks pdfkit's and fontkit's classes once changed: they are loaded once per process, this module maybe more. */
const changed = Symbol.for('leaflet.pdfkit-fonts');
type Marked<T> = T & { [changed]?: true };

/** Gives fontkit's TrueType subsets the quicker glyph copy, the first time a document opens one of them. */
function quicken(subset: object | undefined): void {
  const prototype = subset && (Object.getPrototypeOf(subset) as Marked<Partial<Subset>>);
  if (!prototype || prototype[changed] || typeof prototype._addGlyph !== 'function') return;
  prototype._addGlyph = addSimpleGlyph(prototype._addGlyph);
  prototype[changed] = true;
}

const opened = new WeakMap<PdfDocument, Map<object, PdfFont>>();

/**
 * Changes pdfkit's documents, once; react-pdf and leaflet share its one copy.
 * - react-pdf names a font by its fontkit object for every run of text. pdfkit keys its own list of fonts by
 *   name only, so for each run it makes a new font around that object, compares it with the one it holds by
 *   serialising both fonts' name tables, and throws it away. The font made the first time is kept here, for
 *   each document, and given again: the same font pdfkit would find. Its subset copies glyphs as above.
 * - A document no longer loads Helvetica's metrics as its default font: react-pdf names a font before each
 *   run of text it writes, and leaflet sets every character in its own fonts.
 */
function install(): void {
  const prototype = PDFDocument.prototype as Marked<PdfDocument>;
  if (prototype[changed]) return;
  prototype[changed] = true;
  const font = prototype.font;
  prototype.font = function (this: PdfDocument, src: unknown, family?: unknown, size?: unknown) {
    if (typeof src !== 'object' || src === null || ArrayBuffer.isView(src) || src instanceof ArrayBuffer || typeof family === 'string') return font.call(this, src, family, size);
    if (typeof family === 'number') [size, family] = [family, null];
    let fonts = opened.get(this);
    if (!fonts) opened.set(this, (fonts = new Map()));
    const known = fonts.get(src);
    if (!known) {
      font.call(this, src, family, size);
      quicken(this._font.subset);
      fonts.set(src, this._font);
      return this;
    }
    this._fontSource = src;
    this._fontFamily = family;
    if (size != null) this.fontSize(size);
    this._font = known;
    return this;
  };
  const initFonts = prototype.initFonts;
  prototype.initFonts = function (this: PdfDocument, defaultFont, defaultFontFamily, defaultFontSize) {
    initFonts.call(this, defaultFont === undefined ? null : defaultFont, defaultFontFamily, defaultFontSize);
  };
}

install();
