// A pack's own pages: the cover (header band, title, recipient, date, intro) and the clickable contents page.
import { Link, Text, View } from '../layout/react-pdf.js';
import { DateTime } from 'luxon';
import { localize } from '../brand/localize.js';
import type { Leaflet } from '../model/types.js';
import { Blocks } from '../render/blocks.js';
import { HeaderBand } from '../render/header-band.js';
import { Plain } from '../render/spans.js';
import type { DocumentOptions } from '../render/leaflet-document.js';
import type { Theme } from '../render/theme.js';
import type { Lang } from '../source/leaflet-schema.js';
import type { PackWording } from '../brand/brand-schema.js';

/** The date as a reader of the language writes it: `2026年3月1日`, `March 1, 2026`. */
export function coverDate(date: string, lang: Lang): string {
  return DateTime.fromISO(date, { zone: 'utc' }).setLocale(lang).toLocaleString(DateTime.DATE_FULL);
}

/** The brand's line for the partner, in a language, with the partner's name filled in. */
export const preparedFor = (wording: PackWording, recipient: string, lang: Lang) =>
  localize(wording.prepared_for, lang).replaceAll('{recipient}', recipient);

interface CoverProps {
  pack: Leaflet;
  recipient: string;
  wording: PackWording;
  options: DocumentOptions;
  theme: Theme;
}

export function Cover({ pack, recipient, wording, options, theme }: CoverProps) {
  const { meta } = pack;
  const lines = [...new Set([preparedFor(wording, recipient, meta.lang), preparedFor(wording, recipient, 'en')])];
  return (
    <>
      <HeaderBand brand={options.brand} meta={meta} theme={theme} logo={options.logo} />
      <View style={{ marginTop: theme.title * 2, marginBottom: theme.title * 1.5 }}>
        {/* Set as the text is (a quarter em between Chinese and digits: 2 名, 2026 年), titles broken between words. */}
        <Text style={{ fontSize: theme.title * 1.4, fontWeight: theme.typography.heading_weight, color: theme.colors.primary, lineHeight: 1.3 }}>
          <Plain text={meta.title} theme={theme} size={theme.title * 1.4} wholeWords />
        </Text>
        {meta.subtitle ? (
          <Text style={{ fontSize: theme.body * 1.3, color: theme.colors.muted, marginTop: theme.gap }}>
            <Plain text={meta.subtitle} theme={theme} size={theme.body * 1.3} />
          </Text>
        ) : null}
        <View style={{ width: theme.title * 3, borderBottom: `3pt solid ${theme.colors.accent}`, marginTop: theme.gap * 1.5, marginBottom: theme.gap * 1.5 }} />
        {lines.map((line, i) => (
          <Text key={line} style={{ fontSize: i === 0 ? theme.body * 1.5 : theme.body * 1.1, fontWeight: i === 0 ? 700 : 400, color: i === 0 ? theme.colors.text : theme.colors.muted, marginBottom: theme.gap * 0.4 }}>
            <Plain text={line} theme={theme} size={i === 0 ? theme.body * 1.5 : theme.body * 1.1} />
          </Text>
        ))}
        {meta.date ? (
          <Text style={{ color: theme.colors.muted, marginTop: theme.gap }}>
            <Plain text={coverDate(meta.date, meta.lang)} theme={theme} size={theme.body} />
          </Text>
        ) : null}
      </View>
      <Blocks blocks={pack.blocks} theme={theme} />
    </>
  );
}

/** The id of a leaflet's first page, the target of its line in the contents. */
export const anchorOf = (index: number) => `leaflet-${index + 1}`;

interface ContentsProps {
  leaflets: Leaflet[];
  /** The first page of each leaflet; unknown on the first of the two renderings. */
  starts?: number[];
  title: string;
  theme: Theme;
}

export function Contents({ leaflets, starts, title, theme }: ContentsProps) {
  return (
    <View>
      <Text style={{ fontSize: theme.title, fontWeight: theme.typography.heading_weight, color: theme.colors.primary, marginBottom: theme.gap * 2 }}>{title}</Text>
      {leaflets.map(({ meta }, i) => (
        <Link key={i} src={`#${anchorOf(i)}`} style={{ textDecoration: 'none', color: theme.colors.text }}>
          {/* The page number on the title's line, as a contents page sets it. */}
          <View style={{ flexDirection: 'row', alignItems: 'flex-start', paddingVertical: theme.gap * 0.6, borderBottom: `0.5pt solid ${theme.colors.tint}` }}>
            <View style={{ flex: 1, paddingRight: theme.body }}>
              <Text style={{ fontSize: theme.body * 1.2, fontWeight: 700 }}>
                <Plain text={meta.title} theme={theme} size={theme.body * 1.2} wholeWords />
              </Text>
              {meta.subtitle ? (
                <Text style={{ fontSize: theme.small, color: theme.colors.muted }}>
                  <Plain text={meta.subtitle} theme={theme} size={theme.small} />
                </Text>
              ) : null}
            </View>
            <Text style={{ fontSize: theme.body * 1.2, color: theme.colors.primary }}>{starts?.[i] ?? '…'}</Text>
          </View>
        </Link>
      ))}
    </View>
  );
}
