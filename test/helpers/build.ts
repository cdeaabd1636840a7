// Builds leaflets into a fresh temporary folder for tests, with the project's brand file by default.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadBrand } from '../../src/brand/load-brand.js';
import { buildLeaflet, type BuildResult } from '../../src/pipeline/build-leaflet.js';
import type { PrintRequest } from '../../src/print/print-settings.js';

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

export interface BuildTestOptions {
  brand?: string;
  /** The folder the brand's logo must be in; the project by default. */
  brandRoot?: string;
  outDir?: string;
  strict?: boolean;
  print?: PrintRequest;
}

export async function build(source: string, options: BuildTestOptions = {}): Promise<Built> {
  const brand = await loadBrand(options.brand ?? brandFile, options.brandRoot ?? root);
  if (!brand.brand) throw new Error(`brand file has errors: ${brand.file.messages.join('; ')}`);
  const outDir = options.outDir ?? (await tempDir());
  const name = path.basename(source).replace(/\.md$/, '');
  const result = await buildLeaflet(source, name, { brand, outDir, strict: options.strict, print: options.print });
  return { ...result, bytes: result.output ? await readFile(result.output) : undefined };
}

/**
 * The project's brand with the copyfit turned off, in a folder of its own: for tests of the design's own
 * sizes and spacing, which the copyfit would vary with each text's length.
 */
export async function designBrand(): Promise<Pick<BuildTestOptions, 'brand' | 'brandRoot'>> {
  const dir = await tempDir('leaflet-brand-');
  const text = await readFile(brandFile, 'utf8');
  if (!/^copyfit:\n  enabled: true$/m.test(text)) throw new Error('the brand file has no `copyfit:` section starting with `enabled: true`');
  const brand = path.join(dir, 'brand.yaml');
  await writeFile(brand, text.replace(/^copyfit:\n  enabled: true$/m, 'copyfit:\n  enabled: false'));
  return { brand, brandRoot: dir };
}

/** Writes a Markdown text to a temporary file and builds it. */
export async function buildText(text: string, name = 'leaflet', options: Omit<BuildTestOptions, 'outDir'> = {}): Promise<Built> {
  const dir = await tempDir();
  await mkdir(dir, { recursive: true });
  const source = path.join(dir, `${name}.md`);
  await writeFile(source, text);
  return build(source, { ...options, outDir: path.join(dir, 'out') });
}
