import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { unembeddedFonts } from '../../src/print/press-checks.js';
import { build, fixtures } from '../helpers/build.js';

describe('unembeddedFonts', () => {
  it('names a font that is only referred to, as a print shop would find it', async () => {
    const doc = await PDFDocument.create({ updateMetadata: false });
    const page = doc.addPage();
    page.drawText('Hello', { font: await doc.embedFont(StandardFonts.Helvetica) });
    const saved = await PDFDocument.load(await doc.save(), { updateMetadata: false });
    expect(unembeddedFonts(saved)).toEqual(['Helvetica']);
  });

  it('finds none in a leaflet, whose fonts are all embedded', async () => {
    const built = await build(path.join(fixtures, 'samples', 'stem-cells-and-scleroderma.md'));
    expect(unembeddedFonts(await PDFDocument.load(built.bytes!, { updateMetadata: false }))).toEqual([]);
  });
});
