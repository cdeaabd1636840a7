// The whole leaflet as a react-pdf Document: metadata, header band, title, body and back matter.
import { Document, Page } from '@react-pdf/renderer';
import type { Brand } from '../brand/brand-schema.js';
import { localize } from '../brand/localize.js';
import type { Leaflet } from '../model/types.js';
import { BackMatter, Disclaimer } from './back-matter.js';
import { Blocks } from './blocks.js';
import { HeaderBand, TitleBlock } from './header-band.js';
import { References } from './references.js';
import { makeTheme } from './theme.js';

export interface DocumentOptions {
  brand: Brand;
  /** The creation and modification date written into the PDF. */
  date: Date;
  /** An absolute path to the brand logo, already checked. */
  logo?: string;
  /** The registered font families, main face first. */
  fonts: string[];
}

export function LeafletDocument({ leaflet, options }: { leaflet: Leaflet; options: DocumentOptions }) {
  const { meta, blocks } = leaflet;
  const { brand, date } = options;
  const theme = makeTheme(meta, brand, options.fonts);
  return (
    <Document
      title={meta.title}
      author={localize(brand.full_name, meta.lang)}
      subject={meta.subtitle}
      keywords={meta.keywords.join(', ')}
      language={meta.lang}
      creator="leaflet"
      producer="leaflet"
      creationDate={date}
      modificationDate={date}
    >
      <Page
        size={theme.size}
        style={{
          fontFamily: theme.font,
          fontSize: theme.body,
          lineHeight: theme.lineHeight,
          color: theme.colors.text,
          padding: theme.margin,
        }}
      >
        <HeaderBand brand={brand} meta={meta} theme={theme} logo={options.logo} />
        <TitleBlock meta={meta} theme={theme} />
        {/* Blocks are direct children of the page: react-pdf honours `break` only there. */}
        <Blocks blocks={blocks} theme={theme} />
        <References references={leaflet.references} theme={theme} />
        <Disclaimer brand={brand} meta={meta} theme={theme} />
        <BackMatter brand={brand} meta={meta} theme={theme} />
      </Page>
    </Document>
  );
}
