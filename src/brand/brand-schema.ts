// The brand file's schema: the organisation's names, colours, profile, contact and labels.
import { z } from 'zod';
import { languages } from '../source/leaflet-schema.js';

const text = z.string().trim().min(1, 'must not be empty');

/** A text given once, or per language (`zh-CN`, `zh-TW`, `en`). */
export const Localized = z.union([
  text,
  z.object({ 'zh-CN': text.optional(), 'zh-TW': text.optional(), en: text.optional() }).refine((v) => Object.values(v).some(Boolean), {
    message: 'give the text in at least one language',
  }),
]);
export type Localized = z.infer<typeof Localized>;

const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour written as #RRGGBB');

export const ContactKind = z.enum(['phone', 'email', 'website', 'weibo', 'wechat', 'qq', 'other']);

export const ContactEntry = z.object({
  kind: ContactKind.default('other'),
  label: Localized,
  value: text,
  note: Localized.optional(),
});
export type ContactEntry = z.infer<typeof ContactEntry>;

export const Brand = z.object({
  lang: z.enum(languages).default('zh-CN'),
  name: z.object({ zh: text, en: text }),
  short_name: Localized,
  full_name: Localized,
  tagline: Localized,
  logo: z.string().optional(),
  /** Build for a print shop by default: bleed, trim and bleed boxes, crop marks. */
  press: z.boolean().default(false),
  /** Build in greys by default, for black-and-white printers. */
  grayscale: z.boolean().default(false),
  colors: z.object({
    primary: colour,
    accent: colour,
    text: colour,
    muted: colour,
    tint: colour,
    on_primary: colour,
  }),
  profile: z.object({
    intro: z.array(Localized).min(1),
    vision: Localized.optional(),
    mission: Localized.optional(),
    slogan: Localized.optional(),
  }),
  disclaimer: Localized,
  contact: z.array(ContactEntry).min(1),
  qr: z.object({ url: z.string().optional(), caption: Localized.optional() }).default({}),
  labels: z.object({
    profile: Localized,
    profile_en: text,
    contact: Localized,
    contact_en: text,
    vision: Localized,
    mission: Localized,
    slogan: Localized,
  }),
});
export type Brand = z.infer<typeof Brand>;
