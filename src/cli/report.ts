// What the command line prints for results: each leaflet's status line and the summary line.
import type { BuildResult } from '../pipeline/build-leaflet.js';
import { displayPath, formatSummary } from '../diagnostics/format.js';
import { hasErrors } from '../diagnostics/messages.js';
import { summarize } from '../pipeline/build-many.js';
import { VFile } from 'vfile';

/** `leaflets/x.md → out/x.pdf`, `… (up to date)`, `… failed` or `… ok` for a check. */
export function statusLine(result: BuildResult, dryRun = false): string {
  const status = hasErrors(result.file) ? 'failed' : dryRun ? 'ok' : `→ ${result.output}${result.cached ? ' (up to date)' : ''}`;
  return `${displayPath(result.file)} ${status}`;
}

/** `built 2, failed 0, warnings 1, cached 48, 0.42 s`, as `leaflet build` ends; for a round of `watch`. */
export function summaryLine(results: BuildResult[], elapsedMs: number): string {
  return `${formatSummary(summarize({ brand: new VFile(), results }))}, ${(elapsedMs / 1000).toFixed(2)} s`;
}
