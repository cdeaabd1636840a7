// The brand file's schema: the organisation's names, colours, profile, contact and labels.
import * as z from 'zod';
import { brandMessages as m } from '../diagnostics/catalogue/brand.js';
import { sourceMessages } from '../diagnostics/catalogue/source.js';
import { languages } from '../source/leaflet-schema.js';

// A message here is a catalogue entry's English: the message in every language is found by it.
const text = z.string().trim().min(1, sourceMessages.notEmpty.en);

/** A text given once, or per language (`zh-CN`, `zh-TW`, `en`). */
export const Localized = z.union([
  text,
  z.object({ 'zh-CN': text.optional(), 'zh-TW': text.optional(), en: text.optional() }).refine((v) => Object.values(v).some(Boolean), {
    message: m.oneLanguage.en,
  }),
]);
export type Localized = z.infer<typeof Localized>;

const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, m.colour.en);
const ink = z.number().min(0).max(100);
/** A colour as the print shop's four inks, in per cent: cyan, magenta, yellow, black. */
const inks = z.tuple([ink, ink, ink, ink]);

export const ContactKind = z.enum(['phone', 'email', 'website', 'weibo', 'wechat', 'qq', 'other']);

export const ContactEntry = z.object({
  kind: ContactKind.default('other'),
  label: Localized,
  value: text,
  note: Localized.optional(),
});
export type ContactEntry = z.infer<typeof ContactEntry>;

/** A font file: a path relative to the brand file, or a file inside an installed npm package. */
export const FontSource = z.union([z.object({ file: text }), z.object({ package: text })]);
export type FontSource = z.infer<typeof FontSource>;

export const Typography = z.object({
  /** `justify` (both edges flush) or `left` (ragged right). */
  align: z.enum(['justify', 'left']).default('justify'),
  /** A quarter em between Chinese and Latin letters or digits where the text has none. */
  cjk_latin_spacing: z.boolean().default(true),
  /**
   * The width of full-width punctuation: `quanjiao` (full width, but two adjacent marks take 1.5 em and a
   * mark at a line's edge is set half width), `kaiming` (half width except 。？！) or `none` (all full width).
   */
  punctuation: z.enum(['quanjiao', 'kaiming', 'none']).default('quanjiao'),
  /** How `*emphasis*` is shown in Chinese text, which has no italic: in the accent colour, or in bold. */
  emphasis: z.enum(['color', 'bold']).default('color'),
  /** The weight of headings: 700 (bold) or heavier, as the font package ships it. */
  heading_weight: z.union([z.literal(700), z.literal(800), z.literal(900)]).default(700),
  /** Fonts tried in order for characters that the main face lacks, e.g. symbols. */
  fallback_fonts: z.array(FontSource).default([]),
});
export type Typography = z.infer<typeof Typography>;

const CalloutStyle = z.object({ label: Localized, color: colour });

/** A range of numbers, the smaller first. */
const range = (min = 0) =>
  z
    .tuple([z.number().min(min), z.number().min(min)])
    .refine(([low, high]) => low <= high, { message: m.smallerFirst.en });

/**
 * How far the copyfit may vary the design to fill the pages: the body size per page kind, in points, the
 * leading (as a multiple of the type size) and the spacing between paragraphs and sections (as a multiple
 * of the design's own). The design's own values are the starting point; the ranges are its limits.
 */
export const Copyfit = z.object({
  /** Off: every leaflet is set in the design's own sizes, however it falls on its pages. */
  enabled: z.boolean().default(true),
  body: z
    .object({
      A4: range(6).default([10, 11.5]),
      A5: range(6).default([9, 10]),
      Letter: range(6).default([10, 11.5]),
      trifold: range(6).default([8.5, 12]),
      /** Large print never goes below 14 pt. */
      large_print: range(14).default([14, 16]),
    })
    .default({ A4: [10, 11.5], A5: [9, 10], Letter: [10, 11.5], trifold: [8.5, 12], large_print: [14, 16] }),
  leading: range(1).default([1.5, 1.8]),
  spacing: range(0.2).default([0.75, 1.5]),
  /** The back matter may be set smaller, nothing left out, when that saves a page. */
  compact_back_matter: z.boolean().default(true),
  /** An event flyer's type, as a multiple of the design's sizes: it grows as far as the page allows. */
  flyer_scale: range(1).default([1, 1.8]),
  /** A booklet's spare pages become lined notes pages, headed by labels.notes, rather than blank pages. */
  notes_page: z.boolean().default(true),
});
export type Copyfit = z.infer<typeof Copyfit>;

