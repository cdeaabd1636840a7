// For press: every colour the renderer drew in RGB set in the four process inks, black text and greys in black ink alone.
import { decodePDFRawStream, PDFName, PDFRawStream, type PDFDocument, type PDFRef } from '@cantoo/pdf-lib';
import { greyInk, percent, rgbParts, type Ink, type Inks } from './inks.js';

/**
 * The inks of the RGB colours (`#rrggbb`) that the brand does not name. Black and greys, and colours within
 * 3 % of a grey, take black ink alone, so that small type and the QR code print sharp on any press. Other
 * colours are converted with the CMYK profile that libvips (sharp) carries, as a photo would be.
 */
async function inksOf(colours: string[]): Promise<Inks> {
  const { default: sharp } = await import('sharp');
  const inks = await Promise.all(
    colours.map(async (colour): Promise<Ink> => {
      const rgb = rgbParts(colour);
      if (Math.max(...rgb) - Math.min(...rgb) <= 0.03) return greyInk(colour);
      const pixel = await sharp({ create: { width: 1, height: 1, channels: 3, background: colour } }).toColourspace('cmyk').raw().toBuffer();
      return [...pixel].map((part) => percent(part / 255)) as Ink;
    }),
  );
  return Object.fromEntries(colours.map((colour, i) => [colour, inks[i]!]));
}

const hex = (rgb: number[]) => `#${rgb.map((part) => Math.round(part * 255).toString(16).padStart(2, '0')).join('')}`;
const number = String.raw`(-?\d*\.?\d+)`;
/** pdfkit writes one operator to a line: `/DeviceRGB cs`, and then `r g b scn` (`SCN` to stroke). */
const rgbSpace = /^\/DeviceRGB (cs|CS)$/;
const rgbColour = new RegExp(`^${number} ${number} ${number} (scn|SCN|rg|RG)$`);
const cmykOperator: Record<string, string> = { scn: 'scn', SCN: 'SCN', rg: 'k', RG: 'K' };

/** The colour a line sets, `#rrggbb`, and its operator, when it sets an RGB colour. */
function colourOf(line: string): { colour: string; operator: string } | undefined {
  const parts = rgbColour.exec(line);
  return parts ? { colour: hex(parts.slice(1, 4).map(Number)), operator: parts[4]! } : undefined;
}

/** A content stream's text with its RGB colours in inks (every one of them in `inks`); the rest of each line as it was. */
export function inkedContent(content: string, inks: Inks): string {
  const lines = content.split('\n').map((line) => {
    if (rgbSpace.test(line)) return line.replace('/DeviceRGB', '/DeviceCMYK');
    const set = colourOf(line);
    return set ? `${inks[set.colour]!.join(' ')} ${cmykOperator[set.operator]}` : line;
  });
  return lines.join('\n');
}

/**
 * Sets the colours of every page drawn on the document's sheets in inks. The imposition makes each rendered
 * page a form (when it is flushed, here): its content is read, changed and written again, compressed as before.
 */
export async function inkForPress(doc: PDFDocument, named: Inks): Promise<void> {
  await doc.flush();
  const forms = doc.context
    .enumerateIndirectObjects()
    .filter((entry): entry is [PDFRef, PDFRawStream] => entry[1] instanceof PDFRawStream && entry[1].dict.get(PDFName.of('Subtype')) === PDFName.of('Form'))
    .map(([ref, stream]) => ({ ref, stream, content: Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1') }));
  const colours = new Set(forms.flatMap(({ content }) => content.split('\n').flatMap((line) => colourOf(line)?.colour ?? [])));
  const inks = { ...(await inksOf([...colours].filter((colour) => !named[colour]))), ...named };
  for (const { ref, stream, content } of forms) {
    const inked = inkedContent(content, inks);
    if (inked === content) continue;
    const dict = new Map(stream.dict.entries());
    dict.delete(PDFName.of('Filter'));
    dict.delete(PDFName.of('Length'));
    doc.context.assign(ref, doc.context.flateStream(Buffer.from(inked, 'latin1'), Object.fromEntries([...dict].map(([key, value]) => [key.decodeText(), value]))));
  }
}
