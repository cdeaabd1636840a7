// pdf.js, for reading back the PDFs leaflet draws: loaded once, with the built-ins that it replaces put back.
type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loaded: Promise<PdfJs> | undefined;

/**
 * pdf.js and its worker, which runs in this thread under Node. The legacy build (the one for Node 20) carries
 * core-js, and loading it replaces two working built-ins for the whole process with slower JavaScript:
 * `Array.prototype.push`, over a corner case of V8's, and `JSON.parse`. That makes every render after it about
 * 14% slower: a build with the phone edition, the preview after its first image, the tests. pdf.js needs
 * neither replacement, so both are put back once pdf.js and its worker are loaded.
 */
export function loadPdfJs(): Promise<PdfJs> {
  loaded ??= (async () => {
    const push = Object.getOwnPropertyDescriptor(Array.prototype, 'push')!;
    const parse = Object.getOwnPropertyDescriptor(JSON, 'parse')!;
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    // Loaded here, not when the first document opens, so that its own copy of core-js runs before the built-ins
    // are put back. It sets `globalThis.pdfjsWorker`, where pdf.js finds it.
    await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    Object.defineProperty(Array.prototype, 'push', push);
    Object.defineProperty(JSON, 'parse', parse);
    return pdfjs;
  })();
  return loaded;
}
