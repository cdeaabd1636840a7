// The front-matter schema of a leaflet; the zod value and its type share one name.
import * as z from 'zod';
import { sourceMessages as m } from '../diagnostics/catalogue/source.js';

/** The page formats; A3 is for event posters only. */
export const formats = ['A4', 'A5', 'Letter', 'A3'] as const;
export type PageFormat = (typeof formats)[number];
/** The formats of a handout, or of a pack of them. */
export const handoutFormats = ['A4', 'A5', 'Letter'] as const;

export const languages = ['zh-CN', 'zh-TW', 'en'] as const;
export type Lang = (typeof languages)[number];

// A message here is a catalogue entry's English: the message in every language is found by it.
export const isoDate = z
  .string()
  // A date that is not written as a date is not also said to be no real one.
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: m.dateForm.en, abort: true })
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), {
    message: m.notRealDate.en,
  });

const text = z.string().trim().min(1, m.notEmpty.en);

export const QrSettings = z.object({
  url: z.string(),
  caption: z.string().optional(),
});
export type QrSettings = z.infer<typeof QrSettings>;

/** An ISO date and time, with a zone offset or without (then the brand's time zone applies). */
const dateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:?\d{2})?$/, m.dateTimeForm.en);

export const EventSettings = z.object({
  starts: dateTime,
  ends: dateTime.optional(),
  venue: z.object({ name: text, address: z.string().optional() }),
  online: z.string().optional(),
  register: z.string().optional(),
  contact: z.object({ person: z.string().optional(), phone: z.string().optional() }).optional(),
  fee: z.string().optional(),
  capacity: z.union([z.number().int().positive(), z.string()]).optional(),
});
export type EventSettings = z.infer<typeof EventSettings>;

export const templates = ['handout', 'event'] as const;
export type TemplateName = (typeof templates)[number];

export const FrontMatter = z.object({
  template: z.enum(templates, { error: `expected one of ${templates.join(', ')}` }).optional(),
  title: text.optional(),
  subtitle: z.string().optional(),
  series: z.string().optional(),
  series_en: z.string().optional(),
  date: isoDate.optional(),
  lang: z.string().optional(),
  /** A list, or words parted by commas of either width or 、: `硬皮病，雷诺现象` is two keywords. */
  keywords: z
    .union([z.array(z.string()), z.string().transform((value) => [value])])
    .transform((list) => list.flatMap((words) => words.split(/[,，、;；]/).map((word) => word.trim())).filter((word) => word !== ''))
    .optional(),
  credit: z.string().optional(),
  qr: QrSettings.optional(),
  print_urls: z.boolean().optional(),
  event: EventSettings.optional(),
  /** A partner from the brand file's `partners`, shown beside the organisation. */
  partner: z.string().optional(),
  align: z.enum(['justify', 'left'], { error: 'expected justify or left' }).optional(),
  format: z.enum(formats, { error: m.formatChoice.en }).optional(),
});
export type FrontMatter = z.infer<typeof FrontMatter>;
