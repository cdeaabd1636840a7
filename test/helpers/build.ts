// Builds leaflets into a fresh temporary folder for tests, with the project's brand file by default.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadBrand } from '../../src/brand/load-brand.js';
import { buildLeaflet, type BuildResult } from '../../src/build/build-leaflet.js';

/** The project folder: the nearest one with a package.json, from the sources or from dist/. */
function findRoot(dir: string): string {
  return existsSync(path.join(dir, 'package.json')) ? dir : findRoot(path.dirname(dir));
}

export const root = findRoot(import.meta.dirname);
export const fixtures = path.join(root, 'test', 'fixtures');
export const brandFile = path.join(root, 'assets', 'brand.yaml');

export async function tempDir(prefix = 'leaflet-test-'): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), prefix));
}

export interface Built extends BuildResult {
  bytes?: Buffer;
}

export async function build(source: string, options: { brand?: string; outDir?: string; strict?: boolean } = {}): Promise<Built> {
  const brand = await loadBrand(options.brand ?? brandFile, root);
  if (!brand.brand) throw new Error(`brand file has errors: ${brand.file.messages.join('; ')}`);
  const outDir = options.outDir ?? (await tempDir());
  const name = path.basename(source).replace(/\.md$/, '');
  const result = await buildLeaflet(source, name, { brand, outDir, strict: options.strict });
  return { ...result, bytes: result.output ? await readFile(result.output) : undefined };
}

/** Writes a Markdown text to a temporary file and builds it. */
export async function buildText(text: string, name = 'leaflet', options: { brand?: string; strict?: boolean } = {}): Promise<Built> {
  const dir = await tempDir();
  await mkdir(dir, { recursive: true });
  const source = path.join(dir, `${name}.md`);
  await writeFile(source, text);
  return build(source, { ...options, outDir: path.join(dir, 'out') });
}
