// Checks a print shop relies on: every font embedded in the file, and every image sharp enough (300 dpi).
import { readFile } from 'node:fs/promises';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFStream } from '@cantoo/pdf-lib';
import type { VFile } from 'vfile';
import { printMessages as says } from '../diagnostics/catalogue/print.js';
import { warn } from '../diagnostics/messages.js';
import { messageLanguages, say, type Said } from '../diagnostics/say.js';

export const minDpi = 300;

const name = (key: string) => PDFName.of(key);

function isEmbedded(font: PDFDict): boolean {
  const subtype = font.lookupMaybe(name('Subtype'), PDFName);
  // A Type 3 font draws its glyphs with the file's own content streams.
  if (subtype === name('Type3')) return true;
  const described = subtype === name('Type0') ? font.lookupMaybe(name('DescendantFonts'), PDFArray)?.lookup(0, PDFDict) : font;
  const descriptor = described?.lookupMaybe(name('FontDescriptor'), PDFDict);
  return ['FontFile', 'FontFile2', 'FontFile3'].some((key) => descriptor?.has(name(key)) ?? false);
}

/** The fonts whose program is not in the file, on any page or in any form drawn on it. */
export function unembeddedFonts(doc: PDFDocument): string[] {
  const missing = new Set<string>();
  const seen = new Set<PDFDict>();
  const visit = (resources: PDFDict | undefined) => {
    if (!resources || seen.has(resources)) return;
    seen.add(resources);
    for (const [, ref] of resources.lookupMaybe(name('Font'), PDFDict)?.entries() ?? []) {
      const font = doc.context.lookup(ref, PDFDict);
      if (!isEmbedded(font)) missing.add(font.lookupMaybe(name('BaseFont'), PDFName)?.decodeText() ?? 'unnamed font');
    }
    for (const [, ref] of resources.lookupMaybe(name('XObject'), PDFDict)?.entries() ?? []) {
      const object = doc.context.lookup(ref);
      if (object instanceof PDFStream && object.dict.get(name('Subtype')) === name('Form')) {
        visit(object.dict.lookupMaybe(name('Resources'), PDFDict));
      }
    }
  };
  for (const page of doc.getPages()) visit(page.node.Resources());
  return [...missing].sort();
}

/** An image as the page places it: fitted, whole, into a box of this size (object-fit: contain). */
export interface PlacedImage {
  path: string;
  /** What the image is, for the message: "the brand logo", in every language. */
  label: Said;
  box: { width: number; height: number };
}

/** The effective resolution of a placed PNG or JPEG, in pixels per inch. */
async function imageDpi(image: PlacedImage): Promise<number> {
  const bytes = await readFile(image.path);
  const scratch = await PDFDocument.create({ updateMetadata: false });
  const { width, height } = /\.png$/i.test(image.path) ? await scratch.embedPng(bytes) : await scratch.embedJpg(bytes);
  const pointsPerPixel = Math.min(image.box.width / width, image.box.height / height);
  return 72 / pointsPerPixel;
}

/** Warns about each image below `minDpi` at its printed size. */
export async function checkImages(file: VFile, images: PlacedImage[]): Promise<void> {
  for (const image of images) {
    const dpi = Math.round(await imageDpi(image));
    if (dpi >= minDpi) continue;
    const factor = Math.ceil((minDpi / dpi) * 10) / 10;
    // The label is a text in each language, filled into that language's message.
    const reason = Object.fromEntries(messageLanguages.map((lang) => [lang, say(says.pressLowResolution, { label: image.label[lang], dpi, min: minDpi })[lang]])) as Said;
    warn(file, 'low-resolution', reason, {
      place: { line: 1, column: 1 },
      hint: say(says.pressLowResolutionHint, { factor, path: image.path }),
    });
  }
}
