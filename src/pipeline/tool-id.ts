// The identity of this build of leaflet: its version and a hash of its code, for the build cache.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sha256 } from './file-hashes.js';

let id: Promise<string> | undefined;

/** The nearest folder upwards with a package.json: the project, from the sources or from dist/. */
function packageDir(dir: string): string {
  return existsSync(path.join(dir, 'package.json')) ? dir : packageDir(path.dirname(dir));
}

// The compiled sources (dist/src, this module in its pipeline folder) or the bundle (dist/bundle, this module in a chunk).
const here = path.dirname(fileURLToPath(import.meta.url));
const codeDir = path.basename(here) === 'pipeline' ? path.dirname(here) : here;

/** leaflet's version, from its package.json (`leaflet --version`). */
export async function leafletVersion(): Promise<string> {
  return (JSON.parse(await readFile(path.join(packageDir(codeDir), 'package.json'), 'utf8')) as { version: string }).version;
}

async function compute(): Promise<string> {
  const version = await leafletVersion();
  // The bundle carries the hash of its code, taken when it was made (src/bundle.js).
  const made = await readFile(path.join(codeDir, 'code-hash'), 'utf8').catch(() => undefined);
  if (made) return `${version}+${made.trim()}`;
  // The code as well as the version: a changed renderer must never reuse PDFs from before the change.
  const files = (await readdir(codeDir, { recursive: true })).filter((f) => /\.(js|tsx?)$/.test(f)).sort();
  const parts = await Promise.all(files.map(async (f) => [Buffer.from(`${f}\0`), await readFile(path.join(codeDir, f))]));
  return `${version}+${sha256(Buffer.concat(parts.flat())).slice(0, 16)}`;
}

/** `0.1.0+<hash of the code>`, computed once per process. */
export function toolId(): Promise<string> {
  id ??= compute();
  return id;
}
