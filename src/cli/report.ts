// What the command line prints for results: each leaflet's status line and the summary line.
import type { BuildResult } from '../pipeline/build-leaflet.js';
import { cliMessages } from '../diagnostics/catalogue/cli.js';
import { displayPath, formatSummary } from '../diagnostics/format.js';
import { joined, say, verbatim, type MessageLang } from '../diagnostics/say.js';
import { hasErrors } from '../diagnostics/messages.js';
import { summarize } from '../pipeline/build-many.js';
import { VFile } from 'vfile';

/** The files a build wrote: the PDF, then the phone edition's PDF and image and the event's calendar, when asked for. */
export const writtenBy = (result: BuildResult): string[] =>
  result.output ? [result.output, ...(result.phone ?? []), ...(result.calendar ? [result.calendar] : [])] : [];

/** `leaflets/x.md → out/x.pdf, out/x-phone.pdf, out/x-phone.png, out/x.ics` (in Chinese with `，`, as a pack's line), `… (up to date)`, `… failed` or `… ok` for a check. */
export function statusLine(result: BuildResult, dryRun = false, lang: MessageLang = 'en'): string {
  const path = displayPath(result.file);
  if (hasErrors(result.file)) return say(cliMessages.statusFailed, { path })[lang];
  if (dryRun || !result.output) return say(cliMessages.statusOk, { path })[lang];
  const outputs = joined(writtenBy(result).map(verbatim), { en: ', ', 'zh-CN': '，' });
  return say(result.cached ? cliMessages.statusCached : cliMessages.statusBuilt, { path, outputs })[lang];
}

/** The time a batch took, after its summary: `, 0.42 s`. */
export const elapsed = (ms: number, lang: MessageLang) => say(cliMessages.seconds, { seconds: (ms / 1000).toFixed(2) })[lang];

/** `built 2, failed 0, warnings 1, cached 48, 0.42 s`, as `leaflet build` ends; for a round of `watch`. */
export function summaryLine(results: BuildResult[], elapsedMs: number, lang: MessageLang = 'en'): string {
  return `${formatSummary(summarize({ brand: new VFile(), results }), lang)}${elapsed(elapsedMs, lang)}`;
}
