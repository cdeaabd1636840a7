// The widths of a text as the renderer sets it: its unbreakable pieces and its longest line, in points.
import type { Span } from '../model/types.js';
import type { Weight } from '../layout/font-files.js';
import { breakOpportunities } from '../layout/line-break.js';
import { widthsOf } from '../layout/measure.js';
import { spacingPoints } from '../layout/prepare-spans.js';
import { spanStyle } from './span-style.js';
import type { Theme } from './theme.js';

export interface Piece {
  text: string;
  /** Where it starts in the spans' joined text. */
  start: number;
  width: number;
}

export interface Measured {
  text: string;
  /** The runs between break opportunities, spaces left out. */
  pieces: Piece[];
  widest: number;
  /** The longest line when nothing wraps, with the quarter ems between Chinese and Latin. */
  total: number;
}

/** The weight a face is drawn in: a registered one (regular, bold, or the brand's heading weight). */
function faceWeight(weight: number): Weight {
  return (weight >= 700 ? Math.min(900, Math.round(weight / 100) * 100) : 400) as Weight;
}

/** Widths of `spans` set at `size` in `weight`, each span in its own style (bold, smaller printed addresses …). */
export function measureSpans(spans: Span[], theme: Theme, size: number, weight: number): Measured {
  const text = spans.map((s) => s.text).join('');
  // The width before each UTF-16 position of the joined text.
  const before = new Float64Array(text.length + 1);
  let at = 0;
  for (const span of spans) {
    const style = spanStyle(span, size, theme);
    const widthOf = widthsOf({ lang: theme.lang, weight: faceWeight(Number(style.fontWeight ?? weight)) });
    const fontSize = Number(style.fontSize ?? size);
    for (const char of span.text) {
      before[at + 1] = before[at]! + widthOf(char) * fontSize;
      if (char.length === 2) before[at + 2] = before[at + 1]!;
      at += char.length;
    }
  }
  const { bounds, lines, spacing } = shapeOf(spans, text);
  const pieces = bounds.map(([start, end]) => ({ text: text.slice(start, end), start, width: before[end]! - before[start]! }));
  const total = lines.reduce((w, [start, end]) => Math.max(w, before[end]! - before[start]!), 0);
  const widest = pieces.reduce((w, p) => Math.max(w, p.width), 0);
  return { text, pieces, widest, total: total + (theme.typography.cjk_latin_spacing ? spacing * size * 0.25 : 0) };
}

interface Shape {
  /** Start and end of each piece. */
  bounds: [number, number][];
  /** Start and end of each line, at hard line breaks. */
  lines: [number, number][];
  /** How many quarter ems go between Chinese and Latin. */
  spacing: number;
}

/** Where the pieces and lines of a text are: the same at every size, so found once (a table is measured at several). */
const shapes = new WeakMap<Span[], Shape>();

function shapeOf(spans: Span[], text: string): Shape {
  let shape = shapes.get(spans);
  if (shape) return shape;
  const bounds: [number, number][] = [];
  for (const word of text.matchAll(/[^ \n]+/g)) {
    const cuts = [0, ...breakOpportunities(word[0]), word[0].length];
    for (let i = 0; i + 1 < cuts.length; i += 1) bounds.push([word.index + cuts[i]!, word.index + cuts[i + 1]!]);
  }
  const lines: [number, number][] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    lines.push([start, start + line.length]);
    start += line.length + 1;
  }
  shape = { bounds, lines, spacing: spacingPoints([...text]).size };
  shapes.set(spans, shape);
  return shape;
}
