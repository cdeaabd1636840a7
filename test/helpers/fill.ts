// How full each page of a PDF is, read from its text positions with pdf.js: how far down the text reaches, and how much of the height lines cover.
import { textLines, type Line } from './pdf.js';

export interface TextFill {
  page: number;
  /** From the top of the text area to the foot of its lowest line, as a share of the text area's height. */
  reach: number;
  /** The share of the text area's height that lines of text (with their leading) cover. */
  covered: number;
}

/** `margin`: the page's margin in points; what lies below the text area (the running footer) is left out. */
export async function textFills(bytes: Uint8Array, pageHeight: number, margin: number): Promise<TextFill[]> {
  const lines = await textLines(bytes);
  const pages = Math.max(...lines.map((line) => line.page));
  const capacity = pageHeight - 2 * margin;
  return Array.from({ length: pages }, (_, i) => {
    // A line's `top` is its baseline: the glyphs stand about 0.9 em above it and 0.1 em below.
    const inArea = lines.filter((line: Line) => line.page === i + 1 && line.top <= pageHeight - margin);
    const reach = Math.max(0, ...inArea.map((line) => line.top + line.size * 0.4 - margin)) / capacity;
    const spans = inArea.map((line) => [line.top - line.size * 1.15, line.top + line.size * 0.5] as const).sort((a, b) => a[0] - b[0]);
    let covered = 0;
    let end = -Infinity;
    for (const [from, to] of spans) {
      covered += Math.max(0, to - Math.max(from, end));
      end = Math.max(end, to);
    }
    return { page: i + 1, reach: Math.min(1, reach), covered: Math.min(1, covered / capacity) };
  });
}
