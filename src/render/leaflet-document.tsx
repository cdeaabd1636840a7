// The whole leaflet as a react-pdf Document: metadata, header band, title, body, running footer and back matter.
import { Document, Page } from '../layout/react-pdf.js';
import type { ReactNode } from 'react';
import type { Brand } from '../brand/brand-schema.js';
import type { Leaflet, LeafletMeta } from '../model/types.js';
import { AnchoredBackMatter, Disclaimer } from './back-matter.js';
import { brandText } from './brand-text.js';
import { Blocks } from './blocks.js';
import { documentInfo } from './document-info.js';
import { HeaderBand, TitleBlock, type PartnerMark } from './header-band.js';
import type { LaidOut } from './page-fill.js';
import { NotesPage } from './notes-page.js';
import { References } from './references.js';
import { RunningFooter } from './running-footer.js';
import { bookmarkAt, makeTheme, type Theme, type ThemeOptions } from './theme.js';

export interface DocumentOptions {
  brand: Brand;
  /** The creation and modification date written into the PDF. */
  date: Date;
  /** An absolute path to the brand logo, already checked. */
  logo?: string;
  /** The partners' logos by id, already checked. */
  partnerLogos?: Record<string, string>;
  /** The page kind, bleed, large print and grayscale. */
  look: ThemeOptions;
  /** The registered font families, main face first. */
  fonts: string[];
  /** Booklet: the back matter takes a page of its own, the last, after this many spare pages (notes or blank). */
  blanksBeforeBack?: number;
  /** Given, the document is laid out and not written: this is handed its layout (see render-pdf.tsx). */
  onLayout?: (layout: LaidOut) => void;
}

export interface LeafletProps {
  leaflet: Leaflet;
  options: DocumentOptions;
}

/** The partner a co-branded leaflet names, with its name in the leaflet's language and its logo. */
export function partnerOf(meta: LeafletMeta, options: DocumentOptions, theme: Theme): PartnerMark | undefined {
  const partner = meta.partner ? options.brand.partners[meta.partner] : undefined;
  if (!partner || !meta.partner) return undefined;
  return { name: brandText(theme, partner.name), url: partner.url, logo: options.partnerLogos?.[meta.partner] };
}

/** The theme of a leaflet: the page from the print options, the text from the leaflet. */
export function leafletTheme({ leaflet, options }: LeafletProps): Theme {
  const { lang, align } = leaflet.meta;
  return makeTheme(options.brand, options.look, { lang, align, fonts: options.fonts });
}

/** The Document with the leaflet's properties. */
export function LeafletShell({ leaflet, options, children, outline }: LeafletProps & { children: ReactNode; outline?: boolean }) {
  const info = documentInfo(leaflet.meta, options.brand, options.date);
  return (
    <Document
      title={info.title}
      author={info.author}
      subject={info.subject}
      keywords={info.keywords}
      language={info.language}
      pageMode={outline && leaflet.blocks.some((b) => b.type === 'heading' && b.depth <= 2) ? 'useOutlines' : undefined}
      creator={info.creator}
      producer={info.producer}
      creationDate={info.date}
      modificationDate={info.date}
      onLaidOut={options.onLayout}
    >
      {children}
    </Document>
  );
}

export function LeafletPage({ theme, children, bookmark }: { theme: Theme; children?: ReactNode; bookmark?: string }) {
  // A phone edition's page ends where its last block does, which sets its own space below.
  const style = { fontFamily: theme.font, fontSize: theme.body, lineHeight: theme.lineHeight, color: theme.colors.text, padding: theme.edge, paddingBottom: theme.phone ? 0 : theme.edge };
  return (
    <Page size={theme.pageSize} style={style} bookmark={bookmark === undefined ? undefined : bookmarkAt(theme, bookmark, 0)}>
      {children}
    </Page>
  );
}

/**
 * Booklet: the spare pages that bring the count to a multiple of 4, before the back matter's page. They are
 * notes pages where the brand's copyfit asks for them (`notes_page`), blank otherwise.
 */
export function BlankPages({ count, theme, footer }: { count: number; theme: Theme; footer?: ReactNode }) {
  const notes = theme.brand.copyfit.notes_page;
  return (
    <>
      {Array.from({ length: count }, (_, i) => (
        <LeafletPage key={i} theme={theme}>
          {notes ? <NotesPage theme={theme} /> : null}
          {notes ? footer : null}
        </LeafletPage>
      ))}
    </>
  );
}

/**
 * Everything before the back matter: header band, title, body, references and (unless `disclaimer` is false,
 * where the back matter carries it) the disclaimer. `outline`: see Blocks.
 */
export function Opening({ leaflet, options, theme, outline, disclaimer = true }: LeafletProps & { theme: Theme; outline?: boolean; disclaimer?: boolean }) {
  const { meta, blocks } = leaflet;
  return (
    <>
      <HeaderBand brand={options.brand} meta={meta} theme={theme} logo={options.logo} partner={partnerOf(meta, options, theme)} />
      <TitleBlock meta={meta} theme={theme} />
      {/* Blocks are direct children of the page: react-pdf honours `break` only there. */}
      <Blocks blocks={blocks} theme={theme} outline={outline} breaks={theme.breaks} />
      <References references={leaflet.references} theme={theme} />
      {disclaimer ? <Disclaimer brand={options.brand} theme={theme} /> : null}
    </>
  );
}

export function LeafletDocument({ leaflet, options }: LeafletProps) {
  const { brand } = options;
  const { meta } = leaflet;
  const theme = leafletTheme({ leaflet, options });
  const footer = <RunningFooter brand={brand} meta={meta} theme={theme} />;
  // At the foot of the last page when it fits there, else on a page of its own: the back cover.
  const back = <AnchoredBackMatter brand={brand} meta={meta} theme={theme} partner={partnerOf(meta, options, theme)} disclaimer />;
  const blanks = options.blanksBeforeBack;
  return (
    <LeafletShell leaflet={leaflet} options={options} outline>
      <LeafletPage theme={theme}>
        {/* The headings of levels 1 and 2 are the document's outline (bookmarks), as in a pack. */}
        <Opening leaflet={leaflet} options={options} theme={theme} outline disclaimer={false} />
        {blanks === undefined ? back : null}
        {footer}
      </LeafletPage>
      {blanks === undefined ? null : (
        <>
          <BlankPages count={blanks} theme={theme} footer={footer} />
          <LeafletPage theme={theme}>
            {back}
            {footer}
          </LeafletPage>
        </>
      )}
    </LeafletShell>
  );
}
