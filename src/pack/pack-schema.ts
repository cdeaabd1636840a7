// The schema of a pack manifest (leaflets/packs/<pack>.yaml); the zod value and its type share one name.
import * as z from 'zod';
import { handoutFormats, isoDate, languages } from '../source/leaflet-schema.js';

const text = z.string().trim().min(1, 'must not be empty');

export const PackManifest = z.object({
  title: text,
  subtitle: z.string().optional(),
  /** The partner the pack is made for, named on the cover. */
  recipient: text,
  /** The date on the cover and in the PDF's properties. */
  date: isoDate,
  /** The leaflets in order: paths relative to the manifest, or to the project folder. */
  leaflets: z.array(text).min(1, 'list at least one leaflet'),
  /** Markdown printed on the cover under the title. */
  intro: z.string().optional(),
  /** The language of the cover, the contents and the back matter; the brand's by default. */
  lang: z.enum(languages, { error: `expected one of ${languages.join(', ')}` }).optional(),
  format: z.enum(handoutFormats, { error: `expected one of ${handoutFormats.join(', ')}` }).optional(),
  /** For a print shop: 3 mm bleed, TrimBox and BleedBox, crop marks; written as `<pack>-press.pdf`. */
  press: z.boolean().optional(),
  /** A5 pages two-up on A4 landscape, saddle-stitched; written as `<pack>-booklet.pdf`. */
  booklet: z.boolean().optional(),
  /** The phone edition's long image of each leaflet in the zip too, beside its PDF. */
  phone: z.boolean().optional(),
});
export type PackManifest = z.infer<typeof PackManifest>;
