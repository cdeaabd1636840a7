// Inline spans → nested react-pdf Text runs, prepared for Chinese line breaking.
import { Link, Text } from '@react-pdf/renderer';
import type { Style } from '@react-pdf/types';
import type { Marks, Span } from '../model/types.js';
import { prepareSpans } from '../typeset/prepare-spans.js';
import type { Theme } from './theme.js';

function markStyle(marks: Marks, theme: Theme): Style {
  const style: Style = {};
  if (marks.strong) style.fontWeight = 700;
  // Chinese has no italic: emphasis takes the brand's accent colour instead of a slanted glyph.
  if (marks.emphasis) style.color = theme.colors.accent;
  if (marks.code) style.color = theme.colors.primary;
  if (marks.strike) style.textDecoration = 'line-through';
  if (marks.url) {
    style.color = theme.colors.muted;
    style.fontSize = theme.small;
  }
  return style;
}

export function Spans({ spans, theme }: { spans: Span[]; theme: Theme }) {
  return (
    <>
      {prepareSpans(spans).map((span, i) => {
        const style = markStyle(span.marks, theme);
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

/** A paragraph of plain text from the brand file, set with the same line breaking as the body. */
export function Plain({ text }: { text: string }) {
  return <>{prepareSpans([{ text, marks: {} }]).map((span) => span.text).join('')}</>;
}
