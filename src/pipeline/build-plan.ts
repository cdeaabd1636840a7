// What a build makes of one leaflet, decided once and passed on: its print settings and the PDF it writes.
import type { LoadedBrand } from '../brand/load-brand.js';
import { outputPath, phonePaths, resolvePrint, type PrintRequest, type PrintSettings } from '../print/print-settings.js';

/** What a plan is made from: the brand, the command line's print request, and where and whether to write. */
export interface PlanOptions {
  brand: LoadedBrand;
  outDir: string;
  print?: PrintRequest;
  dryRun?: boolean;
}

export interface BuildPlan {
  settings: PrintSettings;
  /** None for a check, which writes nothing. */
  output?: string;
  /** The phone edition's files, when it is asked for and written. */
  phone?: { pdf: string; png: string };
}

/** The phone edition's files that a plan writes: its PDF, and its image unless the settings leave it out (the preview). */
export function phoneFiles(plan: Pick<BuildPlan, 'settings' | 'phone'>): string[] {
  return plan.phone ? [plan.phone.pdf, ...(plan.settings.phoneImage ? [plan.phone.png] : [])] : [];
}

/** The print settings that the command line asked for, over the brand's defaults; none without a brand. */
export function printSettingsOf(options: Pick<PlanOptions, 'brand' | 'print'>): PrintSettings | undefined {
  return options.brand.brand && resolvePrint(options.print ?? {}, options.brand.brand);
}

/** The plan of a leaflet named `name`: the batch's settings, and its output path in their variant. */
export function planOf(name: string, options: PlanOptions, settings = printSettingsOf(options)): BuildPlan | undefined {
  if (!settings) return undefined;
  if (options.dryRun) return { settings };
  return { settings, output: outputPath(name, options.outDir, settings), ...(settings.phone ? { phone: phonePaths(name, options.outDir, settings) } : {}) };
}
