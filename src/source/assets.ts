// Asset paths (pictures, the brand logo): kept inside the project folder, checked without reading, never fetched.
import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { VFile } from 'vfile';
import { sourceMessages as m } from '../diagnostics/catalogue/source.js';
import { error, warn, type Point } from '../diagnostics/messages.js';
import type { RuleId } from '../diagnostics/rules.js';
import { say, type Said } from '../diagnostics/say.js';

export type AssetCheck =
  | { ok: true; path: string }
  | {
      ok: false;
      rule: Extract<RuleId, 'remote-asset' | 'asset-outside-project' | 'missing-asset' | 'invalid-url'>;
      /** What is wrong with the path, in every language, said of it: `does not exist`. */
      reason: Said;
      hint?: Said;
      /** `path`: refused as written, before anything was looked at; `missing`: nothing is there; `file`: what is there is refused. */
      stage: 'path' | 'missing' | 'file';
    };

type Refused = Extract<AssetCheck, { ok: false }>;

function refused(rule: Refused['rule'], reason: Said, stage: Refused['stage'], hint?: Said): Refused {
  return { ok: false, rule, reason, stage, ...(hint ? { hint } : {}) };
}

const projectHint = say(m.projectHint);

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
 * Confines an absolute path to the project: it must lie inside `root`, lead to a real file there (a link
 * (symlink) that points out of the project is refused) and be a regular file. Nothing outside the project is
 * opened: a path outside is refused before it is looked up.
 */
export function confineFile(candidate: string, root: string): AssetCheck {
  const realRoot = realpathOrUndefined(root) ?? path.resolve(root);
  if (!isInside(realRoot, candidate)) {
    return refused('asset-outside-project', say(m.outside), 'path', projectHint);
  }
  const looked = say(m.lookedHint, { path: path.relative(realRoot, candidate) });
  const real = realpathOrUndefined(candidate);
  if (!real) return refused('missing-asset', say(m.missing), 'missing', looked);
  if (!isInside(realRoot, real)) return refused('asset-outside-project', say(m.linkOutside), 'file', projectHint);
  const stats = statSync(real);
  if (stats.isDirectory()) return refused('missing-asset', say(m.folder), 'file', looked);
  if (!stats.isFile()) return refused('missing-asset', say(m.notRegular), 'file', looked);
  return { ok: true, path: real };
}

/**
 * Resolves a path as written in a file, relative to `folder`, to a real file inside `root`: the one check
 * for every path that a leaflet, the brand file or a pack manifest names. An address on the internet is
 * refused without being fetched; an absolute path, a `..` that leaves the project and a link that points
 * out of it are refused before anything outside the project is opened.
 */
export function resolvePath(reference: string, folder: string, root: string): AssetCheck {
  const written = decoded(reference.trim());
  const scheme = /^([a-z][a-z0-9+.-]+):/i.exec(written)?.[1];
  if (/^https?$/i.test(scheme ?? '') || written.startsWith('//')) return refused('remote-asset', say(m.remote), 'path', say(m.remoteHint));
  if (scheme) return refused('invalid-url', say(m.scheme, { scheme }), 'path', projectHint);
  if (path.isAbsolute(written) || /^([a-z]:)?[\\/]/i.test(written)) return refused('asset-outside-project', say(m.absolute), 'path', projectHint);
  const base = realpathOrUndefined(path.resolve(folder)) ?? path.resolve(folder);
  return confineFile(path.resolve(base, written), root);
}

/** An asset reference, as written in the file `from`: relative paths start from that file's folder. */
export function resolveAsset(reference: string, from: string, root: string): AssetCheck {
  return resolvePath(reference, path.dirname(path.resolve(from)), root);
}

/** A reference as it is quoted in a message: long ones (a `data:` address) are cut short. */
function quoted(reference: string): string {
  const short = reference.length > 80 ? `${reference.slice(0, 77)}…` : reference;
  return `'${short}'`;
}

export interface AssetSite {
  /** What the asset is, for the message: `image`, `logo`. */
  what: Said;
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
  report(file, check.rule, say(m.assetProblem, { what: site.what, reference: quoted(reference), problem: check.reason }), { place: site.place, hint: check.hint });
  return undefined;
}
