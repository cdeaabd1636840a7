// Builds one leaflet: read → front matter → Markdown → model → checks → render → write, collecting its messages.
import path from 'node:path';
import type { VFile } from 'vfile';
import type { Brand } from '../brand/brand-schema.js';
import type { LoadedBrand } from '../brand/load-brand.js';
import { hasErrors, makeStrict } from '../diagnostics/messages.js';
import { buildModel } from '../model/build-model.js';
import { checkTemplateText } from '../model/template-text.js';
import type { Leaflet } from '../model/types.js';
import type { PhoneEdition } from '../print/print-phone.js';
import { pageKind, type PrintRequest, type PrintSettings } from '../print/print-settings.js';
import { checkOverflow } from '../render/overflow-check.js';
import { figureShare, makeTheme } from '../render/theme.js';
import { leafletLimit } from '../source/limits.js';
import { readSource, sourceFromBytes } from '../source/read-source.js';
import { templateTraits } from '../templates/template-traits.js';
import { fontFiles, weightsUsed } from '../layout/font-files.js';
import { fontCacheDir } from '../layout/font-facts.js';
import { checkGlyphs, checkTextGlyphs } from '../layout/glyph-check.js';
import type { Heading } from './build-cache.js';
import { buildDate } from './build-date.js';
import { phoneFiles, planOf, type BuildPlan } from './build-plan.js';
import { checkResolution, figuresOf, loadImages, svgText } from './load-images.js';
import { addPlain } from './plain-messages.js';
import type { RenderJob, RenderOutcome } from './render-job.js';
import { templatePlaceholders } from './template-placeholders.js';

export interface BuildOptions {
  brand: LoadedBrand;
  outDir: string;
  /** Warnings count as errors. */
  strict?: boolean;
  /** The project folder; no file outside it is read. The working directory by default. */
  root?: string;
  /** Check only: no PDF is written (it is rendered when a check needs the pages). */
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
  /** The PDF was already up to date: taken from the build cache, not rendered. */
  cached?: boolean;
  /** The files besides the leaflet that its PDF is made from, when known: brand, logo, fonts, images. */
  inputs?: string[];
  /** How full each page (a tri-fold: each text panel) is, from 0 to 1, when it was rendered. */
  fills?: number[];
  /** The event's calendar file written beside the PDF (`--ics`). */
  calendar?: string;
  /** The phone edition's files written beside the PDF (`--phone`): its PDF, and its image unless the settings leave it out. */
  phone?: string[];
  /** A phone image of this leaflet from an earlier build, older than its PDF, when none was made this time. */
  olderPhone?: string;
  /** What the leaflet is called, when the result is cached and so carries no model. */
  heading?: Heading;
}

/** A leaflet read into its model, before the checks that read other files. */
export interface Modelled {
  file: VFile;
  leaflet?: Leaflet;
}

/**
 * Checks that need the rendered pages: they run on `check` too when a print layout or the press profile
 * is asked for, and for one-page designs, whose page must hold their text.
 */
const checksOnRender = (settings: PrintSettings, leaflet: Leaflet) =>
  settings.layout !== 'pages' || settings.press || templateTraits[leaflet.meta.template].onePage;

/** Reads and models a leaflet; `bytes` when the caller has read the file already. */
export async function modelLeaflet(source: string, options: BuildOptions, bytes?: Uint8Array): Promise<Modelled> {
  const file = bytes ? sourceFromBytes(source, bytes, leafletLimit) : await readSource(source, leafletLimit);
  const leaflet = hasErrors(file) ? undefined : buildModel(file, options.brand, options.root);
  return { file, leaflet };
}

/** The files besides the leaflet that its PDF is made from: brand file, logos, fonts, images. */
export function inputsOf(leaflet: Leaflet, brand: LoadedBrand): string[] {
  const weights = weightsUsed(brand.brand ? [brand.brand.typography.heading_weight] : []);
  const partnerLogo = leaflet.meta.partner ? brand.partnerLogos?.[leaflet.meta.partner] : undefined;
  return [
    brand.file.path,
    ...(brand.logo ? [brand.logo] : []),
    ...(partnerLogo ? [partnerLogo] : []),
    ...weights.flatMap((weight) => fontFiles(leaflet.meta.lang, weight)),
    ...(brand.fallbackFonts ?? []),
    ...figuresOf(leaflet.blocks).map((figure) => figure.src),
  ];
}

/**
 * Runs the checks that read fonts and images, and returns the render job when the leaflet is to be
 * rendered: no errors, and either a build or a check that needs the rendered pages.
 */
