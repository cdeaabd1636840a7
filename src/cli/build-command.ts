// `leaflet build` and `leaflet check`: run the batch, report each leaflet as text or JSON, and give the exit code.
import type { BuildResult } from '../build/build-leaflet.js';
import { displayPath, formatFile, formatSummary } from '../diagnostics/format.js';
import { UsageError, type Values } from './options.js';
import { printRequest } from './print-options.js';

/** With `--report json` stdout carries the report alone: what libraries log goes to stderr. */
function keepStdoutForJson(): void {
  console.log = console.error;
  console.info = console.error;
  console.debug = console.error;
}

export async function buildCommand(command: 'build' | 'check', paths: string[], values: Values): Promise<number> {
  if (values.report !== 'text' && values.report !== 'json') {
    throw new UsageError(`unknown report '${values.report}'; use text or json`);
  }
  const json = values.report === 'json';
  const dryRun = command === 'check';
  const print = printRequest(values);
  if (json) keepStdoutForJson();
  // Loaded only now, so that --help and usage errors answer at once.
  const { batchFailed, buildMany, statusOf, summarize } = await import('../build/build-many.js');
  /** The text report: each leaflet's messages on stderr and its status on stdout, as it is done. */
  const printResult = (result: BuildResult) => {
    const lines = formatFile(result.file);
    if (lines.length > 0) process.stderr.write(`${lines.join('\n')}\n`);
    const status = statusOf(result);
    process.stdout.write(`${displayPath(result.file)} ${status === 'built' ? `→ ${result.output}` : status === 'checked' ? 'ok' : 'failed'}\n`);
  };
  const batch = await buildMany({
    paths: paths.length > 0 ? paths : ['leaflets'],
    outDir: values.out,
    brandPath: values.brand,
    strict: values.strict,
    dryRun,
    print,
    ics: values.ics,
    onResult: json ? undefined : printResult,
  });
  const summary = summarize(batch, dryRun);
  if (json) {
    const { jsonReport } = await import('../diagnostics/json-report.js');
    const files = batch.results.map((result) => ({ file: result.file, status: statusOf(result), output: result.output }));
    process.stdout.write(`${JSON.stringify(jsonReport(command, batch.brand, files, summary), null, 2)}\n`);
  } else {
    const brandLines = formatFile(batch.brand);
    if (brandLines.length > 0) process.stderr.write(`${brandLines.join('\n')}\n`);
    process.stdout.write(`${formatSummary(summary)}\n`);
  }
  return batchFailed(batch) ? 1 : 0;
}
