// `:::note`, `:::tip` and `:::warning` boxes: the brand's label and colour, like the disclaimer's panel.
import type { ReactNode } from 'react';
import { Text, View } from '../layout/react-pdf.js';
import { brandText } from './brand-text.js';
import type { Callout } from '../model/types.js';
import { keepTogether } from './keep-together.js';
import { Spans } from './spans.js';
import { indentOf, tint, type Theme } from './theme.js';

/** The box, its label or title, and its content drawn by the caller (`children`). */
export function CalloutBlock({ block, theme, children }: { block: Callout; theme: Theme; children: ReactNode }) {
  const style = theme.callouts[block.kind];
  const size = theme.body;
  const label = brandText(theme, style.label);
  return (
    <View
      wrap={!keepTogether([block])}
      style={{
        marginBottom: theme.gap * 1.2,
        borderLeft: `3pt solid ${style.color}`,
        backgroundColor: tint(style.color, 0.08),
        paddingHorizontal: (indentOf(theme, 'callout') - 3) / 2,
        paddingTop: size * 0.7,
        paddingBottom: size * 0.1,
      }}
    >
      <Text style={{ fontWeight: 700, color: style.color, marginBottom: theme.gap * 0.4 }}>
        {block.title ? <Spans spans={block.title} theme={theme} size={size} /> : <Text style={{ fontFamily: label.fontFamily }}>{label.text}</Text>}
      </Text>
      {children}
    </View>
  );
}
