// The command line's words: usage text, option parsing, and the usage error that exits with code 2.
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { messageOf } from '../diagnostics/messages.js';
import { checkSourceDateEpoch } from '../pipeline/build-date.js';

export const usage = `Usage: leaflet <command> [paths...] [options]

Commands:
  build [paths...]   render leaflets (.md files, or folders searched recursively) into PDFs
  check [paths...]   run every check without writing a PDF
  watch [paths...]   build, then rebuild each leaflet when it, the brand or an image changes
  preview [paths...] watch, and show the leaflets on a live page at http://127.0.0.1:4173/
  new <handout|event> <name>
                     start leaflets/<name>.md from a template
  pack <manifest...> one PDF (cover, contents, leaflets, back matter) and a zip
                     of the single PDFs per manifest: out/packs/<pack>.pdf and .zip

Paths default to leaflets/.

Options:
  -o, --out DIR      output folder (default: out)
  -b, --brand FILE   brand file (default: assets/brand.yaml)
      --strict       treat warnings as errors
      --report KIND  text (default) or json: the messages and each file's status as JSON on stdout
      --ics          also write <name>.ics next to an event flyer
  -j, --jobs N       render N leaflets at once (default: the number of cores)
      --force        render every leaflet, even those whose PDF is up to date
      --port N       the preview page's port (default: 4173)
      --debug        with an error of leaflet itself, show where it failed (for a bug report)
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

export class UsageError extends Error {}

export function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      allowNegative: true,
      options: {
        out: { type: 'string', short: 'o', default: 'out' },
        brand: { type: 'string', short: 'b', default: 'assets/brand.yaml' },
        strict: { type: 'boolean', default: false },
        report: { type: 'string', default: 'text' },
        ics: { type: 'boolean', default: false },
        jobs: { type: 'string', short: 'j' },
        force: { type: 'boolean', default: false },
        port: { type: 'string', default: '4173' },
        debug: { type: 'boolean', default: false },
        format: { type: 'string', short: 'f' },
        press: { type: 'boolean' },
        bleed: { type: 'string' },
        marks: { type: 'boolean' },
        booklet: { type: 'boolean', default: false },
        trifold: { type: 'boolean', default: false },
        grayscale: { type: 'boolean' },
        'large-print': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (cause) {
    throw new UsageError(messageOf(cause));
  }
}

export type Values = ReturnType<typeof parse>['values'];

export interface Jobs {
  jobs?: number;
  /** Said once on stderr when `--jobs` asked for more than the computer has cores. */
  note?: string;
}

/** `--jobs N`: a whole number of 1 or more, at most the number of cores; none means one per core. */
export function jobsOf(value: string | undefined, cores = availableParallelism()): Jobs {
  if (value === undefined) return {};
  if (!/^[1-9]\d*$/.test(value)) throw new UsageError(`--jobs expects a whole number of 1 or more, not '${value}'`);
  const asked = Number(value);
  if (asked <= cores) return { jobs: asked };
  const shown = value.length > 12 ? `${value.slice(0, 9)}…` : value;
  return { jobs: cores, note: `leaflet: --jobs ${shown} is more than the ${cores} processor cores of this computer; using ${cores}` };
}

/** `SOURCE_DATE_EPOCH`, when set, must be a date that a PDF can hold: anything else is a usage error. */
export function checkEnvironment(env: NodeJS.ProcessEnv = process.env): void {
  const epoch = checkSourceDateEpoch(env.SOURCE_DATE_EPOCH);
  if (!epoch.ok) throw new UsageError(epoch.reason);
}

/** `--port N`: a port number, 0 for any free one. */
export function portOf(value: string): number {
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65535) throw new UsageError(`--port expects a port number from 0 to 65535, not '${value}'`);
  return Number(value);
}
