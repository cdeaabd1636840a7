// Builds a batch: every leaflet is tried, one failure never stops the others, messages stay per leaflet.
import { VFile } from 'vfile';
import { loadBrand } from '../brand/load-brand.js';
import type { Summary } from '../diagnostics/format.js';
import type { FileStatus } from '../diagnostics/json-report.js';
import { error, hasErrors, makeStrict } from '../diagnostics/messages.js';
import { resolvePrint, type PrintRequest } from '../print/print-settings.js';
import { buildLeaflet, outputPath, type BuildOptions, type BuildResult } from './build-leaflet.js';
import { findLeaflets, type Target } from './find-leaflets.js';

export interface BatchOptions {
  paths: string[];
  outDir: string;
  brandPath: string;
  strict?: boolean;
  dryRun?: boolean;
  /** The project folder (default: the working directory); see BuildOptions. */
  root?: string;
  print?: PrintRequest;
  /** Also write `<name>.ics` next to each event flyer. */
  ics?: boolean;
  /** Called after each leaflet, in input order. */
  onResult?: (result: BuildResult) => void;
}

export interface BatchResult {
  /** The brand file with its own messages; when it has errors nothing else is built. */
  brand: VFile;
  results: BuildResult[];
}

/** Builds one leaflet; a failure of leaflet itself becomes an error on that leaflet, never the end of the batch. */
async function buildGuarded(target: Target, options: BuildOptions): Promise<BuildResult> {
  try {
    return await buildLeaflet(target.source, target.name, options);
  } catch (cause) {
    const file = new VFile({ path: target.source });
    error(file, 'internal-error', `leaflet failed on this file: ${cause instanceof Error ? cause.message : String(cause)}`, {
      place: { line: 1, column: 1 },
      hint: 'please report this, with the file, to whoever maintains leaflet',
    });
    return { file };
  }
}

export async function buildMany(options: BatchOptions): Promise<BatchResult> {
  const loaded = await loadBrand(options.brandPath, options.root);
  if (options.strict) makeStrict(loaded.file);
  if (!loaded.brand || hasErrors(loaded.file)) return { brand: loaded.file, results: [] };
  const { targets, missing } = await findLeaflets(options.paths);
  const results: BuildResult[] = [];
  const report = (result: BuildResult) => {
    results.push(result);
    options.onResult?.(result);
  };
  for (const input of missing) {
    const file = new VFile({ path: input });
    error(file, 'read-error', 'no such file or folder');
    report({ file });
  }
  const settings = resolvePrint(options.print ?? {}, loaded.brand);
  const taken = new Map<string, string>();
  for (const target of targets) {
    const output = outputPath(target.name, options.outDir, settings);
    const first = taken.get(output);
    if (first) {
      const file = new VFile({ path: target.source });
      error(file, 'write-failed', `builds to the same file as ${first}: ${output}`, { hint: 'rename one of the two leaflets' });
      report({ file });
      continue;
    }
    taken.set(output, target.source);
    report(await buildGuarded(target, { ...options, brand: loaded }));
  }
  return { brand: loaded.file, results };
}

/** What became of a leaflet: built into a PDF, checked (by `check`, which writes none), or failed. */
export function statusOf(result: BuildResult): FileStatus {
  if (hasErrors(result.file)) return 'failed';
  return result.output ? 'built' : 'checked';
}

/** The counts of the summary line; `checked` only for a dry run. Warnings count the brand file's too. */
export function summarize(batch: BatchResult, dryRun = false): Summary {
  const statuses = batch.results.map(statusOf);
  const count = (status: FileStatus) => statuses.filter((s) => s === status).length;
  const files = [batch.brand, ...batch.results.map((result) => result.file)];
  const warnings = files.flatMap((file) => file.messages).filter((m) => !m.fatal).length;
  return { built: count('built'), failed: count('failed'), warnings, ...(dryRun ? { checked: count('checked') } : {}) };
}

export function batchFailed(batch: BatchResult): boolean {
  return hasErrors(batch.brand) || batch.results.some((result) => hasErrors(result.file));
}
