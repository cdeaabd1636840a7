// Module resolution hook: react-pdf's layout gets leaflet's copy of its text layout (textkit.js beside this file).
const copy = new URL('./textkit.js', import.meta.url).href;
/** Where the installed @react-pdf/textkit is: the copy's own imports are resolved from there. */
let installed;

export async function resolve(specifier, context, next) {
  if (specifier === '@react-pdf/textkit' && context.parentURL !== copy) {
    installed ??= (await next(specifier, context)).url;
    return { url: copy, shortCircuit: true };
  }
  if (context.parentURL === copy && installed) return next(specifier, { ...context, parentURL: installed });
  return next(specifier, context);
}
