// pdf.js's worker, loaded for its side effect alone (it sets `globalThis.pdfjsWorker`): it has no types of its own.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs';
