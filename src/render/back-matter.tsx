// After the body: the disclaimer, then the organisation's profile (with the translation credit), contact and QR code.
import { Link, Text, View } from '../layout/react-pdf.js';
import type { Brand, ContactEntry } from '../brand/brand-schema.js';
import { brandText, type BrandText } from './brand-text.js';
import type { LeafletMeta } from '../model/types.js';
import type { PartnerMark } from './header-band.js';
import { printableUrl, websiteUrl } from '../source/urls.js';
import { keepTextTogether } from './keep-together.js';
import { partOf } from './page-fill.js';
import { PhoneQr } from './phone-qr.js';
import { QrCode } from './qr-code.js';
import { Plain } from './spans.js';
import type { Theme } from './theme.js';

interface Props {
  brand: Brand;
  meta: LeafletMeta;
  theme: Theme;
}

/** The disclaimer is read, not skimmed: never below 9 pt, and in the text colour. */
const disclaimerSize = (theme: Theme) => Math.max(9, theme.small);

/** `withNext`: on the page of what follows it (the back matter, kept whole), never alone at the foot of the page before. */
export function Disclaimer({ brand, theme, withNext = false }: Omit<Props, 'meta'> & { withNext?: boolean }) {
  const disclaimer = brandText(theme, brand.disclaimer);
  const size = disclaimerSize(theme);
  // The room asked for after it is nearly half a page, about what the back matter takes: the disclaimer moves on
  // with the back matter unless that fits after it. (Not more: the page layout lays a long document out a few
  // pages at a time only while no node asks for more than half a page ahead of it.)
  const keep = withNext ? { minPresenceAhead: theme.trim.height * 0.45 } : {};
  return (
    <View {...partOf('disclaimer')} {...keep} style={{ marginTop: theme.gap * 2, paddingTop: theme.gap, borderTop: `0.75pt solid ${theme.colors.muted}` }} wrap={false}>
      <Text style={{ fontSize: size, color: theme.colors.text, textAlign: theme.align, fontFamily: disclaimer.fontFamily }}>
        <Plain text={disclaimer.text} theme={theme} size={size} />
      </Text>
    </View>
  );
}

/** A little larger than the small type, never larger than the text (in large print the small type is the text's size). */
const creditSize = (theme: Theme) => Math.min(theme.small * 1.1, theme.body);

/** The translation credit or source, after the organisation's slogan, as the printed leaflets have it. */
function Credit({ credit, theme }: { credit: string; theme: Theme }) {
  return (
    <Text style={{ fontSize: creditSize(theme), color: theme.colors.text, marginBottom: theme.gap, textAlign: 'center' }}>
      <Plain text={credit} theme={theme} size={creditSize(theme)} />
    </Text>
  );
}

/** The Chinese title, and the English beside it where the column has room, else under it: never over it. */
function SectionTitle({ title, english, theme }: { title: BrandText; english: string; theme: Theme }) {
  return (
    <View style={{ flexDirection: 'row', flexWrap: 'wrap', alignItems: 'flex-end', borderBottom: `1.5pt solid ${theme.colors.primary}`, paddingBottom: 3, marginBottom: theme.gap }}>
      <Text style={{ fontSize: theme.body * 1.35, fontWeight: theme.typography.heading_weight, color: theme.colors.primary, fontFamily: title.fontFamily, flexShrink: 0, marginRight: theme.body * 0.8 }}>
        {title.text}
      </Text>
      {english !== title.text ? (
        <Text style={{ fontSize: theme.small, color: theme.colors.muted, marginBottom: 2, flexShrink: 1 }}>
          {english.toUpperCase()}
        </Text>
      ) : null}
    </View>
  );
}

