// Builds one pack: manifest → each leaflet checked and rendered → the pack PDF and its zip, written only when all built.
import path from 'node:path';
import type { VFile } from 'vfile';
import type { LoadedBrand } from '../brand/load-brand.js';
import { buildDate } from '../pipeline/build-date.js';
import { renderLeaflet } from '../pipeline/build-leaflet.js';
import { picturesFor } from '../pipeline/load-images.js';
import { writeAtomic } from '../pipeline/write-atomic.js';
import { packMessages as says } from '../diagnostics/catalogue/pack.js';
import { error, hasErrors, makeStrict, messageOf } from '../diagnostics/messages.js';
import { say } from '../diagnostics/say.js';
import type { Leaflet } from '../model/types.js';
import { outputName, phonePaths } from '../print/print-settings.js';
import { packReadme } from './pack-readme.js';
import { packLeaflet } from './pack-meta.js';
import { zipFiles, type ZipEntry } from './pack-zip.js';
import { readManifest } from './read-manifest.js';
import { packPrint, printPack } from './print-pack.js';
import { introBlocks } from './pack-intro.js';

export interface PackOptions {
  brand: LoadedBrand;
  /** The pack is written to `<outDir>/packs/<name>.pdf` (`<name>-booklet-press.pdf` and the like) and `<name>.zip`. */
  outDir: string;
  root: string;
  strict?: boolean;
}

export interface PackResult {
  /** The manifest, with its messages. */
  file: VFile;
  /** The leaflets' own files, with their messages. */
  leaflets: VFile[];
  outputs?: { pdf: string; zip: string };
}

interface Single {
  name: string;
  leaflet: Leaflet;
  bytes: Uint8Array;
  /** The phone edition's long image and its name in the zip, when the manifest asks for it. */
  phone?: ZipEntry;
}

export async function buildPack(manifestPath: string, options: PackOptions): Promise<PackResult> {
  const { file, manifest, entries, source } = await readManifest(manifestPath, options.root);
  const brand = options.brand.brand!;
  const leafletFiles: VFile[] = [];
  if (manifest && !brand.pack) {
    error(file, 'pack-invalid', say(says.noPackWording), { place: { line: 1, column: 1 }, hint: say(says.noPackWordingHint) });
  }
  const singles: Single[] = [];
  for (const entry of entries) {
    const built = await renderLeaflet(entry.source, { brand: options.brand, outDir: options.outDir, root: options.root, strict: options.strict, print: { format: manifest?.format, phone: manifest?.phone ?? false } });
    leafletFiles.push(built.file);
    const name = built.settings ? outputName(path.basename(entry.source).replace(/\.md$/i, ''), built.settings) : '';
    if (!built.leaflet || !built.bytes) {
      error(file, 'pack-leaflet', say(says.leafletFailed, { name: entry.written }), { place: entry.place });
    } else if (built.leaflet.meta.template !== 'handout') {
      error(file, 'pack-leaflet', say(says.leafletOnePage, { name: entry.written, template: built.leaflet.meta.template }), { place: entry.place });
    } else if (singles.some((single) => single.name === name)) {
      error(file, 'pack-leaflet', say(says.sameName, { name }), { place: entry.place, hint: say(says.sameNameHint) });
    } else {
      const base = path.basename(entry.source).replace(/\.md$/i, '');
      const phone = built.phone?.png && { name: path.basename(phonePaths(base, '', built.settings!).png), bytes: built.phone.png };
      singles.push({ name, leaflet: built.leaflet, bytes: built.bytes, ...(phone ? { phone } : {}) });
    }
  }
  const pack = manifest && source && packLeaflet(manifest, brand, options.brand.qrUrl!, await introBlocks(file, source, manifest.intro ?? '', options.root));
  if (options.strict) makeStrict(file);
  if (!manifest || !pack || !brand.pack || hasErrors(file)) return { file, leaflets: leafletFiles };

  const date = buildDate(manifest.date);
  const { logo, fallbackFonts, partnerLogos } = options.brand;
  const settings = packPrint(manifest, brand);
  // For press, the pictures in inks, as a leaflet's own press PDF has them.
  const inked = (leaflet: Leaflet) => picturesFor(leaflet, settings);
  const input = { pack: await inked(pack), recipient: manifest.recipient, wording: brand.pack, leaflets: await Promise.all(singles.map((single) => inked(single.leaflet))) };
  let bytes: Uint8Array | undefined;
  try {
    bytes = await printPack(file, input, { brand, date, logo, fallbackFonts, partnerLogos }, settings);
  } catch (cause) {
    error(file, 'render-failed', say(says.renderFailed, { cause: messageOf(cause) }), { place: { line: 1, column: 1 }, cause });
  }
  if (!bytes) return { file, leaflets: leafletFiles };
  const readme = packReadme(pack, manifest.recipient, brand.pack, singles);
  const zipEntries: ZipEntry[] = [...singles.flatMap((single) => [single, ...(single.phone ? [single.phone] : [])]), { name: 'README.txt', bytes: Buffer.from(readme) }];
  const zip = zipFiles(zipEntries, date);
  const packName = path.basename(manifestPath).replace(/\.ya?ml$/i, '');
  const outputs = { pdf: path.join(options.outDir, 'packs', outputName(packName, settings)), zip: path.join(options.outDir, 'packs', `${packName}.zip`) };
  try {
    await writeAtomic(outputs.pdf, bytes);
    await writeAtomic(outputs.zip, zip);
  } catch (cause) {
    error(file, 'write-failed', say(says.writeFailed, { cause: messageOf(cause) }), { place: { line: 1, column: 1 }, cause });
    return { file, leaflets: leafletFiles };
  }
  return { file, leaflets: leafletFiles, outputs };
}
