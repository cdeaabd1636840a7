// Files that the brand names (logos, fallback fonts): checked like a leaflet's pictures, and of the right type.
import path from 'node:path';
import type { VFile } from 'vfile';
import { brandMessages as m } from '../diagnostics/catalogue/brand.js';
import { sourceMessages } from '../diagnostics/catalogue/source.js';
import { error, type Point } from '../diagnostics/messages.js';
import { say, type Said } from '../diagnostics/say.js';
import { checkAsset, resolvePath } from '../source/assets.js';
import type { FontSource } from './brand-schema.js';

/** A file next to the brand file, inside the project and never fetched, of the type `extensions` allows. */
export function resolveBrandFile(file: VFile, what: Said, relative: string, place: Point, root: string, extensions: RegExp): string | undefined {
  const real = checkAsset(file, relative, { what, from: file.path, root, place });
  if (real && !extensions.test(real)) {
    error(file, 'brand-invalid', say(m.wrongFileType, { what, path: relative }), { place });
    return undefined;
  }
  return real;
}

/** A path inside an npm package: a package name, then the file; never `.`, `..` or an absolute path. */
function isPackagePath(name: string): boolean {
  const steps = name.split(/[\\/]/);
  return /^(@[\w.-]+\/)?[\w][\w.-]*(\/|$)/.test(name) && !steps.some((step) => step === '..' || step === '.' || step === '');
}

/** A font from an npm package installed in the project: a file under the project's own node_modules. */
function resolvePackageFont(file: VFile, name: string, place: Point, root: string): string | undefined {
  if (!isPackagePath(name)) {
    error(file, 'brand-invalid', say(m.fontNotInPackage, { name }), { place, hint: say(m.fontNotInPackageHint) });
    return undefined;
  }
  const check = resolvePath(name, path.join(root, 'node_modules'), root);
  if (!check.ok && check.stage === 'missing') {
    error(file, 'brand-invalid', say(m.fontNotInstalled, { name }), { place, hint: say(m.fontNotInstalledHint) });
  } else if (!check.ok) {
    const hint = check.rule === 'asset-outside-project' ? say(m.fontOutsideHint) : check.hint;
    error(file, check.rule, say(sourceMessages.assetProblem, { what: say(m.font), reference: `'${name}'`, problem: check.reason }), { place, hint });
  } else if (!/\.ttf$/i.test(check.path)) {
    error(file, 'brand-invalid', say(m.fontNotTtf, { name }), { place });
  } else {
    return check.path;
  }
  return undefined;
}

/** A fallback font from a file next to the brand, or from an npm package installed in the project. */
export function resolveFont(file: VFile, source: FontSource, place: Point, root: string): string | undefined {
  if ('file' in source) return resolveBrandFile(file, say(m.font), source.file, place, root, /\.ttf$/i);
  return resolvePackageFont(file, source.package, place, root);
}