export async function checkLeaflet({ file, leaflet: modelled }: Modelled, plan: BuildPlan | undefined, options: BuildOptions): Promise<RenderJob | undefined> {
  const brand = options.brand.brand;
  if (!brand) return undefined;
  const fonts = [...fontFiles(modelled?.meta.lang ?? brand.lang), ...(options.brand.fallbackFonts ?? [])];
  // Every face backs the others up, so the characters no font has are the same in any language: they are told
  // of with the leaflet's other errors, not only once those are mended.
  if (file.value !== undefined) checkGlyphs(file, fonts);
  if (!modelled || !plan) return undefined;
  const { settings, output, phone } = plan;
  checkTemplateText(file, await templatePlaceholders(options.root ?? process.cwd()));
  const leaflet = { ...modelled, blocks: await loadImages(modelled.blocks, file) };
  for (const figure of figuresOf(leaflet.blocks)) {
    if (figure.image?.kind === 'svg') checkTextGlyphs(file, fonts, svgText(figure.image.tree), figure.position?.start, `${path.basename(figure.src)}: `);
  }
  const page = pageKind(settings, leaflet.meta);
  const { lang, align } = leaflet.meta;
  const theme = makeTheme(brand, { page, largePrint: settings.largePrint }, { lang, align, fonts: [] });
  checkOverflow(file, leaflet, theme);
  for (const figure of figuresOf(leaflet.blocks)) checkResolution(figure, theme.textWidth * figureShare(theme, figure), settings.press ? 300 : 150, file);
  // Strict before rendering, so that a warning stops the build early; the render job applies it to its own.
  if (options.strict) makeStrict(file);
  if (hasErrors(file)) return undefined;
  // A check that needs no pages still draws the SVG figures, each alone: the renderer may fail on one.
  const figuresOnly = options.dryRun && !checksOnRender(settings, leaflet);
  if (figuresOnly && !figuresOf(leaflet.blocks).some((figure) => figure.image?.kind === 'svg')) return undefined;
  const date = buildDate(leaflet.meta.date);
  const { logo, fallbackFonts, partnerLogos } = options.brand;
  const calendar = options.ics && output ? await calendarOf(leaflet, brand, date, output) : undefined;
  return {
    source: file.path,
    leaflet,
    render: { brand, date, logo, fallbackFonts, partnerLogos },
    settings,
    output,
    calendar,
    ...(phone ? { phone } : {}),
    strict: options.strict ?? false,
    figuresOnly,
    inputBytes: Buffer.byteLength(String(file.value)) + figuresOf(leaflet.blocks).reduce((sum, { image }) => sum + (image?.kind === 'svg' ? image.bytes : 0), 0),
    fontCache: fontCacheDir(),
  };
}

/** An event's calendar and where it goes: `x.ics` beside `x.pdf`; none for a handout. The calendar library loads only for it. */
async function calendarOf(leaflet: Leaflet, brand: Brand, date: Date, output: string): Promise<RenderJob['calendar']> {
  const text = (await import('../event/event-ics.js')).eventCalendar(leaflet, brand, date);
  return text === undefined ? undefined : { path: output.replace(/\.pdf$/, '.ics'), text };
}

/** Records a render's outcome on the leaflet's result: its messages, and its output or the error that stopped it. */
export function resultOf({ file, leaflet }: Modelled, job: RenderJob, outcome: RenderOutcome): BuildResult {
  addPlain(file, outcome.messages);
  if (!outcome.ok) return { file, leaflet };
  return {
    file,
    leaflet,
    fills: outcome.fills,
    ...(job.output ? { output: job.output } : {}),
    ...(job.phone ? { phone: phoneFiles(job) } : {}),
    ...(job.calendar ? { calendar: job.calendar.path } : {}),
  };
}

/** Builds one leaflet in this process. */
export async function buildLeaflet(source: string, name: string, options: BuildOptions): Promise<BuildResult> {
  const modelled = await modelLeaflet(source, options);
  const job = await checkLeaflet(modelled, planOf(name, options), options);
  if (!job) return modelled;
  const { runRenderJob } = await import('./render-job.js');
  return resultOf(modelled, job, await runRenderJob(job));
}

/**
 * Reads, checks and renders a leaflet in this process without writing it: for packs, which need its bytes, and
 * its phone edition's when the print request asks for it.
 */
export async function renderLeaflet(source: string, options: BuildOptions): Promise<Modelled & { settings?: PrintSettings; bytes?: Uint8Array; phone?: PhoneEdition }> {
  const modelled = await modelLeaflet(source, options);
  const job = await checkLeaflet(modelled, planOf(path.basename(source), { ...options, dryRun: false }), { ...options, dryRun: false });
  if (!job) return modelled;
  const { renderBytes, renderPhone } = await import('./render-job.js');
  const bytes = (await renderBytes(job, modelled.file))?.bytes;
  const phone = bytes && job.phone ? await renderPhone(job, modelled.file) : undefined;
  // The leaflet as rendered, its pictures loaded: a pack draws it again, pictures and all.
  const rendered = { ...modelled, leaflet: job.leaflet, settings: job.settings };
  if (job.phone && !phone) return rendered;
  return { ...rendered, bytes, ...(phone ? { phone } : {}) };
}
