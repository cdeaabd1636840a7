// Files a leaflet names (images): resolved next to the leaflet, and refused when missing, remote or outside the project.
import { realpathSync } from 'node:fs';
import path from 'node:path';
import type { VFile } from 'vfile';
import { error, warn, type Point } from '../diagnostics/messages.js';

/**
 * The absolute path of a file named in a leaflet, or undefined after a message: remote addresses are
 * never fetched, and no path may leave the project folder (through `..`, an absolute path or a symlink).
 */
export function resolveAsset(file: VFile, url: string, place: Point | undefined, root: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) && !/^file:/i.test(url)) {
    warn(file, 'remote-asset', `'${url}' is on the internet and is not fetched; it is left out`, {
      place,
      hint: 'download the file into the project (for example next to the leaflet) and name it by its path',
    });
    return undefined;
  }
  const project = realpathSync(root);
  const inside = (target: string) => {
    const relative = path.relative(project, target);
    return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  };
  const folder = realpathSync(path.dirname(path.resolve(file.path)));
  let relative = url.replace(/^file:(\/\/)?/i, '');
  try {
    relative = decodeURI(relative);
  } catch {
    // Not percent-encoded after all: take the path as written.
  }
  const wanted = path.resolve(folder, relative);
  if (!inside(wanted)) {
    error(file, 'asset-outside-project', `'${url}' is outside the project folder and is never read`, {
      place,
      hint: 'copy the file into the project folder',
    });
    return undefined;
  }
  let real: string;
  try {
    real = realpathSync(wanted);
  } catch {
    error(file, 'missing-asset', `'${url}' does not exist`, { place, hint: `looked for ${path.relative(project, wanted)}` });
    return undefined;
  }
  if (!inside(real)) {
    error(file, 'asset-outside-project', `'${url}' leads outside the project folder and is never read`, { place });
    return undefined;
  }
  return real;
}
