// Render stage as a job of plain data: model → PDF → atomic write. Runs in-process or in a worker thread.
import type { Brand } from '../brand/brand-schema.js';
import type { Leaflet } from '../model/types.js';
import { renderPdf } from '../render/render-pdf.js';
import { sha256 } from './file-hashes.js';
import { figuresOf } from './load-images.js';
import { writeAtomic } from './write-atomic.js';

export interface RenderJob {
  leaflet: Leaflet;
  brand: Brand;
  date: Date;
  logo?: string;
  fallbackFonts?: string[];
  /** Where the PDF goes. */
  output: string;
}

/** What became of a job: the written PDF's hash, or the error to report on the leaflet. */
export type RenderOutcome =
  | { ok: true; sha256: string; size: number }
  | { ok: false; rule: 'render-failed' | 'write-failed'; reason: string };

/** Image bytes arrive from another thread as a plain Uint8Array; the renderer wants Buffers. */
function reviveImages(leaflet: Leaflet): void {
  for (const figure of figuresOf(leaflet.blocks)) {
    const image = figure.image;
    if (image?.kind === 'raster' && !Buffer.isBuffer(image.data)) {
      const data = image.data as Uint8Array;
      image.data = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    }
  }
}

export async function runRenderJob(job: RenderJob): Promise<RenderOutcome> {
  reviveImages(job.leaflet);
  let bytes: Buffer;
  try {
    bytes = await renderPdf(job.leaflet, { brand: job.brand, date: job.date, logo: job.logo, fallbackFonts: job.fallbackFonts });
  } catch (cause) {
    return { ok: false, rule: 'render-failed', reason: `the PDF could not be rendered: ${(cause as Error).message}` };
  }
  try {
    await writeAtomic(job.output, bytes);
  } catch (cause) {
    return { ok: false, rule: 'write-failed', reason: `cannot write ${job.output}: ${(cause as Error).message}` };
  }
  return { ok: true, sha256: sha256(bytes), size: bytes.length };
}
