import { describe, expect, it } from 'vitest';
import { loadPdfJs } from '../../src/render/pdfjs.js';

describe('pdf.js as leaflet loads it', () => {
  it('leaves Array.prototype.push and JSON.parse as V8 has them, and works', async () => {
    const { getDocument } = await loadPdfJs();
    // Each built-in told apart from core-js's copy by what only the copy does: push() on an array whose length
    // cannot change throws there, and a reviver is handed the source text there.
    expect(() => Object.defineProperty([], 'length', { writable: false }).push()).not.toThrow();
    expect(JSON.parse('12', (_key, _value, context?: { source?: string }) => context?.source)).toBeUndefined();
    // pdf.js still reads a PDF, its worker included.
    const pdf = '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 100]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';
    const doc = await getDocument({ data: new TextEncoder().encode(pdf), verbosity: 0 }).promise;
    expect(doc.numPages).toBe(1);
    expect((await doc.getPage(1)).view).toEqual([0, 0, 200, 100]);
    await doc.destroy();
  });
});
