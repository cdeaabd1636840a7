// Builds one leaflet: read → front matter → Markdown → model → render → write, collecting its messages.
import path from 'node:path';
import type { VFile } from 'vfile';
import type { LoadedBrand } from '../brand/load-brand.js';
import { error, hasErrors, makeStrict } from '../diagnostics/messages.js';
import { buildModel } from '../model/build-model.js';
import type { Leaflet } from '../model/types.js';
import { renderPdf } from '../render/render-pdf.js';
import { readSource } from '../source/read-source.js';
import { buildDate } from './build-date.js';
import { writeAtomic } from './write-atomic.js';

export interface BuildOptions {
  brand: LoadedBrand;
  outDir: string;
  /** Warnings count as errors. */
  strict?: boolean;
  /** Check only: no PDF is rendered or written. */
  dryRun?: boolean;
  /** The project folder: no picture outside it is ever used. The default is the working directory. */
  root?: string;
}

export interface BuildResult {
  file: VFile;
  output?: string;
  leaflet?: Leaflet;
}

export async function buildLeaflet(source: string, name: string, options: BuildOptions): Promise<BuildResult> {
  const file = await readSource(source);
  const leaflet = hasErrors(file) ? undefined : buildModel(file, options.brand, options.root);
  if (options.strict) makeStrict(file);
  if (!leaflet || hasErrors(file) || options.dryRun || !options.brand.brand) return { file, leaflet };
  const output = path.join(options.outDir, `${name}.pdf`);
  let bytes: Buffer;
  try {
    bytes = await renderPdf(leaflet, {
      brand: options.brand.brand,
      date: buildDate(leaflet.meta.date),
      logo: options.brand.logo,
    });
  } catch (cause) {
    error(file, 'render-failed', `the PDF could not be rendered: ${(cause as Error).message}`, { place: { line: 1, column: 1 } });
    return { file, leaflet };
  }
  try {
    await writeAtomic(output, bytes);
  } catch (cause) {
    error(file, 'write-failed', `cannot write ${output}: ${(cause as Error).message}`, { place: { line: 1, column: 1 } });
    return { file, leaflet };
  }
  return { file, leaflet, output };
}
