// What the command line prints for results: each leaflet's status line and the summary line.
import type { BuildResult } from '../build/build-leaflet.js';
import { displayPath, formatSummary } from '../diagnostics/format.js';
import { hasErrors } from '../diagnostics/messages.js';

/** `leaflets/x.md → out/x.pdf`, `… (up to date)`, `… failed` or `… ok` for a check. */
export function statusLine(result: BuildResult, dryRun = false): string {
  const status = hasErrors(result.file) ? 'failed' : dryRun ? 'ok' : `→ ${result.output}${result.cached ? ' (up to date)' : ''}`;
  return `${displayPath(result.file)} ${status}`;
}

/** `built 2, failed 0, warnings 1, cached 48, 0.42 s`; a check counts `checked` instead. */
export function summaryLine(results: BuildResult[], elapsedMs: number, dryRun = false): string {
  const failed = results.filter((r) => hasErrors(r.file)).length;
  const cached = results.filter((r) => !hasErrors(r.file) && r.cached).length;
  const done = results.length - failed - cached;
  const warnings = results.reduce((sum, r) => sum + r.file.messages.filter((m) => !m.fatal).length, 0);
  const counts = dryRun ? `checked ${done}` : `cached ${cached}`;
  return `${formatSummary({ built: dryRun ? 0 : done, failed, warnings })}, ${counts}, ${(elapsedMs / 1000).toFixed(2)} s`;
}
