// How a span is drawn: its style (colour, weight, size) from its marks, shared by the renderer and the measures.
import type { Style } from '@react-pdf/types';
import type { Marks } from '../model/types.js';
import type { TypesetSpan } from '../layout/prepare-spans.js';
import type { Theme } from './theme.js';

function markStyle(marks: Marks, theme: Theme, size: number): Style {
  const style: Style = {};
  if (marks.strong) style.fontWeight = 700;
  // Chinese has no italic, and a slanted Chinese glyph is a fake: emphasis takes the brand's convention.
  if (marks.emphasis) {
    if (theme.typography.emphasis === 'bold') style.fontWeight = 700;
    else style.color = theme.colors.accent;
  }
  if (marks.code) style.color = theme.colors.primary;
  if (marks.strike) style.textDecoration = 'line-through';
  if (marks.url) {
    style.color = theme.colors.muted;
    // Never larger than the text it follows (a table set in smaller type).
    style.fontSize = Math.min(theme.small, size);
  }
  return style;
}

/** The style of a span inside a Text of the given font size. */
export function spanStyle(span: TypesetSpan, size: number, theme: Theme): Style {
  const style = markStyle(span.marks, theme, size);
  if (span.marks.sup) {
    style.fontSize = size * 0.62;
    style.verticalAlign = 'super';
    style.color = theme.colors.primary;
  }
  // The font's half-width marks (`halt`): on for kaiming, off for none; quanjiao is left to the text layout.
  if (theme.typography.punctuation !== 'quanjiao') style.fontFeatureSettings = { halt: theme.typography.punctuation === 'kaiming' };
  // A quarter em after the last character (one character, or opening marks and one character).
  if (span.spaceAfter) style.letterSpacing = (size * 0.25) / [...span.text].length;
  return style;
}
