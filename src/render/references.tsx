// The numbered reference list that footnotes become, printed after the body.
import { Text, View } from '../layout/react-pdf.js';
import { brandText } from './brand-text.js';
import type { Reference } from '../model/types.js';
import { Blocks } from './blocks.js';
import { keepTogether } from './keep-together.js';
import { indentOf, referenceSize, type Theme } from './theme.js';

export function References({ references, theme }: { references: Reference[]; theme: Theme }) {
  if (references.length === 0) return null;
  const heading = brandText(theme, theme.brand.labels.references);
  return (
    <View style={{ marginTop: theme.gap * 1.5 }}>
      <Text minPresenceAhead={theme.body * 4} style={{ fontSize: theme.headings[2], fontWeight: theme.typography.heading_weight, color: theme.colors.primary, marginBottom: theme.gap * 0.6, lineHeight: 1.35, fontFamily: heading.fontFamily }}>
        {heading.text}
      </Text>
      <View style={{ fontSize: referenceSize(theme) }}>
        {references.map((ref) => (
          <View key={ref.number} style={{ flexDirection: 'row' }} wrap={!keepTogether(ref.blocks)}>
            <Text style={{ width: indentOf(theme, 'reference'), color: theme.colors.primary }}>[{ref.number}]</Text>
            <View style={{ flex: 1 }}>
              <Blocks blocks={ref.blocks} theme={theme} width={theme.textWidth - indentOf(theme, 'reference')} />
            </View>
          </View>
        ))}
      </View>
    </View>
  );
}
