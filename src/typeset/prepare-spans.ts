// Prepares a paragraph's style runs for line breaking: breakable spaces, and kinsoku where runs meet.
import type { Span } from '../model/types.js';
import { closing, isWide, nbsp, opening } from './line-break.js';

export function hasWide(spans: Span[]): boolean {
  return spans.some((span) => [...span.text].some(isWide));
}

/**
 * react-pdf breaks lines at ASCII spaces first and puts all the slack of a justified line into them,
 * which leaves short, gaping lines in Chinese text. In a paragraph with Chinese, spaces become
 * no-break spaces; the line-break callback offers their break opportunities like any other.
 */
function protectSpaces(spans: Span[]): Span[] {
  return spans.map((span) => ({ ...span, text: span.text.replaceAll(' ', nbsp) }));
}

/**
 * A style run that starts with closing marks hands them to the run before it, and one that ends with
 * opening marks hands them to the run after it: `**免疫调节**：` keeps its colon on the same line.
 */
function joinPunctuation(spans: Span[]): Span[] {
  const out = spans.map((span) => ({ ...span }));
  for (let i = 1; i < out.length; i += 1) {
    const before = out[i - 1]!;
    const after = out[i]!;
    if (before.text.endsWith('\n') || after.text.startsWith('\n')) continue;
    let lead = 0;
    while (lead < after.text.length && closing.includes(after.text[lead]!)) lead += 1;
    if (lead > 0) {
      before.text += after.text.slice(0, lead);
      after.text = after.text.slice(lead);
    }
    let trail = before.text.length;
    while (trail > 0 && opening.includes(before.text[trail - 1]!)) trail -= 1;
    if (trail < before.text.length) {
      after.text = before.text.slice(trail) + after.text;
      before.text = before.text.slice(0, trail);
    }
  }
  return out.filter((span) => span.text !== '');
}

export function prepareSpans(spans: Span[]): Span[] {
  return hasWide(spans) ? joinPunctuation(spans) : spans;
}
