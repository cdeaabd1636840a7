// The event template: a one-page flyer with a large title, the date and place, a short text and a sign-up QR code.
import { View } from '../../layout/react-pdf.js';
import { Blocks } from '../../render/blocks.js';
import { HeaderBand } from '../../render/header-band.js';
import { leafletTheme, LeafletPage, LeafletShell, partnerOf, type LeafletProps } from '../../render/leaflet-document.js';
import { EventDetails } from './event-details.js';
import { EventHeading } from './event-heading.js';
import { EventFooter } from './event-footer.js';

export function EventDocument({ leaflet, options }: LeafletProps) {
  const { meta, blocks } = leaflet;
  const theme = leafletTheme({ leaflet, options });
  const partner = partnerOf(meta, options, theme);
  // The free space of the page is shared by the flyer's three gaps; none when laid out tall to measure.
  const grow = options.look.measure ? 0 : 1;
  return (
    <LeafletShell leaflet={leaflet} options={options}>
      <LeafletPage theme={theme}>
        <HeaderBand brand={options.brand} meta={meta} theme={theme} logo={options.logo} partner={partner} />
        <EventHeading meta={meta} theme={theme} scale={1.45} subScale={1.5} />
        <View style={{ height: theme.gap * 1.6, flexGrow: grow }} />
        {meta.event ? <EventDetails event={meta.event} brand={options.brand} theme={theme} /> : null}
        <View style={{ flexGrow: grow }} />
        <Blocks blocks={blocks} theme={{ ...theme, body: theme.body * 1.15 }} />
        {/* With the two above, shares the free space and sets the back panel at the foot of the page; an
            overlong text pushes it onto a second page. */}
        <View style={{ height: options.look.measure ? theme.gap * 2 : 0, flexGrow: grow }} />
        <EventFooter brand={options.brand} meta={meta} theme={theme} partner={partner} />
      </LeafletPage>
    </LeafletShell>
  );
}
