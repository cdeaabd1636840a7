// The print options of the command line → what to print, refusing the combinations that contradict each other.
import type { PrintRequest } from '../print/print-settings.js';
import { formatSizes } from '../layout/page-formats.js';
import { cliMessages } from '../diagnostics/catalogue/cli.js';
import { say, listed } from '../diagnostics/say.js';
import { UsageError, type Values } from './options.js';

/** The print options → what to print, refusing the combinations that contradict each other. */
export function printRequest(values: Values): PrintRequest {
  const formats = Object.keys(formatSizes) as (keyof typeof formatSizes)[];
  const format = values.format === undefined ? undefined : formats.find((f) => f.toLowerCase() === values.format!.toLowerCase());
  if (values.format !== undefined && !format) throw new UsageError(say(cliMessages.formatUnknown, { formats: listed(formats) }));
  const bleedMm = values.bleed === undefined ? undefined : Number(values.bleed);
  if (bleedMm !== undefined && !(values.bleed!.trim() !== '' && bleedMm >= 0 && bleedMm <= 10)) {
    throw new UsageError(say(cliMessages.bleedRange));
  }
  if (values.press === false && (bleedMm !== undefined || values.marks === false)) throw new UsageError(say(cliMessages.pressConflict));
  if (values.booklet && values.trifold) throw new UsageError(say(cliMessages.bookletAndTrifold));
  const layout = values.booklet ? 'booklet' : values.trifold ? 'trifold' : undefined;
  if (layout && format) throw new UsageError(say(layout === 'booklet' ? cliMessages.bookletFormat : cliMessages.trifoldFormat));
  return { format, layout, press: values.press, bleedMm, marks: values.marks, grayscale: values.grayscale, largePrint: values['large-print'], phone: values.phone };
}