export function Statement({ label, text, theme }: { label: BrandText; text: BrandText; theme: Theme }) {
  return (
    <View style={{ flexDirection: 'row', alignItems: 'flex-start', marginBottom: theme.gap * 0.6 }}>
      <Text style={{ backgroundColor: theme.colors.primary, color: theme.colors.on_primary, fontSize: theme.small, fontWeight: 700, paddingHorizontal: 6, paddingVertical: 2, marginRight: theme.body * 0.8, fontFamily: label.fontFamily }}>
        {label.text}
      </Text>
      <Text style={{ flex: 1, fontWeight: 700, color: theme.colors.text, fontFamily: text.fontFamily }}>
        <Plain text={text.text} theme={theme} size={theme.body} />
      </Text>
    </View>
  );
}

const linkFor: Partial<Record<ContactEntry['kind'], (value: string) => string>> = {
  phone: (v) => `tel:${v.replace(/[^\d+]/g, '')}`,
  email: (v) => `mailto:${v}`,
  website: websiteUrl,
};

/** A field's label and its colon, in the leaflet's punctuation: `Email: ` or `邮箱：`. */
function FieldLabel({ label, theme }: { label: BrandText; theme: Theme }) {
  return <Text style={{ color: theme.colors.muted, fontFamily: label.fontFamily }}>{label.text}{theme.lang === 'en' ? ': ' : '：'}</Text>;
}

export function ContactLine({ entry, theme }: { entry: ContactEntry; theme: Theme }) {
  const href = linkFor[entry.kind]?.(entry.value);
  const note = brandText(theme, entry.note);
  return (
    <Text style={{ marginBottom: theme.gap * 0.35 }}>
      <FieldLabel label={brandText(theme, entry.label)} theme={theme} />
      {href ? <Link src={href} style={{ color: theme.colors.text, textDecoration: 'none' }}>{entry.value}</Link> : <Text>{entry.value}</Text>}
      {note ? <Text style={{ color: theme.colors.muted, fontSize: theme.small, fontFamily: note.fontFamily }}>{theme.lang === 'en' ? ` (${note.text})` : `（${note.text}）`}</Text> : null}
    </Text>
  );
}

/** The co-branding partner under the contacts: label, name and, in the full back matter, its address. */
export function PartnerLine({ partner, theme, withUrl = true }: { partner: PartnerMark; theme: Theme; withUrl?: boolean }) {
  return (
    <Text style={{ marginTop: theme.gap * 0.5 }}>
      <FieldLabel label={brandText(theme, theme.brand.labels.partner)} theme={theme} />
      <Text style={{ fontWeight: 700, fontFamily: partner.name.fontFamily }}>{partner.name.text}</Text>
      {withUrl && partner.url ? <Text style={{ color: theme.colors.muted, fontSize: theme.small }}>{` (${printableUrl(partner.url)})`}</Text> : null}
    </Text>
  );
}

/** The compact back matter: the same content in smaller type and tighter spacing. */
function compacted(theme: Theme): Theme {
  const body = Math.max(theme.small * 1.1, theme.largePrint ? 14 : 0);
  return { ...theme, body, gap: theme.gap * (body / theme.body) * 0.7, lineHeight: Math.min(theme.lineHeight, 1.5) };
}

/**
 * The back matter at the foot of the last page when it fits there after the body: a growing space takes
 * what the page has left. When it does not fit, it starts the next page (the space stays behind). The
 * space is a sibling, not a wrapper: react-pdf squeezes an unbreakable wrapper into a page rather than
 * move it. A back matter that may break over pages (large print) simply follows the body.
 */
/**
 * The back matter at the foot of the page it ends on, with the disclaimer when `disclaimer` is set: the closing
 * block stays together, and a page that holds only it does not part the disclaimer from the profile.
 */
export function AnchoredBackMatter(props: Props & { partner?: PartnerMark; disclaimer?: boolean }) {
  const { disclaimer, ...rest } = props;
  const whole = !backMatterBreaks(props);
  return (
    <>
      {whole ? <View style={{ flexGrow: 1 }} /> : null}
      {disclaimer ? <Disclaimer brand={props.brand} theme={props.theme} withNext={whole} /> : null}
      <BackMatter {...rest} />
    </>
  );
}