export const Partner = z.object({ name: Localized, logo: z.string().optional(), url: z.string().optional() });
export type Partner = z.infer<typeof Partner>;

export const EventDesign = z.object({
  /** Which contact entries (by kind) the flyer's compact footer holds. */
  footer_contacts: z.array(ContactKind).default(['phone', 'wechat', 'website']),
  labels: z.object({
    when: Localized,
    where: Localized,
    online: Localized,
    fee: Localized,
    capacity: Localized,
    contact: Localized,
    register: Localized,
  }),
});

export const Brand = z.object({
  lang: z.enum(languages).default('zh-CN'),
  /** The zone of event times written without an offset. */
  time_zone: z.string().default('Asia/Shanghai'),
  name: z.object({ zh: text, en: text }),
  short_name: Localized,
  full_name: Localized,
  tagline: Localized,
  logo: z.string().optional(),
  /** Build for a print shop by default: bleed, trim and bleed boxes, crop marks. */
  press: z.boolean().default(false),
  /** Build in greys by default, for black-and-white printers. */
  grayscale: z.boolean().default(false),
  /** Also write the phone edition by default: a long image and a phone-width PDF. */
  phone: z.boolean().default(false),
  colors: z.object({
    primary: colour,
    accent: colour,
    text: colour,
    muted: colour,
    tint: colour,
    on_primary: colour,
  }),
  /** How the colours above print at a print shop (`--press`); a colour not named is converted from its RGB. */
  press_colors: z
    .object({ primary: inks, accent: inks, text: inks, muted: inks, tint: inks, on_primary: inks })
    .partial()
    .default({}),
  profile: z.object({
    intro: z.array(Localized).min(1),
    vision: Localized.optional(),
    mission: Localized.optional(),
    slogan: Localized.optional(),
  }),
  disclaimer: Localized,
  contact: z.array(ContactEntry).min(1),
  qr: z.object({ url: z.string().optional(), caption: Localized.optional() }).default({}),
  typography: Typography.default(Typography.parse({})),
  copyfit: Copyfit.default(Copyfit.parse({})),
  /** The boxes of `:::note`, `:::tip` and `:::warning`: their label and colour. */
  callouts: z.object({ note: CalloutStyle, tip: CalloutStyle, warning: CalloutStyle }),
  event: EventDesign,
  /** Partners that a leaflet can name with `partner: <id>` to co-brand it. */
  partners: z.record(z.string(), Partner).default({}),
  /**
   * The wording of partner packs (`leaflet pack`): the cover's line for the partner (`{recipient}` stands for
   * its name), the contents page's heading, and the line before the list of files in the zip's README.
   */
  pack: z.object({ prepared_for: Localized, contents: Localized, readme: Localized }).optional(),
  /** `zebra` (tinted every other row) or `ruled` (a line under every row). */
  tables: z.object({ style: z.enum(['zebra', 'ruled']).default('zebra') }).default({ style: 'zebra' }),
  labels: z.object({
    profile: Localized,
    profile_en: text,
    contact: Localized,
    contact_en: text,
    vision: Localized,
    mission: Localized,
    slogan: Localized,
    references: Localized,
    figure: Localized,
    partner: Localized,
    /** The heading of a booklet's notes page and the two fields on it. */
    notes: Localized.optional(),
    notes_date: Localized.optional(),
    notes_questions: Localized.optional(),
    /** Under the QR code of the phone edition, which is opened by pressing on it. */
    qr_phone: Localized.default({ 'zh-CN': '长按识别二维码', 'zh-TW': '長按識別二維碼', en: 'Long-press to open' }),
  }),
});
export type Brand = z.infer<typeof Brand>;

/** The wording of partner packs, from the brand file. */
export type PackWording = NonNullable<Brand['pack']>;
