// Builds one leaflet: read → front matter → Markdown → model → checks → render → write, collecting its messages.
import type { VFile } from 'vfile';
import type { LoadedBrand } from '../brand/load-brand.js';
import { error, hasErrors, makeStrict } from '../diagnostics/messages.js';
import { buildModel } from '../model/build-model.js';
import type { Leaflet } from '../model/types.js';
import { textWidthOf } from '../render/theme.js';
import { readSource, sourceFromBytes } from '../source/read-source.js';
import { fontFile, weightsUsed } from '../typeset/font-files.js';
import { checkGlyphs } from '../typeset/glyph-check.js';
import { buildDate } from './build-date.js';
import { outputOf } from './find-leaflets.js';
import { checkResolution, figuresOf, loadImages } from './load-images.js';
import type { RenderJob, RenderOutcome } from './render-job.js';

export interface BuildOptions {
  brand: LoadedBrand;
  outDir: string;
  /** Warnings count as errors. */
  strict?: boolean;
  /** The project folder; no file outside it is read. The working directory by default. */
  root?: string;
  /** Check only: no PDF is rendered or written. */
  dryRun?: boolean;
}

export interface BuildResult {
  file: VFile;
  output?: string;
  leaflet?: Leaflet;
  /** The PDF was already up to date: taken from the build cache, not rendered. */
  cached?: boolean;
  /** The files besides the leaflet that its PDF is made from, when known: brand, logo, fonts, images. */
  inputs?: string[];
}

/** A leaflet read into its model, before the checks that read other files. */
export interface Modelled {
  file: VFile;
  leaflet?: Leaflet;
}

/** Reads and models a leaflet; `bytes` when the caller has read the file already. */
export async function modelLeaflet(source: string, options: BuildOptions, bytes?: Uint8Array): Promise<Modelled> {
  const file = bytes ? sourceFromBytes(source, bytes) : await readSource(source);
  const leaflet = hasErrors(file) ? undefined : buildModel(file, options.brand, options.root);
  return { file, leaflet };
}

/** The files besides the leaflet that its PDF is made from: brand file, logo, fonts, images. */
export function inputsOf(leaflet: Leaflet, brand: LoadedBrand): string[] {
  const weights = weightsUsed(brand.brand ? [brand.brand.typography.heading_weight] : []);
  return [
    brand.file.path,
    ...(brand.logo ? [brand.logo] : []),
    ...weights.map((weight) => fontFile(leaflet.meta.lang, weight)),
    ...(brand.fallbackFonts ?? []),
    ...figuresOf(leaflet.blocks).map((figure) => figure.src),
  ];
}

/**
 * Runs the checks that read fonts and images, and returns the render job when the leaflet is to be
 * rendered: no errors, not a dry run.
 */
export async function checkLeaflet({ file, leaflet }: Modelled, name: string, options: BuildOptions): Promise<RenderJob | undefined> {
  if (leaflet) {
    checkGlyphs(file, [fontFile(leaflet.meta.lang), ...(options.brand.fallbackFonts ?? [])]);
    await loadImages(leaflet.blocks, file);
    const textWidth = textWidthOf(leaflet.meta.format);
    for (const figure of figuresOf(leaflet.blocks)) checkResolution(figure, textWidth, 150, file);
  }
  if (options.strict) makeStrict(file);
  if (!leaflet || hasErrors(file) || options.dryRun || !options.brand.brand) return undefined;
  return {
    leaflet,
    brand: options.brand.brand,
    date: buildDate(leaflet.meta.date),
    logo: options.brand.logo,
    fallbackFonts: options.brand.fallbackFonts,
    output: outputOf(name, options.outDir),
  };
}

/** Records a render's outcome on the leaflet's result: its output, or the error that stopped it. */
export function resultOf({ file, leaflet }: Modelled, job: RenderJob, outcome: RenderOutcome): BuildResult {
  if (outcome.ok) return { file, leaflet, output: job.output };
  error(file, outcome.rule, outcome.reason, { place: { line: 1, column: 1 } });
  return { file, leaflet };
}

/** Builds one leaflet in this process. */
export async function buildLeaflet(source: string, name: string, options: BuildOptions): Promise<BuildResult> {
  const modelled = await modelLeaflet(source, options);
  const job = await checkLeaflet(modelled, name, options);
  if (!job) return modelled;
  const { runRenderJob } = await import('./render-job.js');
  return resultOf(modelled, job, await runRenderJob(job));
}
