// The PDF's properties, written alike by the renderer and by the print stage that rebuilds imposed files.
import type { Brand } from '../brand/brand-schema.js';
import { localize } from '../brand/localize.js';
import type { LeafletMeta } from '../model/types.js';

export interface DocumentInfo {
  title: string;
  author: string;
  subject?: string;
  keywords: string;
  language: string;
  creator: string;
  producer: string;
  /** The creation and modification date: the build date, so that the same input builds the same bytes. */
  date: Date;
}

export function documentInfo(meta: LeafletMeta, brand: Brand, date: Date): DocumentInfo {
  return {
    title: meta.title,
    author: localize(brand.full_name, meta.lang),
    subject: meta.subtitle,
    keywords: meta.keywords.join(', '),
    language: meta.lang,
    creator: 'leaflet',
    producer: 'leaflet',
    date,
  };
}
