// The leaflet model: what the renderer draws, independent of Markdown, with source positions kept.
import type { Position } from 'unist';
import type { Lang, PageFormat, TemplateName } from '../source/leaflet-schema.js';

export interface Marks {
  strong?: boolean;
  emphasis?: boolean;
  code?: boolean;
  strike?: boolean;
  /** A printed URL after a link: set in a smaller, muted style. */
  url?: boolean;
  /** A footnote number, set as a superscript. */
  sup?: boolean;
}

/** A picture's address as checked in the model stage, kept on its Markdown node for the figure it becomes. */
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

export type Align = 'left' | 'center' | 'right';

export interface Table extends Located {
  type: 'table';
  /** Column alignment from the delimiter row (`:--`, `:-:`, `--:`); left where none is given. */
  align: Align[];
  header: Span[][];
  rows: Span[][][];
}

export type CalloutKind = 'note' | 'tip' | 'warning';

export interface Callout extends Located {
  type: 'callout';
  kind: CalloutKind;
  /** A title given as `:::note[标题]`; the brand's label for the kind otherwise. */
  title?: Span[];
  children: Block[];
}

export interface PageBreak extends Located {
  type: 'pagebreak';
}

/** A picture in a paragraph of its own, with a numbered caption. */
export interface Figure extends Located {
  type: 'figure';
  /** The image file: an absolute path inside the project, already checked. */
  src: string;
  alt: string;
  title?: string;
  /** The share of the text width it takes, from `{width=50%}`; 1 when not given. */
  width: number;
  number: number;
  /** Filled in by the build stage, which reads the file. */
  image?: LoadedImage;
}

export type LoadedImage =
  | { kind: 'raster'; data: Buffer; format: 'png' | 'jpg'; pixelWidth: number; pixelHeight: number }
  /** `bytes`: the size of the SVG file, which is what it costs to draw. */
  | { kind: 'svg'; tree: SvgNode; width: number; height: number; bytes: number };

export interface SvgNode {
  name: string;
  attributes: Record<string, string>;
  children: SvgNode[];
  value?: string;
}

export type Block = Heading | Paragraph | List | Quote | Rule | Code | Table | Callout | PageBreak | Figure;

/** A footnote, numbered in the order of its first citation. */
export interface Reference {
  number: number;
  blocks: Block[];
}

/** An event on a flyer: times as ISO strings with their offset, in the zone they are given in. */
export interface EventInfo {
  starts: string;
  ends?: string;
  zone: string;
  venue: { name: string; address?: string };
  register?: string;
  online?: string;
  contact?: { person?: string; phone?: string };
  fee?: string;
  capacity?: string;
}

export interface LeafletMeta {
  /** The design: `handout` (the default leaflet) or `event` (a one-page flyer). */
  template: TemplateName;
  event?: EventInfo;
  /** A partner's id in the brand file, for a co-branded leaflet. */
  partner?: string;
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
  /** Overrides the brand's text alignment. */
  align?: 'justify' | 'left';
}

export interface Leaflet {
  meta: LeafletMeta;
  blocks: Block[];
  /** The footnotes, printed as a numbered reference list after the body. */
  references: Reference[];
}
