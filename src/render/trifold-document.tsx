// The tri-fold's two parts, rendered as panel-sized pages: the text from the front panel on, and the back panel.
import { BackMatter } from './back-matter.js';
import { leafletTheme, LeafletPage, LeafletShell, Opening, partnerOf, type LeafletProps } from './leaflet-document.js';

/** Header band, title, body and disclaimer, one page per panel: the front panel first. */
export function TrifoldText({ leaflet, options }: LeafletProps) {
  const theme = leafletTheme({ leaflet, options });
  return (
    <LeafletShell leaflet={leaflet} options={options}>
      <LeafletPage theme={theme}>
        <Opening leaflet={leaflet} options={options} theme={theme} />
      </LeafletPage>
    </LeafletShell>
  );
}

/** The back panel: the organisation's profile, the contact details and the QR code. */
export function TrifoldBack({ leaflet, options }: LeafletProps) {
  const theme = leafletTheme({ leaflet, options });
  return (
    <LeafletShell leaflet={leaflet} options={options}>
      <LeafletPage theme={theme}>
        <BackMatter brand={options.brand} meta={leaflet.meta} theme={theme} partner={partnerOf(leaflet.meta, options, theme)} />
      </LeafletPage>
    </LeafletShell>
  );
}
