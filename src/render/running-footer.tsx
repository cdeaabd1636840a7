// The running footer of every page but the first: the leaflet's title, `n / N`, and the organisation's short name.
import { Text, View } from '../layout/react-pdf.js';
import type { Brand } from '../brand/brand-schema.js';
import type { LeafletMeta } from '../model/types.js';
import { brandText } from './brand-text.js';
import { Plain } from './spans.js';
import type { Theme } from './theme.js';

interface Props {
  brand: Brand;
  meta: LeafletMeta;
  theme: Theme;
}

interface PageProps {
  pageNumber: number;
  totalPages: number;
}

/** A text of the footer: empty on page 1, which has the header band instead. */
const later = (text: (page: PageProps) => string) => (page: PageProps) => (page.pageNumber === 1 ? '' : text(page));

export function RunningFooter({ brand, meta, theme: fitted }: Props) {
  const theme = { ...fitted, ...fitted.frame };
  const side = { flex: 1, maxLines: 1, textOverflow: 'ellipsis' } as const;
  const shortName = brandText(theme, brand.short_name);
  return (
    <View
      fixed
      style={{
        position: 'absolute',
        left: theme.edge,
        right: theme.edge,
        bottom: theme.bleed + theme.margin * 0.45,
        flexDirection: 'row',
        paddingTop: 3,
        fontSize: theme.small,
        // No line height of its own, nor the page's: react-pdf resolves a unitless line height again each
        // time it lays out a text computed per page (`render`), multiplying it until the text disappears.
        // An empty value stays empty, and the font's own line spacing applies.
        lineHeight: '',
        color: theme.colors.muted,
      }}
    >
      <View
        style={{ position: 'absolute', top: 0, left: 0, right: 0 }}
        render={({ pageNumber }) => (pageNumber === 1 ? null : <View style={{ borderTop: `0.5pt solid ${theme.colors.muted}` }} />)}
      />
      {/* The title is set as in the header, with its quarter em between Chinese and Latin (`2 名`). */}
      <View
        style={{ flex: 1 }}
        render={({ pageNumber }) =>
          pageNumber === 1 ? null : (
            <Text style={side}>
              <Plain text={meta.title} theme={theme} size={theme.small} />
            </Text>
          )
        }
      />
      <Text style={{ marginHorizontal: theme.body }} render={later(({ pageNumber, totalPages }) => `${pageNumber} / ${totalPages}`)} />
      <Text style={{ ...side, textAlign: 'right', fontFamily: shortName.fontFamily }} render={later(() => shortName.text)} />
    </View>
  );
}