/**
 * The panel is kept whole on one page. In large print it can be taller than a page: it may then break
 * between its two sections, each still kept whole, rather than be squeezed into one page. A QR caption too
 * long to stay on one page lets the contact section break too, rather than lose what does not fit.
 */
const backMatterBreaks = ({ meta, theme }: Pick<Props, 'meta' | 'theme'>) => theme.backBreaks || !keepTextTogether([meta.qr.caption ?? '']);

export function BackMatter({ brand, meta, theme: page, partner }: Props & { partner?: PartnerMark }) {
  const { profile, labels } = brand;
  // The organisation's own texts keep the design's sizes, or the compact ones: the copyfit varies the leaflet's.
  const frame = { ...page, ...page.frame };
  const theme = page.compactBack ? compacted(frame) : frame;
  const statements = (['vision', 'mission', 'slogan'] as const).flatMap((key) => {
    const text = brandText(theme, profile[key]);
    return text ? [{ label: brandText(theme, labels[key]), text }] : [];
  });
  const longCaption = !keepTextTogether([meta.qr.caption ?? '']);
  const style = { fontSize: theme.body, lineHeight: theme.lineHeight, marginTop: frame.gap * 2.5, backgroundColor: theme.colors.tint, padding: theme.body * 1.4, borderTop: `4pt solid ${theme.colors.primary}` };
  // On a phone the panel runs to the image's edges and ends it, as the header band starts it.
  const bleed = theme.phone ? { marginHorizontal: -theme.edge, paddingHorizontal: theme.edge, paddingBottom: theme.edge * 1.5 } : {};
  return (
    // Kept whole, it is marked for the copyfit's measure, which asks whether a page holds nothing else.
    <View {...(backMatterBreaks({ meta, theme }) ? { wrap: true } : { wrap: false, ...partOf('back-matter') })} style={{ ...style, ...bleed }}>
      <View wrap={!keepTextTogether([meta.credit ?? ''])}>
        <SectionTitle title={brandText(theme, labels.profile)} english={labels.profile_en} theme={theme} />
        {profile.intro.map((value, i) => {
          const paragraph = brandText(theme, value);
          return (
            <Text key={i} style={{ textAlign: theme.align, marginBottom: theme.gap * 0.6, fontFamily: paragraph.fontFamily }}>
              <Plain text={paragraph.text} theme={theme} size={theme.body} />
            </Text>
          );
        })}
        <View style={{ marginTop: theme.gap * 0.4, marginBottom: theme.gap }}>
          {statements.map((s) => (
            <Statement key={s.label.text} label={s.label} text={s.text} theme={theme} />
          ))}
        </View>
        {meta.credit ? <Credit credit={meta.credit} theme={theme} /> : null}
      </View>
      <View wrap={longCaption}>
        <SectionTitle title={brandText(theme, labels.contact)} english={labels.contact_en} theme={theme} />
        {/* On a phone the contacts take the width, and the code, large, comes under them. */}
        <View style={theme.phone ? {} : { flexDirection: 'row', alignItems: 'flex-start' }}>
          <View style={theme.phone ? {} : { flex: 1, paddingRight: theme.body }}>
            {brand.contact.map((entry, i) => (
              <ContactLine key={i} entry={entry} theme={theme} />
            ))}
            {partner ? <PartnerLine partner={partner} theme={theme} /> : null}
          </View>
          {theme.phone ? (
            <PhoneQr url={meta.qr.url} caption={meta.qr.caption} theme={theme} />
          ) : (
            <View style={{ alignItems: 'center' }}>
              <QrCode url={meta.qr.url} width={theme.qr} />
              {/* As wide as the code: a long caption wraps under it rather than squeezing the contacts. */}
              {meta.qr.caption ? <Text style={{ width: theme.qr, textAlign: 'center', fontSize: theme.small, color: theme.colors.text, marginTop: 2 }}>{meta.qr.caption}</Text> : null}
            </View>
          )}
        </View>
      </View>
    </View>
  );
}
