// Files that the brand names (logos, fallback fonts): checked like a leaflet's pictures, and of the right type.
import path from 'node:path';
import type { VFile } from 'vfile';
import { error, type Point } from '../diagnostics/messages.js';
import { checkAsset, resolvePath } from '../source/assets.js';
import type { FontSource } from './brand-schema.js';

/** A file next to the brand file, inside the project and never fetched, of the type `extensions` allows. */
export function resolveBrandFile(file: VFile, what: string, relative: string, place: Point, root: string, extensions: RegExp): string | undefined {
  const real = checkAsset(file, relative, { what, from: file.path, root, place });
  if (real && !extensions.test(real)) {
    error(file, 'brand-invalid', `${what} '${relative}' has the wrong file type`, { place });
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
    error(file, 'brand-invalid', `font package '${name}' is not a path inside an npm package`, {
      place,
      hint: 'write the package name and the file in it, e.g. "@expo-google-fonts/noto-sans-symbols-2/400Regular/NotoSansSymbols2_400Regular.ttf"; a font file of your own goes under file: instead',
    });
    return undefined;
  }
  const check = resolvePath(name, path.join(root, 'node_modules'), root);
  if (!check.ok && check.stage === 'missing') {
    error(file, 'brand-invalid', `font '${name}' is not installed`, { place, hint: 'install its npm package in the project folder first' });
  } else if (!check.ok) {
    const hint = check.rule === 'asset-outside-project' ? 'install its npm package in the project folder, so that it is in the project’s own node_modules' : check.hint;
    error(file, check.rule, `font '${name}' ${check.reason}`, { place, hint });
  } else if (!/\.ttf$/i.test(check.path)) {
    error(file, 'brand-invalid', `font '${name}' is not a .ttf file`, { place });
  } else {
    return check.path;
  }
  return undefined;
}

/** A fallback font from a file next to the brand, or from an npm package installed in the project. */
export function resolveFont(file: VFile, source: FontSource, place: Point, root: string): string | undefined {
  if ('file' in source) return resolveBrandFile(file, 'font', source.file, place, root, /\.ttf$/i);
  return resolvePackageFont(file, source.package, place, root);
}
