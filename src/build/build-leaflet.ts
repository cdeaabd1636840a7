// Builds one leaflet: read → front matter → Markdown → model → render → write, collecting its messages.
import path from 'node:path';
import type { VFile } from 'vfile';
import type { LoadedBrand } from '../brand/load-brand.js';
import { error, hasErrors, makeStrict } from '../diagnostics/messages.js';
import { buildModel } from '../model/build-model.js';
import type { Leaflet } from '../model/types.js';
import { printLeaflet, type RenderOptions } from '../print/print-leaflet.js';
import { outputName, pageKind, resolvePrint, type PrintRequest, type PrintSettings } from '../print/print-settings.js';
import { textWidthOf } from '../render/theme.js';
import { templates } from '../templates/registry.js';
import { readSource } from '../source/read-source.js';
import { fontFile } from '../typeset/fonts.js';
import { checkGlyphs } from '../typeset/glyph-check.js';
import { eventCalendar } from '../event/event-ics.js';
import { buildDate } from './build-date.js';
import { checkResolution, figuresOf, loadImages } from './load-images.js';
import { writeAtomic } from './write-atomic.js';

export interface BuildOptions {
  brand: LoadedBrand;
  outDir: string;
  /** Warnings count as errors. */
  strict?: boolean;
  /** The project folder; no file outside it is read. The working directory by default. */
  root?: string;
  /** Check only: no PDF is rendered or written. */
  dryRun?: boolean;
  /** Format, layout, press, grayscale and large print, as the command line asked. */
  print?: PrintRequest;
  /** Also write `<name>.ics` next to the PDF of an event flyer. */
  ics?: boolean;
}

export interface BuildResult {
  file: VFile;
  output?: string;
  leaflet?: Leaflet;
}

/** Where a leaflet builds to: `out/x.pdf`, or `out/x-booklet.pdf` and the like for the print variants. */
export function outputPath(name: string, outDir: string, settings: PrintSettings): string {
  return path.join(outDir, outputName(name, settings));
}

/**
 * Checks that need the rendered pages: they run on `check` too when a print layout or the press profile
 * is asked for, and for one-page designs, whose page must hold their text.
 */
const checksOnRender = (settings: PrintSettings, leaflet: Leaflet) =>
  settings.layout !== 'pages' || settings.press || templates[leaflet.meta.template].onePage;

async function render(file: VFile, leaflet: Leaflet, options: RenderOptions, settings: PrintSettings): Promise<Uint8Array | undefined> {
  try {
    return await printLeaflet(file, leaflet, options, settings);
  } catch (cause) {
    error(file, 'render-failed', `the PDF could not be rendered: ${(cause as Error).message}`, { place: { line: 1, column: 1 } });
    return undefined;
  }
}

export interface Rendered extends BuildResult {
  settings?: PrintSettings;
  /** The PDF's bytes: absent on errors, and for a dry run that renders nothing. */
  bytes?: Uint8Array;
}

/** Everything up to the PDF's bytes, which are not written: read, check, model, render. */
export async function renderLeaflet(source: string, options: BuildOptions): Promise<Rendered> {
  const file = await readSource(source);
  const leaflet = hasErrors(file) ? undefined : buildModel(file, options.brand, options.root);
  const brand = options.brand.brand;
  const settings = brand && resolvePrint(options.print ?? {}, brand);
  if (leaflet && settings) {
    checkGlyphs(file, [fontFile(leaflet.meta.lang), ...(options.brand.fallbackFonts ?? [])]);
    await loadImages(leaflet.blocks, file);
    const textWidth = textWidthOf(pageKind(settings, leaflet.meta));
    for (const figure of figuresOf(leaflet.blocks)) checkResolution(figure, textWidth, settings.press ? 300 : 150, file);
  }
  // Strict before rendering, so that a warning stops the build early; and after, for the print stage's warnings.
  if (options.strict) makeStrict(file);
  const renders = leaflet && settings && !hasErrors(file) && (!options.dryRun || checksOnRender(settings, leaflet));
  const { logo, fallbackFonts, partnerLogos } = options.brand;
  const base = brand && leaflet && { brand, date: buildDate(leaflet.meta.date), logo, fallbackFonts, partnerLogos };
  const bytes = renders && base ? await render(file, leaflet, base, settings) : undefined;
  if (options.strict) makeStrict(file);
  return { file, leaflet, settings, bytes: hasErrors(file) ? undefined : bytes };
}

export async function buildLeaflet(source: string, name: string, options: BuildOptions): Promise<BuildResult> {
  const { file, leaflet, settings, bytes } = await renderLeaflet(source, options);
  if (!leaflet || !settings || !bytes || options.dryRun) return { file, leaflet };
  const output = outputPath(name, options.outDir, settings);
  const calendar = options.ics && options.brand.brand ? eventCalendar(leaflet, options.brand.brand, buildDate(leaflet.meta.date)) : undefined;
  try {
    await writeAtomic(output, bytes);
    if (calendar) await writeAtomic(output.replace(/\.pdf$/, '.ics'), Buffer.from(calendar));
  } catch (cause) {
    error(file, 'write-failed', `cannot write ${output}: ${(cause as Error).message}`, { place: { line: 1, column: 1 } });
    return { file, leaflet };
  }
  return { file, leaflet, output };
}
