import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument, PDFName, PDFRawStream } from '@cantoo/pdf-lib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { inkedPicture } from '../../src/print/press-pictures.js';
import { build, fixtures } from '../helpers/build.js';

/** The colour space of every image a PDF holds (its transparency masks aside). */
async function imageSpaces(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes);
  return doc.context
    .enumerateIndirectObjects()
    .flatMap(([, object]) => (object instanceof PDFRawStream && object.dict.get(PDFName.of('Subtype')) === PDFName.of('Image') ? [String(object.dict.get(PDFName.of('ColorSpace')))] : []))
    .filter((space) => space !== '/DeviceGray');
}

const raster = (data: Buffer, format: 'png' | 'jpg') => ({ kind: 'raster' as const, data, format, pixelWidth: 4, pixelHeight: 2 });

describe('pictures for press', () => {
  it('are printed in CMYK: each photo and opaque picture of a leaflet', async () => {
    const images = path.join(fixtures, 'article', 'images.md');
    expect(await imageSpaces((await build(images)).bytes!)).toContain('/DeviceRGB');
    const press = await imageSpaces((await build(images, { print: { press: true } })).bytes!);
    expect(press.length).toBeGreaterThanOrEqual(4);
    expect(press.every((space) => space === '/DeviceCMYK'), press.join(' ')).toBe(true);
    // In greys, every picture is grey: black ink alone.
    const gray = await build(images, { print: { press: true, grayscale: true } });
    expect(gray.file.messages.filter((m) => m.fatal)).toEqual([]);
    expect(await imageSpaces(gray.bytes!)).toEqual([]);
  });

  it('keep their colours and orientation, and a picture with transparent parts stays as it is', async () => {
    const purple = await sharp({ create: { width: 4, height: 2, channels: 3, background: '#5B2A86' } }).png().toBuffer();
    const inked = await inkedPicture(raster(purple, 'png'), false);
    expect(inked.kind === 'raster' && inked.format).toBe('jpg');
    const meta = await sharp((inked as { data: Buffer }).data).metadata();
    expect([meta.space, meta.channels, meta.width, meta.height]).toEqual(['cmyk', 4, 4, 2]);
    // Back in RGB, the same purple within what the profile’s gamut and a JPEG’s compression move it.
    const back = [...(await sharp((inked as { data: Buffer }).data).toColourspace('srgb').raw().toBuffer()).subarray(0, 3)];
    expect(back.every((v, i) => Math.abs(v - [0x5b, 0x2a, 0x86][i]!) <= 16), String(back)).toBe(true);
    const rotated = await sharp(await readFile(path.join(fixtures, 'article', 'images', 'bars.jpg'))).withMetadata({ orientation: 6 }).jpeg().toBuffer();
    expect((await sharp((await inkedPicture(raster(rotated, 'jpg'), false) as { data: Buffer }).data).metadata()).orientation).toBe(6);
    const clear = await sharp({ create: { width: 4, height: 2, channels: 4, background: { r: 91, g: 42, b: 134, alpha: 0.5 } } }).png().toBuffer();
    expect(await inkedPicture(raster(clear, 'png'), false)).toEqual(raster(clear, 'png'));
  });
});
