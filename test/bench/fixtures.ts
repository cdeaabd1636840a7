// Bench inputs: the sample leaflet, a variant ten times longer, and a project of fifty leaflets.
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { root, tempDir, fixtures } from '../helpers/build.js';

export const sample = path.join(fixtures, 'samples', 'stem-cells-and-scleroderma.md');

/** A leaflet ten times longer than the sample: its body repeated. */
export async function longVariant(): Promise<string> {
  const text = await readFile(sample, 'utf8');
  const [, front, body] = text.split(/^---$/m);
  const file = path.join(await tempDir(), 'long.md');
  await writeFile(file, `---${front}---\n${Array.from({ length: 10 }, () => body).join('\n')}`);
  return file;
}

/** A project folder with `count` leaflets: copies of the sample leaflets (and their images) in turn. */
export async function manyLeaflets(count: number): Promise<string> {
  const dir = await tempDir('leaflet-bench-');
  const from = path.join(fixtures, 'samples');
  await cp(path.join(from, 'images'), path.join(dir, 'leaflets', 'images'), { recursive: true });
  const samples = (await readdir(from)).filter((f) => f.endsWith('.md')).sort();
  for (let i = 0; i < count; i += 1) {
    const name = samples[i % samples.length]!;
    await cp(path.join(from, name), path.join(dir, 'leaflets', `${String(i).padStart(2, '0')}-${name}`));
  }
  await cp(path.join(root, 'assets'), path.join(dir, 'assets'), { recursive: true });
  return dir;
}
