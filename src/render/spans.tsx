// Inline spans → nested react-pdf Text runs, prepared for Chinese line breaking and spacing.
import { Link, Text } from '../layout/react-pdf.js';
import type { Span } from '../model/types.js';
import { prepareSpans } from '../layout/prepare-spans.js';
import { keepWords } from '../layout/word-joins.js';
import { spanStyle } from './span-style.js';
import type { Theme } from './theme.js';

interface Props {
  spans: Span[];
  theme: Theme;
  size: number;
  /** Break lines between words only, where a word fits its line: for headings and titles. */
  wholeWords?: boolean;
}

/** Spans inside a Text of the given font size. */
export function Spans({ spans, theme, size, wholeWords }: Props) {
  const typeset = prepareSpans(spans, { cjkLatinSpacing: theme.typography.cjk_latin_spacing });
  const prepared = wholeWords ? typeset.map((span) => ({ ...span, text: keepWords(span.text) })) : typeset;
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
export function Plain({ text, ...rest }: Omit<Props, 'spans'> & { text: string }) {
  return <Spans spans={[{ text, marks: {} }]} {...rest} />;
}
