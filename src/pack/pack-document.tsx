// A whole pack as one react-pdf Document: cover, contents, each leaflet on its own pages, the back matter once.
import { View } from '../layout/react-pdf.js';
import type { PackWording } from '../brand/brand-schema.js';
import { localize } from '../brand/localize.js';
import type { Leaflet } from '../model/types.js';
import { AnchoredBackMatter, BackMatter } from '../render/back-matter.js';
import { BlankPages, LeafletPage, LeafletShell, leafletTheme, Opening, partnerOf, type DocumentOptions } from '../render/leaflet-document.js';
import { RunningFooter } from '../render/running-footer.js';
import type { Lang } from '../source/leaflet-schema.js';
import { anchorOf, Contents, Cover } from './pack-pages.js';


export interface PackProps {
  /** The pack as a leaflet: its title, date and language, and the cover's intro as its blocks. */
  pack: Leaflet;
  recipient: string;
  wording: PackWording;
  leaflets: Leaflet[];
  options: DocumentOptions;
  /** The font families registered for each language in the pack. */
  fonts: Partial<Record<Lang, string[]>>;
  /** The first page of each leaflet, for the contents; see renderPack. */
  starts?: number[];
  /** Called with the page each leaflet starts on, as the pages are laid out. */
  onStart?: (index: number, pageNumber: number) => void;
}

/**
 * Each leaflet is a react-pdf Page that may run over several pages: page numbers run through the pack. The back
 * matter ends the last leaflet, at the foot of its last page when it fits there, as in a leaflet's own PDF. In a
 * booklet it is the back cover, a page of its own, and blank pages go before it; the leaflets do not move.
 */
export function PackDocument({ pack, recipient, wording, leaflets, options, fonts, starts, onStart }: PackProps) {
  const withFonts = (lang: Lang) => ({ ...options, fonts: fonts[lang] ?? options.fonts });
  const theme = leafletTheme({ leaflet: pack, options: withFonts(pack.meta.lang) });
  const footer = <RunningFooter brand={options.brand} meta={pack.meta} theme={theme} />;
  // A booklet's back cover: the back matter on a page of its own, these blank pages before it.
  const blanks = options.blanksBeforeBack;
  const back = { brand: options.brand, meta: pack.meta, theme, partner: partnerOf(pack.meta, options, theme) };
  return (
    <LeafletShell leaflet={pack} options={options}>
      <LeafletPage theme={theme}>
        <Cover pack={pack} recipient={recipient} wording={wording} options={options} theme={theme} />
      </LeafletPage>
      <LeafletPage theme={theme}>
        <Contents leaflets={leaflets} starts={starts} title={localize(wording.contents, pack.meta.lang)} theme={theme} />
        {footer}
      </LeafletPage>
      {leaflets.map((leaflet, i) => {
        const own = withFonts(leaflet.meta.lang);
        const leafletStyle = leafletTheme({ leaflet, options: own });
        return (
          <LeafletPage key={i} theme={leafletStyle} bookmark={leaflet.meta.title}>
            {/* The contents' link target, and where the leaflet's first page is recorded. */}
            <View id={anchorOf(i)} render={({ pageNumber }) => void onStart?.(i, pageNumber)} />
            <Opening leaflet={leaflet} options={own} theme={leafletStyle} outline />
            {blanks === undefined && i === leaflets.length - 1 ? <AnchoredBackMatter {...back} /> : null}
            <RunningFooter brand={options.brand} meta={leaflet.meta} theme={leafletStyle} />
          </LeafletPage>
        );
      })}
      {blanks === undefined ? null : (
        <>
          <BlankPages count={blanks} theme={theme} />
          <LeafletPage theme={theme}>
            <BackMatter {...back} />
            {footer}
          </LeafletPage>
        </>
      )}
    </LeafletShell>
  );
}
