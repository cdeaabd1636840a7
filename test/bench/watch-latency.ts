// Bench: how long `leaflet watch` (or the preview's watcher) takes from saving a leaflet to its rebuilt PDF.
import { copyFile, cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { root, tempDir, fixtures } from '../helpers/build.js';
import type { PrintRequest } from '../../src/print/print-settings.js';
import { watchLeaflets } from '../../src/watch/watch-leaflets.js';
import { median } from './stats.js';

/** Median time from writing `leaflet` (a copy of it) to the watcher's `build` event for it; `print` as the preview asks. */
export async function watchLatency(leaflet: string, edits: number, print: PrintRequest = {}, warmUp = 3): Promise<number> {
  const dir = await tempDir('leaflet-watch-bench-');
  await cp(path.join(root, 'assets'), path.join(dir, 'assets'), { recursive: true });
  const source = path.join(dir, 'leaflets', path.basename(leaflet));
  await cp(path.join(fixtures, 'samples', 'images'), path.join(dir, 'leaflets', 'images'), { recursive: true });
  await copyFile(leaflet, source);
  const text = await readFile(source, 'utf8');
  const watcher = watchLeaflets({ paths: [path.join(dir, 'leaflets')], outDir: path.join(dir, 'out'), brandPath: path.join(dir, 'assets', 'brand.yaml'), root: dir, print });
  const times: number[] = [];
  try {
    await watcher.ready;
    for (let i = 0; i < warmUp + edits; i += 1) {
      const built = new Promise<void>((resolve) => watcher.once('build', () => resolve()));
      const start = performance.now();
      // Trailing blank lines: a real change of the file that leaves the text as it was.
      await writeFile(source, text + '\n'.repeat(i + 1));
      await built;
      if (i >= warmUp) times.push(performance.now() - start);
    }
  } finally {
    await watcher.close();
  }
  return median(times);
}
