// Reads a pack manifest: YAML with positions, schema-checked, each leaflet entry resolved to a file with its place.
import path from 'node:path';
import type { VFile } from 'vfile';
import { packMessages as says } from '../diagnostics/catalogue/pack.js';
import { error, hasErrors, type Point } from '../diagnostics/messages.js';
import { say } from '../diagnostics/say.js';
import { resolvePath, type AssetCheck } from '../source/assets.js';
import { manifestLimit } from '../source/limits.js';
import { readSource } from '../source/read-source.js';
import { isRecord } from '../pipeline/plain-shape.js';
import { readDates } from '../source/date-spelling.js';
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

/**
 * A path relative to the manifest wins, else one relative to the project folder, else one in its `leaflets/`
 * (where leaflets are kept, so a name alone is enough); all must stay inside the project. When none is a leaflet,
 * the answer that says most: the project folder's when the manifest's folder is outside the project or holds
 * nothing while the project holds something refused.
 */
function resolveEntry(written: string, manifestPath: string, root: string): AssetCheck {
  const [near, project] = [resolvePath(written, path.dirname(path.resolve(manifestPath)), root), resolvePath(written, root, root)];
  if (near.ok) return near;
  if (project.ok) return project;
  const kept = resolvePath(written, path.join(root, 'leaflets'), root);
  if (kept.ok) return kept;
  if (near.stage === 'path' && project.stage !== 'path') return project;
  if (near.stage === 'missing' && project.stage === 'file') return project;
  return near;
}

export async function readManifest(manifestPath: string, root: string): Promise<ReadManifest> {
  const file = await readSource(manifestPath, manifestLimit);
  if (hasErrors(file)) return { file, entries: [] };
  // Keys named in Chinese and values typed as a Chinese keyboard types them are read as in a leaflet's settings.
  const parsed = parseYaml(file, String(file.value), 1, { unquote: true, schema: PackManifest });
  if (!parsed) return { file, entries: [] };
  // A date written the Chinese way (2026年11月20日, 2026/11/20) is read, with a warning, as in a leaflet.
  const data = isRecord(parsed.data) ? readDates(file, parsed.data, parsed.source).data : parsed.data;
  const manifest = checkSchema(file, parsed.source, PackManifest, data, 'pack-invalid');
  if (!manifest) return { file, entries: [] };
  const entries: PackEntry[] = [];
  manifest.leaflets.forEach((written, i) => {
    const place = placeOf(parsed.source, ['leaflets', i]);
    const found = resolveEntry(written, manifestPath, root);
    if (!found.ok && found.stage === 'missing') {
      error(file, 'pack-leaflet', say(says.leafletMissing, { name: written }), {
        place,
        hint: say(says.leafletMissingHint),
      });
    } else if (!found.ok) {
      const hint = found.rule === 'asset-outside-project' ? say(says.leafletOutsideHint) : found.hint;
      error(file, found.rule, say(says.leafletRefused, { name: written, reason: found.reason }), { place, hint });
    } else if (entries.some((entry) => entry.source === found.path)) {
      error(file, 'pack-leaflet', say(says.leafletTwice, { name: written }), { place });
    } else {
      entries.push({ written, source: found.path, place });
    }
  });
  return { file, manifest, entries, source: parsed.source };
}
