// The leaflet model: what the renderer draws, independent of Markdown, with source positions kept.
import type { Position } from 'unist';
import type { Lang, PageFormat } from '../source/leaflet-schema.js';

export interface Marks {
  strong?: boolean;
  emphasis?: boolean;
  code?: boolean;
  strike?: boolean;
  /** A printed URL after a link: set in a smaller, muted style. */
  url?: boolean;
}

/** A picture in the text. Pictures are not drawn yet: the span carries its alt text instead. */
export interface ImageRef {
  /** The address as written in the leaflet. */
  url: string;
  /** The checked file: an absolute path inside the project. Absent for a picture on the internet, which is never fetched. */
  path?: string;
}

export interface Span {
  text: string;
  marks: Marks;
  href?: string;
  image?: ImageRef;
}

interface Located {
  position?: Position;
}

export interface Heading extends Located {
  type: 'heading';
  depth: 1 | 2 | 3 | 4;
  spans: Span[];
}
export interface Paragraph extends Located {
  type: 'paragraph';
  spans: Span[];
  /** A circled marker (①②…) that opened the paragraph, hung in the margin like a list number. */
  marker?: string;
}
export interface List extends Located {
  type: 'list';
  ordered: boolean;
  start: number;
  /** The number's closing mark as written: `1.` or `1)`. */
  delimiter: '.' | ')';
  items: Block[][];
}
export interface Quote extends Located {
  type: 'quote';
  children: Block[];
}
export interface Rule extends Located {
  type: 'rule';
}
export interface Code extends Located {
  type: 'code';
  value: string;
}

export type Block = Heading | Paragraph | List | Quote | Rule | Code;

export interface LeafletMeta {
  title: string;
  subtitle?: string;
  series?: string;
  seriesEn?: string;
  date?: string;
  lang: Lang;
  keywords: string[];
  credit?: string;
  qr: { url: string; caption?: string };
  format: PageFormat;
}

export interface Leaflet {
  meta: LeafletMeta;
  blocks: Block[];
}
