// Asset paths (pictures, the brand logo): kept inside the project folder, checked without reading, never fetched.
import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { VFile } from 'vfile';
import { error, warn, type Point } from '../diagnostics/messages.js';
import type { RuleId } from '../diagnostics/rules.js';

export type AssetCheck =
  | { ok: true; path: string }
  | { ok: false; rule: Extract<RuleId, 'remote-asset' | 'asset-outside-project' | 'missing-asset' | 'invalid-url'>; reason: string; hint?: string };

const projectHint = 'put the file inside the project folder (the folder leaflet is run in) and write its path relative to this file, e.g. images/photo.png';

function decoded(reference: string): string {
  try {
    return decodeURIComponent(reference);
  } catch {
    return reference;
  }
}

function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

function realpathOrUndefined(target: string): string | undefined {
  try {
    return realpathSync(target);
  } catch {
    return undefined;
  }
}

/**
 * Resolves an asset reference, as written in the file `from`, to a real file inside `root`. An address on the
 * internet is refused without being fetched; an absolute path, a `..` that leaves the project and a link
 * (symlink) that points out of it are refused before anything outside the project is opened.
 */
export function resolveAsset(reference: string, from: string, root: string): AssetCheck {
  const written = decoded(reference.trim());
  const scheme = /^([a-z][a-z0-9+.-]+):/i.exec(written)?.[1];
  if (/^https?$/i.test(scheme ?? '') || written.startsWith('//')) {
    return { ok: false, rule: 'remote-asset', reason: 'is on the internet and is not downloaded', hint: 'download the picture into the project folder and write its path relative to this file, e.g. images/photo.png' };
  }
  if (scheme) {
    return { ok: false, rule: 'invalid-url', reason: `uses the address scheme '${scheme}:'; only files in the project folder are allowed`, hint: projectHint };
  }
  if (path.isAbsolute(written) || /^([a-z]:)?[\\/]/i.test(written)) {
    return { ok: false, rule: 'asset-outside-project', reason: 'is an absolute path; only paths inside the project folder are allowed', hint: projectHint };
  }
  const realRoot = realpathOrUndefined(root) ?? path.resolve(root);
  const base = realpathOrUndefined(path.dirname(path.resolve(from))) ?? path.dirname(path.resolve(from));
  const candidate = path.resolve(base, written);
  if (!isInside(realRoot, candidate)) {
    return { ok: false, rule: 'asset-outside-project', reason: 'is outside the project folder', hint: projectHint };
  }
  const real = realpathOrUndefined(candidate);
  if (!real) {
    return { ok: false, rule: 'missing-asset', reason: 'does not exist', hint: `looked for ${path.relative(realRoot, candidate)} in the project folder` };
  }
  if (!isInside(realRoot, real)) {
    return { ok: false, rule: 'asset-outside-project', reason: 'is a link to a file outside the project folder', hint: projectHint };
  }
  if (!statSync(real).isFile()) {
    return { ok: false, rule: 'missing-asset', reason: 'is a folder, not a file', hint: `looked for ${path.relative(realRoot, candidate)} in the project folder` };
  }
  return { ok: true, path: real };
}

/** A reference as it is quoted in a message: long ones (a `data:` address) are cut short. */
function quoted(reference: string): string {
  const short = reference.length > 80 ? `${reference.slice(0, 77)}…` : reference;
  return `'${short}'`;
}

export interface AssetSite {
  /** What the asset is, for the message: `image`, `logo`. */
  what: string;
  /** The file that names the asset; relative paths start from its folder. */
  from: string;
  root: string;
  place?: Point;
}

/**
 * Checks an asset and records what is wrong on the file: a remote address is a warning (the asset is left
 * out), everything else an error. Returns the real path when the asset is a file inside the project.
 */
export function checkAsset(file: VFile, reference: string, site: AssetSite): string | undefined {
  const check = resolveAsset(reference, site.from, site.root);
  if (check.ok) return check.path;
  const report = check.rule === 'remote-asset' ? warn : error;
  report(file, check.rule, `${site.what} ${quoted(reference)} ${check.reason}`, { place: site.place, hint: check.hint });
  return undefined;
}
