// Module resolution hook: react-pdf gets leaflet's copies of its text layout (textkit/) and page layout (page-layout/).
const copies = {
  '@react-pdf/textkit': new URL('./textkit/textkit.js', import.meta.url).href,
  '@react-pdf/layout': new URL('./page-layout/page-layout.js', import.meta.url).href,
};
/** Where each copied package is installed, by the copy's URL. */
const installed = {};

export async function resolve(specifier, context, next) {
  // A copy's imports of packages are resolved from where the package it copies is installed; its own files from beside it.
  const from = !specifier.startsWith('.') && installed[context.parentURL];
  const resolving = from ? { ...context, parentURL: from } : context;
  const copy = copies[specifier];
  if (copy && context.parentURL !== copy) {
    installed[copy] ??= (await next(specifier, resolving)).url;
    return { url: copy, shortCircuit: true };
  }
  return next(specifier, resolving);
}
