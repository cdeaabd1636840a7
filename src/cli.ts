#!/usr/bin/env node
// Command line: argv → command → report → exit code. The only place that ends the process.
import { parseArgs } from 'node:util';
import { createRequire } from 'node:module';
import type { BuildResult } from './build/build-leaflet.js';
import { displayPath, formatFile, formatSummary } from './diagnostics/format.js';
import { hasErrors } from './diagnostics/messages.js';
import type { PrintRequest } from './print/print-settings.js';
import { formats } from './source/leaflet-schema.js';

// React's development build is several times slower; the renderer is loaded only after this is set.
process.env.NODE_ENV ??= 'production';

const usage = `Usage: leaflet <command> [paths...] [options]

Commands:
  build [paths...]   render leaflets (.md files, or folders searched recursively) into PDFs
  check [paths...]   run every check without writing a PDF
  new <handout|event> <name>
                     start leaflets/<name>.md from a template

Paths default to leaflets/.

Options:
  -o, --out DIR      output folder (default: out)
  -b, --brand FILE   brand file (default: assets/brand.yaml)
      --strict       treat warnings as errors
      --ics          also write <name>.ics next to an event flyer
  -h, --help         show this help
  -v, --version      show the version

Print options:
  -f, --format SIZE  A4, A5 or Letter: wins over the leaflet's 'format'
      --press        for a print shop: 3 mm bleed, trim and bleed boxes, crop marks (x-press.pdf)
      --bleed MM     the bleed in millimetres, 0 to 10 (implies --press)
      --no-marks     no crop or fold marks (implies --press)
      --no-press     office pages, even when the brand file sets 'press: true'
      --booklet      A5 pages two-up on A4 sheets in saddle-stitch order (x-booklet.pdf)
      --trifold      a letter-fold tri-fold: one A4 sheet, both sides (x-trifold.pdf)
      --grayscale    greys only, for black-and-white printers (--no-grayscale overrides the brand)
      --large-print  14 pt text for readers with low vision (x-large-print.pdf)

Exit codes: 0 all built, 1 a leaflet failed, 2 usage error.`;

class UsageError extends Error {}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      allowNegative: true,
      options: {
        out: { type: 'string', short: 'o', default: 'out' },
        brand: { type: 'string', short: 'b', default: 'assets/brand.yaml' },
        strict: { type: 'boolean', default: false },
        format: { type: 'string', short: 'f' },
        press: { type: 'boolean' },
        bleed: { type: 'string' },
        marks: { type: 'boolean' },
        booklet: { type: 'boolean', default: false },
        trifold: { type: 'boolean', default: false },
        grayscale: { type: 'boolean' },
        'large-print': { type: 'boolean', default: false },
        ics: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (cause) {
    throw new UsageError((cause as Error).message);
  }
}

/** `leaflet new <handout|event> <name>`: the template in the brand's language, then the next step. */
async function create([kind, name, ...rest]: string[], brandPath: string): Promise<number> {
  if ((kind !== 'handout' && kind !== 'event') || !name || rest.length > 0) {
    throw new UsageError('usage: leaflet new <handout|event> <name>');
  }
  const { loadBrand } = await import('./brand/load-brand.js');
  const { newLeaflet, NewLeafletError } = await import('./scaffold/new-leaflet.js');
  const brand = await loadBrand(brandPath);
  const lines = formatFile(brand.file);
  if (lines.length > 0) process.stderr.write(`${lines.join('\n')}\n`);
  if (!brand.brand) return 1;
  try {
    const file = await newLeaflet(kind, name, { dir: 'leaflets', templates: 'assets/templates', lang: brand.brand.lang });
    process.stdout.write(`created ${file}\nnext: edit it, then run  npm run build  (or  npx leaflet build ${file})\n`);
    return 0;
  } catch (cause) {
    if (!(cause instanceof NewLeafletError)) throw cause;
    process.stderr.write(`leaflet: ${cause.message}\n`);
    return 1;
  }
}

type Values = ReturnType<typeof parse>['values'];

/** The print options → what to print, refusing the combinations that contradict each other. */
function printRequest(values: Values): PrintRequest {
  const format = values.format === undefined ? undefined : formats.find((f) => f.toLowerCase() === values.format!.toLowerCase());
  if (values.format !== undefined && !format) throw new UsageError(`--format must be one of ${formats.join(', ')}`);
  const bleedMm = values.bleed === undefined ? undefined : Number(values.bleed);
  if (bleedMm !== undefined && !(values.bleed!.trim() !== '' && bleedMm >= 0 && bleedMm <= 10)) {
    throw new UsageError('--bleed takes a number of millimetres from 0 to 10');
  }
  if (values.press === false && (bleedMm !== undefined || values.marks === false)) throw new UsageError('--bleed and --no-marks are for press output; drop --no-press');
  if (values.booklet && values.trifold) throw new UsageError('choose --booklet or --trifold, not both');
  const layout = values.booklet ? 'booklet' : values.trifold ? 'trifold' : undefined;
  if (layout && format) throw new UsageError(`--${layout} sets its own sizes (${layout === 'booklet' ? 'A5 pages on A4 sheets' : 'an A4 sheet'}); drop --format`);
  return { format, layout, press: values.press, bleedMm, marks: values.marks, grayscale: values.grayscale, largePrint: values['large-print'] };
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
  if (command === 'new') return create(paths, values.brand);
  if (command !== 'build' && command !== 'check') {
    throw new UsageError(command ? `unknown command '${command}'` : 'no command given');
  }
  const dryRun = command === 'check';
  const print = printRequest(values);
  // Loaded only now, so that --help and usage errors answer at once.
  const { batchFailed, buildMany } = await import('./build/build-many.js');
  let warnings = 0;
  const onResult = (result: BuildResult) => {
    const lines = formatFile(result.file);
    if (lines.length > 0) process.stderr.write(`${lines.join('\n')}\n`);
    warnings += result.file.messages.filter((m) => !m.fatal).length;
    const status = hasErrors(result.file) ? 'failed' : dryRun ? 'ok' : `→ ${result.output}`;
    process.stdout.write(`${displayPath(result.file)} ${status}\n`);
  };
  const batch = await buildMany({ paths: paths.length > 0 ? paths : ['leaflets'], outDir: values.out, brandPath: values.brand, strict: values.strict, dryRun, print, ics: values.ics, onResult });
  const brandLines = formatFile(batch.brand);
  if (brandLines.length > 0) process.stderr.write(`${brandLines.join('\n')}\n`);
  const failed = batch.results.filter((r) => hasErrors(r.file)).length;
  const done = batch.results.length - failed;
  process.stdout.write(`${formatSummary({ built: dryRun ? 0 : done, failed, warnings })}${dryRun ? `, checked ${done}` : ''}\n`);
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
