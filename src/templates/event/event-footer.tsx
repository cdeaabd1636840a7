// The flyer's compact back panel: the contact channels the brand chose, the partner, and the large sign-up QR code.
import { Text, View } from '../../layout/react-pdf.js';
import type { Brand } from '../../brand/brand-schema.js';
import type { LeafletMeta } from '../../model/types.js';
import { ContactLine, PartnerLine } from '../../render/back-matter.js';
import { brandText } from '../../render/brand-text.js';
import type { PartnerMark } from '../../render/header-band.js';
import { QrCode } from '../../render/qr-code.js';
import type { Theme } from '../../render/theme.js';

/** The sign-up QR code is at least 35 mm wide on a flyer, so it scans from a notice board. */
export const flyerQrMm = { A3: 60, A4: 45, A5: 36, Letter: 45, panel: 30, phone: 36 } as const;

/** On a phone the panel runs to the image's edges and ends it, as the header band starts it. */
const phoneBleed = (theme: Theme) => (theme.phone ? { marginHorizontal: -theme.edge, paddingHorizontal: theme.edge, paddingBottom: theme.edge * 1.5 } : {});

/** `withQr` false: the contacts alone, where the code is printed elsewhere (the phone edition puts it near the top). */
export function EventFooter({ brand, meta, theme: fitted, partner, withQr = true }: { brand: Brand; meta: LeafletMeta; theme: Theme; partner?: PartnerMark; withQr?: boolean }) {
  // The footer panel keeps the design's sizes: the copyfit grows the flyer's own text.
  const theme = { ...fitted, ...fitted.frame };
  const contacts = brand.event.footer_contacts.flatMap((kind) => brand.contact.filter((entry) => entry.kind === kind));
  // Sized for the page actually printed (`--format` wins over the front matter).
  const qr = flyerQrMm[theme.page] * theme.mm;
  const fullName = brandText(theme, brand.full_name);
  return (
    <View wrap={false} style={{ flexDirection: 'row', alignItems: 'flex-end', backgroundColor: theme.colors.tint, padding: theme.body * 1.2, borderTop: `4pt solid ${theme.colors.primary}`, ...phoneBleed(theme) }}>
      <View style={{ flex: 1, paddingRight: theme.body }}>
        <Text style={{ fontSize: theme.body * 1.2, fontWeight: 700, color: theme.colors.primary, marginBottom: theme.gap * 0.6, fontFamily: fullName.fontFamily }}>
          {`${brand.name.zh}  ${fullName.text}`}
        </Text>
        {contacts.map((entry, i) => (
          <ContactLine key={i} entry={entry} theme={theme} />
        ))}
        {partner ? <PartnerLine partner={partner} theme={theme} withUrl={false} /> : null}
      </View>
      {withQr ? (
        <View style={{ alignItems: 'center' }}>
          <QrCode url={meta.qr.url} width={qr} />
          {meta.qr.caption ? <Text style={{ fontSize: theme.body * 1.2, fontWeight: 700, color: theme.colors.primary, marginTop: 2 }}>{meta.qr.caption}</Text> : null}
        </View>
      ) : null}
    </View>
  );
}
