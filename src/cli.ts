#!/usr/bin/env node
// Command line: argv → command → report → exit code. The only place that ends the process.
import { parseArgs } from 'node:util';
import { createRequire } from 'node:module';
import { defaultBrandPath } from './brand/load-brand.js';
import { batchFailed, buildMany, statusOf, summarize } from './build/build-many.js';
import type { BuildResult } from './build/build-leaflet.js';
import { displayPath, formatFile, formatSummary } from './diagnostics/format.js';
import { jsonReport } from './diagnostics/json-report.js';

const usage = `Usage: leaflet <command> [paths...] [options]

Commands:
  build [paths...]   render leaflets (.md files, or folders searched recursively) into PDFs
  check [paths...]   run every check without writing a PDF

Paths default to leaflets/.

Options:
  -o, --out DIR      output folder (default: out)
  -b, --brand FILE   brand file (default: assets/brand.yaml)
      --strict       treat warnings as errors
      --report KIND  text (default) or json: the messages and each file's status as JSON on stdout
  -h, --help         show this help
  -v, --version      show the version

Exit codes: 0 all built, 1 a leaflet failed, 2 usage error.`;

class UsageError extends Error {}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o', default: 'out' },
        brand: { type: 'string', short: 'b', default: defaultBrandPath },
        strict: { type: 'boolean', default: false },
        report: { type: 'string', default: 'text' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (cause) {
    throw new UsageError((cause as Error).message);
  }
}

/** The text report: each leaflet's messages on stderr and its status on stdout, as it is done. */
function printResult(result: BuildResult): void {
  const lines = formatFile(result.file);
  if (lines.length > 0) process.stderr.write(`${lines.join('\n')}\n`);
  const status = statusOf(result);
  process.stdout.write(`${displayPath(result.file)} ${status === 'built' ? `→ ${result.output}` : status === 'checked' ? 'ok' : 'failed'}\n`);
}

/** With `--report json` stdout carries the report alone: what libraries log goes to stderr. */
function keepStdoutForJson(): void {
  console.log = console.error;
  console.info = console.error;
  console.debug = console.error;
}

async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv);
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  if (values.version) {
    const pkg = createRequire(import.meta.url)('../../package.json') as { version: string };
    process.stdout.write(`${pkg.version}\n`);
    return 0;
  }
  const [command, ...paths] = positionals;
  if (command !== 'build' && command !== 'check') {
    throw new UsageError(command ? `unknown command '${command}'` : 'no command given');
  }
  if (values.report !== 'text' && values.report !== 'json') {
    throw new UsageError(`unknown report '${values.report}'; use text or json`);
  }
  const json = values.report === 'json';
  if (json) keepStdoutForJson();
  const dryRun = command === 'check';
  const batch = await buildMany({
    paths: paths.length > 0 ? paths : ['leaflets'],
    outDir: values.out,
    brandPath: values.brand,
    strict: values.strict,
    dryRun,
    onResult: json ? undefined : printResult,
  });
  const summary = summarize(batch, dryRun);
  if (json) {
    const files = batch.results.map((result) => ({ file: result.file, status: statusOf(result), output: result.output }));
    process.stdout.write(`${JSON.stringify(jsonReport(command, batch.brand, files, summary), null, 2)}\n`);
  } else {
    const brandLines = formatFile(batch.brand);
    if (brandLines.length > 0) process.stderr.write(`${brandLines.join('\n')}\n`);
    process.stdout.write(`${formatSummary(summary)}\n`);
  }
  return batchFailed(batch) ? 1 : 0;
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (cause: unknown) => {
    if (cause instanceof UsageError) {
      process.stderr.write(`leaflet: ${cause.message}\n\n${usage}\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`leaflet: internal error: ${(cause as Error).stack ?? String(cause)}\n`);
      process.exitCode = 1;
    }
  },
);
