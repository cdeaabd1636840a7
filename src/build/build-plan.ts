// What a build makes of one leaflet, decided once and passed on: its print settings and the PDF it writes.
import { outputPath, resolvePrint, type PrintSettings } from '../print/print-settings.js';
import type { BuildOptions } from './build-leaflet.js';

export interface BuildPlan {
  settings: PrintSettings;
  /** None for a check, which writes nothing. */
  output?: string;
}

/** The print settings that the command line asked for, over the brand's defaults; none without a brand. */
export function printSettingsOf(options: Pick<BuildOptions, 'brand' | 'print'>): PrintSettings | undefined {
  return options.brand.brand && resolvePrint(options.print ?? {}, options.brand.brand);
}

/** The plan of a leaflet named `name`: the batch's settings, and its output path in their variant. */
export function planOf(name: string, options: BuildOptions, settings = printSettingsOf(options)): BuildPlan | undefined {
  return settings && { settings, output: options.dryRun ? undefined : outputPath(name, options.outDir, settings) };
}
