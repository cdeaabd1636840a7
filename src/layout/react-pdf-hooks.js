// Module resolution hook: react-pdf gets leaflet's copies of its text layout (textkit/) and page layout (page-layout/).
const copies = {
  '@react-pdf/textkit': new URL('./textkit/textkit.js', import.meta.url).href,
  '@react-pdf/layout': new URL('./page-layout/page-layout.js', import.meta.url).href,
};
/** Where each copied package is installed, by the copy's URL. */
const installed = {};

/**
 * The hook, for both of Node's ways to register one (module-hooks.ts): `next` answers at once in this thread, or
 * with a promise on the hooks' own thread (Node 20), and so does this.
 */
export function resolve(specifier, context, next) {
  // A copy's imports of packages are resolved from where the package it copies is installed; its own files from beside it.
  const from = !specifier.startsWith('.') && installed[context.parentURL];
  const resolving = from ? { ...context, parentURL: from } : context;
  const copy = copies[specifier];
  if (!copy || context.parentURL === copy) return next(specifier, resolving);
  const toCopy = { url: copy, shortCircuit: true };
  if (installed[copy]) return toCopy;
  const keep = (found) => {
    installed[copy] = found.url;
    return toCopy;
  };
  const found = next(specifier, resolving);
  return found instanceof Promise ? found.then(keep) : keep(found);
}
