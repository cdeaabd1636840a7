// The phone edition of a leaflet: one long page, 90 mm wide, with no page breaks and no running footer.
import type { Leaflet } from '../model/types.js';
import { BackMatter } from './back-matter.js';
import { LeafletPage, LeafletShell, leafletTheme, Opening, partnerOf, type LeafletProps } from './leaflet-document.js';

/** The blocks as read on a phone: one column, so a page break means nothing. */
export const withoutBreaks = (leaflet: Leaflet): Leaflet => ({ ...leaflet, blocks: leaflet.blocks.filter((block) => block.type !== 'pagebreak') });

export function PhoneDocument({ leaflet: whole, options }: LeafletProps) {
  const leaflet = withoutBreaks(whole);
  const { meta } = leaflet;
  const theme = leafletTheme({ leaflet, options });
  return (
    <LeafletShell leaflet={leaflet} options={options}>
      <LeafletPage theme={theme}>
        <Opening leaflet={leaflet} options={options} theme={theme} />
        <BackMatter brand={options.brand} meta={meta} theme={theme} partner={partnerOf(meta, options, theme)} />
      </LeafletPage>
    </LeafletShell>
  );
}
