// The phone edition's long image: the long page drawn by pdf.js on @napi-rs/canvas, then a small PNG by sharp.
import type { PDFPageProxy } from 'pdfjs-dist/types/src/display/api.js';
import { loadPdfJs } from '../render/pdfjs.js';

/** The image is as wide as a phone's screen in pixels. */
export const phonePixels = 1080;

/** Drawn in strips this many pixels tall, so that a long page never needs one huge canvas. */
const strip = 4096;

/**
 * The pixels of the page's rows from `top`, `rows` of them, at `scale`, on white. The canvas library loads
 * only here: a build without the phone edition never opens it.
 */
async function drawStrip(page: PDFPageProxy, scale: number, top: number, rows: number): Promise<Uint8ClampedArray> {
  const { createCanvas } = await import('@napi-rs/canvas');
  const viewport = page.getViewport({ scale });
  const canvas = createCanvas(phonePixels, rows);
  const context = canvas.getContext('2d');
  context.fillStyle = '#FFFFFF';
  context.fillRect(0, 0, phonePixels, rows);
  await page.render({ canvas: canvas as never, canvasContext: context as never, viewport, transform: [1, 0, 0, 1, 0, -top] }).promise;
  return context.getImageData(0, 0, phonePixels, rows).data;
}

/**
 * The first page of `pdf` as a PNG `phonePixels` wide, its height the page's at that scale (rounded). The same
 * PDF always gives the same bytes: fixed settings, no metadata, no time stamp. A palette of 256 colours without
 * dithering keeps the text's edges smooth and the file small.
 */
export async function rasterPhone(pdf: Uint8Array): Promise<Buffer> {
  const { getDocument } = await loadPdfJs();
  const sharp = (await import('sharp')).default;
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0, isEvalSupported: false, disableFontFace: true }).promise;
  try {
    const page = await doc.getPage(1);
    const scale = phonePixels / page.getViewport({ scale: 1 }).width;
    const height = Math.round(page.getViewport({ scale }).height);
    const pixels = Buffer.alloc(phonePixels * height * 4);
    for (let top = 0; top < height; top += strip) {
      const rows = Math.min(strip, height - top);
      pixels.set(await drawStrip(page, scale, top, rows), top * phonePixels * 4);
    }
    return await sharp(pixels, { raw: { width: phonePixels, height, channels: 4 } })
      .removeAlpha()
      .png({ palette: true, colours: 256, dither: 0, effort: 10, compressionLevel: 9, adaptiveFiltering: false })
      .toBuffer();
  } finally {
    await doc.destroy();
  }
}
