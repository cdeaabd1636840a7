// The header band of page 1: organisation names, tagline, series label and full name, as in the printed leaflets.
import { Image, Text, View } from '../layout/react-pdf.js';
import type { Brand } from '../brand/brand-schema.js';
import { brandText, type BrandText } from './brand-text.js';
import type { LeafletMeta } from '../model/types.js';
import { Plain } from './spans.js';
import type { Theme } from './theme.js';

/** A co-branding partner as printed: its name, its address and its logo. */
export interface PartnerMark {
  name: BrandText;
  url?: string;
  logo?: string;
}

interface Props {
  brand: Brand;
  meta: LeafletMeta;
  theme: Theme;
  logo?: string;
  partner?: PartnerMark;
}

/** The partner beside the organisation: a thin rule, then its logo and name. */
function PartnerInBand({ partner, theme }: { partner: PartnerMark; theme: Theme }) {
  const onBand = theme.colors.on_primary;
  return (
    <View style={{ flexDirection: 'row', alignItems: 'center', borderLeft: `1pt solid ${onBand}`, paddingLeft: theme.body, marginLeft: theme.body, marginRight: theme.body }}>
      {partner.logo ? <Image src={partner.logo} style={{ width: logoSize(theme) * 0.75, height: logoSize(theme) * 0.75, marginRight: theme.body * 0.6, objectFit: 'contain' }} /> : null}
      <Text style={{ color: onBand, fontSize: theme.body, fontWeight: 700, maxWidth: theme.textWidth * 0.3, lineHeight: 1.3, fontFamily: partner.name.fontFamily }}>{partner.name.text}</Text>
    </View>
  );
}

/** The logo's box: square, the image fitted whole inside it. */
export const logoSize = (theme: Theme) => theme.title * 2;

export function HeaderBand({ brand, meta, theme: fitted, logo, partner }: Props) {
  // The brand's frame keeps the design's sizes whatever the copyfit does to the text.
  const theme = { ...fitted, ...fitted.frame };
  const { colors } = theme;
  const onBand = colors.on_primary;
  const tagline = brandText(theme, brand.tagline);
  const fullName = brandText(theme, brand.full_name);
  const name = brandText(theme, brand.name.zh);
  const series = [meta.series, meta.seriesEn].filter(Boolean);
  return (
    // The band runs to the page's edges, through the bleed when there is one.
    <View style={{ marginHorizontal: -theme.edge, marginTop: -theme.edge, marginBottom: theme.gap * 2 }}>
      <View
        style={{
          backgroundColor: colors.primary,
          paddingHorizontal: theme.edge,
          paddingTop: theme.bleed + theme.margin * 0.8,
          paddingBottom: theme.margin * 0.55,
          flexDirection: 'row',
          alignItems: 'flex-end',
          // A phone's band is narrow: the tagline goes under the names (see below).
          flexWrap: theme.phone ? 'wrap' : 'nowrap',
        }}
      >
        {logo ? <Image src={logo} style={{ width: logoSize(theme), height: logoSize(theme), marginRight: theme.body, objectFit: 'contain' }} /> : null}
        <View>
          <Text style={{ color: onBand, fontSize: theme.title * 0.95, fontWeight: 700, lineHeight: 1.2, fontFamily: name.fontFamily }}>{name.text}</Text>
          <Text style={{ color: onBand, fontSize: theme.small, marginTop: 4, lineHeight: 1.2 }}>{brand.name.en}</Text>
        </View>
        {partner ? <PartnerInBand partner={partner} theme={theme} /> : null}
        {theme.phone ? (
          <Text style={{ width: '100%', color: onBand, fontSize: theme.body * 1.1, marginTop: theme.gap, lineHeight: 1.4, fontFamily: tagline.fontFamily }}>{tagline.text}</Text>
        ) : (
          <>
            <View style={{ flex: 1 }} />
            <View style={{ alignItems: 'flex-end' }}>
              {tagline.text.split(/\s+/).map((line, i) => (
                <Text key={i} style={{ color: onBand, fontSize: theme.body * 1.2, lineHeight: 1.4, fontFamily: tagline.fontFamily }}>
                  {line}
                </Text>
              ))}
            </View>
          </>
        )}
      </View>
      <View
        style={{
          // On a phone the series and the full name each take a line; elsewhere the full name goes under the
          // series, at the right, when the two do not fit side by side (a tri-fold's panel).
          flexDirection: theme.phone ? 'column' : 'row',
          flexWrap: theme.phone ? 'nowrap' : 'wrap',
          alignItems: theme.phone ? 'flex-start' : 'center',
          paddingHorizontal: theme.edge,
          paddingVertical: theme.body * 0.7,
          backgroundColor: colors.tint,
          borderBottom: `1.5pt solid ${colors.accent}`,
        }}
      >
        <Text style={{ marginRight: theme.phone ? 0 : theme.body, color: colors.primary, fontSize: theme.small * 1.1, fontWeight: 700 }}>
          {series.length === 2 ? `${series[0]}  >>>  ${series[1]}` : (series[0] ?? '')}
        </Text>
        <Text style={{ marginLeft: theme.phone ? 0 : 'auto', color: colors.muted, fontSize: theme.small, marginTop: theme.phone ? 3 : 0, fontFamily: fullName.fontFamily }}>{fullName.text}</Text>
      </View>
    </View>
  );
}

export function TitleBlock({ meta, theme }: { meta: LeafletMeta; theme: Theme }) {
  return (
    <View style={{ marginBottom: theme.gap * 1.5 }}>
      <Text style={{ fontSize: theme.title, fontWeight: theme.typography.heading_weight, color: theme.colors.text, lineHeight: 1.3 }}>
        <Plain text={meta.title} theme={theme} size={theme.title} wholeWords />
      </Text>
      {meta.subtitle ? (
        <Text style={{ fontSize: theme.body * 1.15, color: theme.colors.muted, marginTop: theme.gap * 0.4 }}>{meta.subtitle}</Text>
      ) : null}
      <View style={{ width: theme.title * 2, borderBottom: `3pt solid ${theme.colors.accent}`, marginTop: theme.gap }} />
    </View>
  );
}
