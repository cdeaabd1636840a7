// Render stage as a job of plain data: model → PDF (print stage) → atomic write. Runs in-process or in a worker thread.
import path from 'node:path';
import { VFile } from 'vfile';
import { pipelineMessages as says } from '../diagnostics/catalogue/pipeline.js';
import { error, hasErrors, makeStrict, messageOf } from '../diagnostics/messages.js';
import { say, type Entry } from '../diagnostics/say.js';
import type { Figure, Leaflet } from '../model/types.js';
import { printLeaflet, type Printed, type RenderOptions } from '../print/print-leaflet.js';
import type { PhoneEdition } from '../print/print-phone.js';
import { drawLeaflet } from '../render/render-pdf.js';
import { templates } from '../templates/registry.js';
import type { PrintSettings } from '../print/print-settings.js';
import { drawSvgAlone } from '../render/svg-alone.js';
import { fontCacheDir, useFontCache } from '../layout/font-facts.js';
import { sha256 } from './file-hashes.js';
import { figuresOf, mapFigures, picturesFor } from './load-images.js';
import { toPlain, type PlainMessage } from './plain-messages.js';
import { writeChanged } from './write-atomic.js';

export interface RenderJob {
  /** The leaflet's file, for the messages of the print stage. */
  source: string;
  leaflet: Leaflet;
  render: RenderOptions;
  settings: PrintSettings;
  /** Where the PDF goes; none for a check, which renders without writing. */
  output?: string;
  /** The event's calendar, and the `.ics` file next to the PDF that it is written to. */
  calendar?: { path: string; text: string };
  /** Where the phone edition goes, when it is asked for. */
  phone?: { pdf: string; png: string };
  /** Warnings of the print stage count as errors. */
  strict: boolean;
  /** How much there is to draw: the bytes of the Markdown and of each SVG figure. */
  inputBytes: number;
  /** For a check that needs no pages: only draw each SVG figure alone, to find one the renderer cannot draw. */
  figuresOnly?: boolean;
  /** Where the fonts' facts are kept (out/.cache): a worker reads them there rather than open the fonts for a measure. */
  fontCache?: string;
}

/** What a person can do about the usual reasons a file cannot be written, by the system's error code. */
const writeHints: Record<string, Entry> = {
  EBUSY: says.writeBusyHint,
  EPERM: says.writeBusyHint,
  EACCES: says.writeDeniedHint,
  EROFS: says.writeDeniedHint,
  ENOSPC: says.diskFullHint,
  EDQUOT: says.diskFullHint,
  ENOTDIR: says.notFolderHint,
  EEXIST: says.notFolderHint,
  EISDIR: says.isFolderHint,
};

/** A written file as the build cache records it. */
export interface Written {
  path: string;
  sha256: string;
  size: number;
}

/**
 * What became of a job: the messages it added, and when it went through the written PDF's hash and those of
 * the files written beside it (the phone edition, the calendar).
 */
export type RenderOutcome = { messages: PlainMessage[] } & ({ ok: true; sha256?: string; size?: number; fills?: number[]; others?: Written[] } | { ok: false });

/** Image bytes arrive from another thread as a plain Uint8Array; the renderer wants Buffers. */
function reviveImages(leaflet: Leaflet): Leaflet {
  const revive = (figure: Figure): Figure => {
    const image = figure.image;
    if (image?.kind !== 'raster' || Buffer.isBuffer(image.data)) return figure;
    const data = image.data as Uint8Array;
    return { ...figure, image: { ...image, data: Buffer.from(data.buffer, data.byteOffset, data.byteLength) } };
  };
  return { ...leaflet, blocks: mapFigures(leaflet.blocks, revive) };
}

const place = { line: 1, column: 1 };

/**
 * Draws each SVG figure alone, before the leaflet: one that the renderer cannot draw gets an error at its
 * place, from `check` as from `build`, rather than failing the whole render at the start of the file.
 */
