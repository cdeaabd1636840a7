// `leaflet build` and `leaflet check`: run the batch, report each leaflet as text or JSON, and give the exit code.
import { cliMessages } from '../diagnostics/catalogue/cli.js';
import { formatFile, formatSummary } from '../diagnostics/format.js';
import { say, type MessageLang } from '../diagnostics/say.js';
import { jobsOf, UsageError, type Values } from './options.js';
import { printRequest } from './print-options.js';
import { createProgress } from './progress.js';
import { elapsed, statusLine, writtenBy } from './report.js';

/** With `--report json` stdout carries the report alone: what libraries log goes to stderr. */
function keepStdoutForJson(): void {
  console.log = console.error;
  console.info = console.error;
  console.debug = console.error;
}

export async function buildCommand(command: 'build' | 'check', paths: string[], values: Values, lang: MessageLang): Promise<number> {
  if (values.report !== 'text' && values.report !== 'json') {
    throw new UsageError(say(cliMessages.reportUnknown, { value: values.report }));
  }
  const json = values.report === 'json';
  const dryRun = command === 'check';
  const print = printRequest(values);
  const { jobs, note } = jobsOf(values.jobs);
  if (note) process.stderr.write(`${note[lang]}\n`);
  if (json) keepStdoutForJson();
  // Loaded only now, so that --help and usage errors answer at once.
  const { batchFailed, buildMany, statusOf, summarize } = await import('../pipeline/build-many.js');
  // The text report: a progress bar on a terminal, else a line per leaflet; messages on stderr.
  const progress = json ? undefined : createProgress(process);
  const batch = await buildMany({
    paths: paths.length > 0 ? paths : ['leaflets'],
    outDir: values.out,
    brandPath: values.brand,
    strict: values.strict,
    dryRun,
    print,
    ics: values.ics,
    jobs,
    force: values.force,
    onStart: (inputs) => progress?.start(inputs),
    onResult: (result) => progress?.done(formatFile(result.file, undefined, { debug: values.debug, lang }), statusLine(result, dryRun, lang)),
  });
  progress?.stop();
  const summary = summarize(batch, dryRun);
  if (json) {
    const { jsonReport } = await import('../diagnostics/json-report.js');
    const files = batch.results.map((result) => ({ file: result.file, status: statusOf(result), output: result.output, outputs: writtenBy(result), fills: result.fills }));
    process.stdout.write(`${JSON.stringify(jsonReport(command, batch.brand, files, summary, lang), null, 2)}\n`);
  } else {
    // The picture people pass on in WeChat, left from an earlier build: said before the summary.
    for (const { olderPhone, output } of batch.results) {
      if (olderPhone && output) process.stdout.write(`${say(cliMessages.olderPhone, { image: olderPhone, pdf: output })[lang]}\n`);
    }
    const brandLines = formatFile(batch.brand, undefined, { debug: values.debug, lang });
    if (brandLines.length > 0) process.stderr.write(`${brandLines.join('\n')}\n`);
    process.stdout.write(`${formatSummary(summary, lang)}${elapsed(performance.now(), lang)}\n`);
  }
  return batchFailed(batch) ? 1 : 0;
}
