// The bundle's stand-ins (src/bundle.js) load the module they stand for through this: found from the package that depends on it, once, when first asked for.
import { createRequire } from 'node:module';

/** A function that gives `specifier` as `owner` would require it, loading it on the first call only. */
export function loadFrom(owner, specifier) {
  let loaded;
  return () => (loaded ??= createRequire(createRequire(import.meta.url).resolve(owner))(specifier));
}
