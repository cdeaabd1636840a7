// The print options of the command line → what to print, refusing the combinations that contradict each other.
import type { PrintRequest } from '../print/print-settings.js';
import { formats } from '../source/leaflet-schema.js';
import { UsageError, type Values } from './options.js';

/** The print options → what to print, refusing the combinations that contradict each other. */
export function printRequest(values: Values): PrintRequest {
  const format = values.format === undefined ? undefined : formats.find((f) => f.toLowerCase() === values.format!.toLowerCase());
  if (values.format !== undefined && !format) throw new UsageError(`--format must be one of ${formats.join(', ')}`);
  const bleedMm = values.bleed === undefined ? undefined : Number(values.bleed);
  if (bleedMm !== undefined && !(values.bleed!.trim() !== '' && bleedMm >= 0 && bleedMm <= 10)) {
    throw new UsageError('--bleed takes a number of millimetres from 0 to 10');
  }
  if (values.press === false && (bleedMm !== undefined || values.marks === false)) throw new UsageError('--bleed and --no-marks are for press output; drop --no-press');
  if (values.booklet && values.trifold) throw new UsageError('choose --booklet or --trifold, not both');
  const layout = values.booklet ? 'booklet' : values.trifold ? 'trifold' : undefined;
  if (layout && format) throw new UsageError(`--${layout} sets its own sizes (${layout === 'booklet' ? 'A5 pages on A4 sheets' : 'an A4 sheet'}); drop --format`);
  return { format, layout, press: values.press, bleedMm, marks: values.marks, grayscale: values.grayscale, largePrint: values['large-print'] };
}
