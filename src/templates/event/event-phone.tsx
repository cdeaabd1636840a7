// The event flyer's phone edition: the title, then the date line and the sign-up QR code, then the text and the contacts.
import { View } from '../../layout/react-pdf.js';
import { Blocks } from '../../render/blocks.js';
import { HeaderBand } from '../../render/header-band.js';
import { leafletTheme, LeafletPage, LeafletShell, partnerOf, type LeafletProps } from '../../render/leaflet-document.js';
import { PhoneQr } from '../../render/phone-qr.js';
import { withoutBreaks } from '../../render/phone-document.js';
import { EventDetails } from './event-details.js';
import { EventHeading } from './event-heading.js';
import { EventFooter } from './event-footer.js';

export function EventPhone({ leaflet: whole, options }: LeafletProps) {
  const leaflet = withoutBreaks(whole);
  const { meta, blocks } = leaflet;
  const theme = leafletTheme({ leaflet, options });
  const partner = partnerOf(meta, options, theme);
  return (
    <LeafletShell leaflet={leaflet} options={options}>
      <LeafletPage theme={theme}>
        <HeaderBand brand={options.brand} meta={meta} theme={theme} logo={options.logo} partner={partner} />
        <EventHeading meta={meta} theme={theme} scale={1.2} subScale={1.2} />
        <View style={{ height: theme.gap * 1.6 }} />
        {meta.event ? <EventDetails event={meta.event} brand={options.brand} theme={theme} /> : null}
        {/* Straight after the date and place: the reader signs up before scrolling on. */}
        <PhoneQr url={meta.qr.url} caption={meta.qr.caption} theme={theme} />
        <View style={{ height: theme.gap * 1.5 }} />
        <Blocks blocks={blocks} theme={theme} />
        <View style={{ height: theme.gap * 2 }} />
        <EventFooter brand={options.brand} meta={meta} theme={theme} partner={partner} withQr={false} />
      </LeafletPage>
    </LeafletShell>
  );
}
