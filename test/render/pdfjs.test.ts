import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { loadPdfJs } from '../../src/render/pdfjs.js';

describe('pdf.js as leaflet loads it', () => {
  it('leaves Array.prototype.push and JSON.parse as V8 has them, and works', async () => {
    const { getDocument } = await loadPdfJs();
    // Each built-in told apart from core-js's copy by a corner case where they differ in Node 20 (V8 has since
    // come to behave as core-js does): push() on an array whose length cannot change, and the source text that
    // a reviver is handed. Each must behave as in a new context, whose built-ins no module has touched.
    const corners = String.raw`[
      (() => { try { Object.defineProperty([], 'length', { writable: false }).push(); return 'pushed'; } catch { return 'threw'; } })(),
      JSON.parse('12', (key, value, context) => context?.source),
    ]`;
    expect((0, eval)(corners)).toEqual(runInNewContext(corners));
    // pdf.js still reads a PDF, its worker included.
    const pdf = '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 100]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';
    const doc = await getDocument({ data: new TextEncoder().encode(pdf), verbosity: 0 }).promise;
    expect(doc.numPages).toBe(1);
    expect((await doc.getPage(1)).view).toEqual([0, 0, 200, 100]);
    await doc.destroy();
  });
});
