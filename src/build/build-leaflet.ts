// Builds one leaflet: read → front matter → Markdown → model → render → write, collecting its messages.
import path from 'node:path';
import type { VFile } from 'vfile';
import type { LoadedBrand } from '../brand/load-brand.js';
import { error, hasErrors, makeStrict } from '../diagnostics/messages.js';
import { buildModel } from '../model/build-model.js';
import type { Leaflet } from '../model/types.js';
import { renderPdf } from '../render/render-pdf.js';
import { textWidthOf } from '../render/theme.js';
import { readSource } from '../source/read-source.js';
import { fontFile } from '../typeset/font-files.js';
import { checkGlyphs } from '../typeset/glyph-check.js';
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
}

export interface BuildResult {
  file: VFile;
  output?: string;
  leaflet?: Leaflet;
}

export async function buildLeaflet(source: string, name: string, options: BuildOptions): Promise<BuildResult> {
  const file = await readSource(source);
  const leaflet = hasErrors(file) ? undefined : buildModel(file, options.brand, options.root);
  if (leaflet) {
    checkGlyphs(file, [fontFile(leaflet.meta.lang), ...(options.brand.fallbackFonts ?? [])]);
    await loadImages(leaflet.blocks, file);
    const textWidth = textWidthOf(leaflet.meta.format);
    for (const figure of figuresOf(leaflet.blocks)) checkResolution(figure, textWidth, 150, file);
  }
  if (options.strict) makeStrict(file);
  if (!leaflet || hasErrors(file) || options.dryRun || !options.brand.brand) return { file, leaflet };
  const output = path.join(options.outDir, `${name}.pdf`);
  let bytes: Buffer;
  try {
    bytes = await renderPdf(leaflet, {
      brand: options.brand.brand,
      date: buildDate(leaflet.meta.date),
      logo: options.brand.logo,
      fallbackFonts: options.brand.fallbackFonts,
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
