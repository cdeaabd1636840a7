// A phone image left from an earlier build: older than the PDF beside it, and not made this time.
import { stat } from 'node:fs/promises';
import { phonePaths, type PrintSettings } from '../print/print-settings.js';

/**
 * The phone image of leaflet `name` in these settings when this build did not make one and the one in `outDir`
 * is older than the PDF at `output`: the picture people pass on, which no longer shows what the PDF does.
 */
export async function olderPhone(name: string, outDir: string, settings: PrintSettings, output: string): Promise<string | undefined> {
  if (settings.phone) return undefined;
  const { png } = phonePaths(name, outDir, settings);
  const [image, pdf] = await Promise.all([stat(png).catch(() => undefined), stat(output).catch(() => undefined)]);
  return image && pdf && image.mtimeMs < pdf.mtimeMs ? png : undefined;
}
