// Expands the command line's paths into leaflet files, each with the output name it builds to.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export interface Target {
  /** The Markdown file. */
  source: string;
  /**
   * Its path without `.md`, relative to the project's `leaflets/` folder when it is in it (`events/y` for
   * `leaflets/events/y.md`, however the command line names it), else to the folder it was found in.
   */
  name: string;
}

/** The PDF a leaflet builds to: `out/x.pdf` for the name `x`. */
export function outputOf(name: string, outDir: string): string {
  return path.join(outDir, `${name}.pdf`);
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const found = await Promise.all(
    entries
      .filter((entry) => !entry.name.startsWith('.') && entry.name !== 'node_modules')
      .map(async (entry) => {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) return walk(full);
        return entry.isFile() && /\.md$/i.test(entry.name) ? [full] : [];
      }),
  );
  return found.flat();
}

/**
 * Files and folders (searched recursively) → sorted targets. Missing paths are returned separately. `root`: the
 * project folder, whose `leaflets/` names the leaflets in it, so that a leaflet builds to one place.
 */
export async function findLeaflets(paths: string[], root = process.cwd()): Promise<{ targets: Target[]; missing: string[] }> {
  const home = path.resolve(root, 'leaflets');
  const nameOf = (file: string, from: string) => {
    const inHome = path.relative(home, path.resolve(file));
    const name = inHome.startsWith('..') || path.isAbsolute(inHome) ? path.relative(from, file) : inHome;
    return name.replace(/\.md$/i, '');
  };
  const targets: Target[] = [];
  const missing: string[] = [];
  for (const input of paths) {
    const info = await stat(input).catch(() => undefined);
    if (!info) {
      missing.push(input);
    } else if (info.isDirectory()) {
      for (const file of (await walk(input)).sort()) targets.push({ source: file, name: nameOf(file, input) });
    } else {
      targets.push({ source: input, name: nameOf(input, path.dirname(input)) });
    }
  }
  return { targets, missing };
}
