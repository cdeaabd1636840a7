// Reads a pack manifest: YAML with positions, schema-checked, each leaflet entry resolved to a file with its place.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { VFile } from 'vfile';
import { error, hasErrors, type Point } from '../diagnostics/messages.js';
import { manifestLimit } from '../source/limits.js';
import { readSource } from '../source/read-source.js';
import { checkSchema } from '../source/schema-check.js';
import { parseYaml, placeOf, type YamlSource } from '../source/yaml-source.js';
import { PackManifest } from './pack-schema.js';

export interface PackEntry {
  /** The path as written in the manifest. */
  written: string;
  /** The leaflet file: next to the manifest, else in the project folder. */
  source: string;
  /** The place of the entry in the manifest's `leaflets` list. */
  place: Point;
}

export interface ReadManifest {
  file: VFile;
  manifest?: PackManifest;
  entries: PackEntry[];
  source?: YamlSource;
}

/** A path relative to the manifest wins; else one relative to the project folder; else the first, to report. */
function resolveEntry(written: string, manifestPath: string, root: string): string {
  const candidates = [path.resolve(path.dirname(manifestPath), written), path.resolve(root, written)];
  return candidates.find((candidate) => existsSync(candidate)) ?? candidates[0]!;
}

export async function readManifest(manifestPath: string, root: string): Promise<ReadManifest> {
  const file = await readSource(manifestPath, manifestLimit);
  if (hasErrors(file)) return { file, entries: [] };
  const parsed = parseYaml(file, String(file.value));
  if (!parsed) return { file, entries: [] };
  const manifest = checkSchema(file, parsed.source, PackManifest, parsed.data, 'pack-invalid');
  if (!manifest) return { file, entries: [] };
  const entries: PackEntry[] = [];
  manifest.leaflets.forEach((written, i) => {
    const place = placeOf(parsed.source, ['leaflets', i]);
    const source = resolveEntry(written, manifestPath, root);
    if (!existsSync(source)) {
      error(file, 'pack-leaflet', `leaflet '${written}' does not exist`, {
        place,
        hint: 'a path is read from the manifest’s folder, then from the project folder',
      });
    } else if (entries.some((entry) => entry.source === source)) {
      error(file, 'pack-leaflet', `leaflet '${written}' is listed twice`, { place });
    } else {
      entries.push({ written, source, place });
    }
  });
  return { file, manifest, entries, source: parsed.source };
}