async function checkSvgFigures(job: RenderJob, file: VFile): Promise<void> {
  for (const figure of figuresOf(job.leaflet.blocks)) {
    if (figure.image?.kind !== 'svg') continue;
    try {
      await drawSvgAlone(figure.image, job.leaflet.meta.lang, job.render.fallbackFonts);
    } catch (cause) {
      error(file, 'image-format', say(says.svgNotDrawn, { file: path.basename(figure.src), cause: messageOf(cause) }), {
        place: figure.position?.start,
        hint: say(says.svgNotDrawnHint),
        cause,
      });
    }
  }
}

/** The PDF and its page fills, or undefined when the print stage recorded an error on `file` (strict: or a warning). */
export async function renderBytes(job: RenderJob, file: VFile): Promise<Printed | undefined> {
  let printed: Printed | undefined;
  await checkSvgFigures(job, file);
  try {
    const template = templates[job.leaflet.meta.template];
    const leaflet = await picturesFor(job.leaflet, job.settings);
    if (!hasErrors(file)) printed = await printLeaflet(file, leaflet, job.render, job.settings, template, drawLeaflet(leaflet, template.Document));
  } catch (cause) {
    error(file, 'render-failed', say(says.renderFailed, { cause: messageOf(cause) }), { place, cause });
  }
  if (job.strict) makeStrict(file);
  return hasErrors(file) ? undefined : printed;
}

/** The phone edition's PDF and image, or undefined when an error was recorded on `file`. */
export async function renderPhone(job: RenderJob, file: VFile): Promise<PhoneEdition | undefined> {
  try {
    const { printPhone } = await import('../print/print-phone.js');
    const edition = await printPhone(file, job.render, job.settings, drawLeaflet(job.leaflet, templates[job.leaflet.meta.template].Phone));
    if (job.strict) makeStrict(file);
    return hasErrors(file) ? undefined : edition;
  } catch (cause) {
    error(file, 'render-failed', say(says.phoneFailed, { cause: messageOf(cause) }), { place, cause });
    return undefined;
  }
}

const written = (path: string, bytes: Uint8Array): Written => ({ path, sha256: sha256(bytes), size: bytes.length });

export async function runRenderJob(sent: RenderJob): Promise<RenderOutcome> {
  const job = { ...sent, leaflet: reviveImages(sent.leaflet) };
  // In a worker: the fonts' facts from the cache the main thread keeps, read only.
  if (job.fontCache && !fontCacheDir()) useFontCache(job.fontCache, false);
  const file = new VFile({ path: job.source });
  if (job.figuresOnly) {
    await checkSvgFigures(job, file);
    if (job.strict) makeStrict(file);
    return { ok: !hasErrors(file), messages: toPlain(file) };
  }
  const printed = await renderBytes(job, file);
  if (!printed) return { ok: false, messages: toPlain(file) };
  const { bytes, fills } = printed;
  if (!job.output) return { ok: true, fills, messages: toPlain(file) };
  // Everything is made before anything is written: a failure leaves the older files as they were.
  const edition = job.phone && (await renderPhone(job, file));
  if (job.phone && !edition) return { ok: false, messages: toPlain(file) };
  const files: [string, Uint8Array][] = [
    [job.output, bytes],
    ...(job.phone && edition ? ([[job.phone.pdf, edition.pdf], ...(edition.png ? [[job.phone.png, edition.png]] : [])] as [string, Uint8Array][]) : []),
    ...(job.calendar ? ([[job.calendar.path, Buffer.from(job.calendar.text)]] as [string, Uint8Array][]) : []),
  ];
  let current = job.output;
  try {
    for (const [target, data] of files) {
      current = target;
      await writeChanged(target, data);
    }
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code ?? '';
    const hint = writeHints[code];
    error(file, 'write-failed', say(says.writeFailed, { output: current, cause: messageOf(cause) }), { place, cause, ...(hint ? { hint: say(hint) } : {}) });
    return { ok: false, messages: toPlain(file) };
  }
  const others = files.slice(1).map(([target, data]) => written(target, data));
  return { ok: true, sha256: sha256(bytes), size: bytes.length, fills, ...(others.length > 0 ? { others } : {}), messages: toPlain(file) };
}
