// Inline spans → nested react-pdf Text runs, prepared for Chinese line breaking and spacing.
import { Link, Text } from '../typeset/react-pdf.js';
import type { Style } from '@react-pdf/types';
import type { Marks, Span } from '../model/types.js';
import { prepareSpans, type TypesetSpan } from '../typeset/prepare-spans.js';
import type { Theme } from './theme.js';

function markStyle(marks: Marks, theme: Theme): Style {
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
    style.fontSize = theme.small;
  }
  return style;
}

function spanStyle(span: TypesetSpan, size: number, theme: Theme): Style {
  const style = markStyle(span.marks, theme);
  if (span.marks.sup) {
    style.fontSize = size * 0.62;
    style.verticalAlign = 'super';
    style.color = theme.colors.primary;
  }
  // A quarter em after the last character (one character, or opening marks and one character).
  if (span.spaceAfter) style.letterSpacing = (size * 0.25) / [...span.text].length;
  return style;
}

/** Spans inside a Text of the given font size. */
export function Spans({ spans, theme, size }: { spans: Span[]; theme: Theme; size: number }) {
  const prepared = prepareSpans(spans, { cjkLatinSpacing: theme.typography.cjk_latin_spacing });
  return (
    <>
      {prepared.map((span, i) => {
        const style = spanStyle(span, size, theme);
        if (!span.href) return <Text key={i} style={style}>{span.text}</Text>;
        return (
          <Link key={i} src={span.href} style={{ ...style, color: style.color ?? theme.colors.primary, textDecoration: 'none' }}>
            {span.text}
          </Link>
        );
      })}
    </>
  );
}

/** Plain text from the brand file or the front matter, set with the same rules as the body. */
export function Plain({ text, theme, size }: { text: string; theme: Theme; size: number }) {
  return <Spans spans={[{ text, marks: {} }]} theme={theme} size={size} />;
}
