// A phone image left from an earlier build: older than what the leaflet is made of, and not made this time.
import { stat } from 'node:fs/promises';
import { phonePaths, type PrintSettings } from '../print/print-settings.js';

/**
 * The phone image of leaflet `name` in these settings when this build did not make one and the one in `outDir`
 * is older than a file the leaflet is made of (`made`: the leaflet itself, the brand file, its pictures): the
 * picture people pass on, which no longer shows what the PDF does. A booklet or a print shop's PDF built now
 * from the same files does not make it older.
 */
export async function olderPhone(name: string, outDir: string, settings: PrintSettings, made: string[]): Promise<string | undefined> {
  if (settings.phone) return undefined;
  const { png } = phonePaths(name, outDir, settings);
  const image = await stat(png).catch(() => undefined);
  if (!image) return undefined;
  const times = await Promise.all(made.map((file) => stat(file).then((found) => found.mtimeMs, () => 0)));
  return times.some((time) => time > image.mtimeMs) ? png : undefined;
}
