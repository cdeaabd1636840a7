import { PDFArray, PDFDocument, PDFName, PDFRawStream, decodePDFRawStream, type PDFObject } from '@cantoo/pdf-lib';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inkedContent } from '../../src/print/press-inks.js';
import { build, fixtures } from '../helpers/build.js';

/** Every colour a PDF's pages set, with the operator that sets it, read from the file's content streams. */
async function coloursSet(bytes: Uint8Array): Promise<{ spaces: string[]; colours: string[] }> {
  const doc = await PDFDocument.load(bytes);
  const text = (stream: PDFObject | undefined) => (stream instanceof PDFRawStream ? [Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1')] : []);
  // The pages' own contents, and the forms that a layout on sheets places the rendered pages in.
  const pages = doc.getPages().flatMap((page) => {
    const contents = page.node.Contents();
    return contents instanceof PDFArray ? contents.asArray().flatMap((ref) => text(doc.context.lookup(ref))) : text(contents);
  });
  const forms = doc.context.enumerateIndirectObjects().flatMap(([, object]) => (object instanceof PDFRawStream && object.dict.get(PDFName.of('Subtype')) === PDFName.of('Form') ? text(object) : []));
  const lines = [...pages, ...forms].flatMap((content) => content.split('\n'));
  return {
    spaces: [...new Set(lines.filter((line) => / (cs|CS)$/.test(line)))],
    colours: lines.filter((line) => /^[\d. ]+ (scn|SCN|rg|RG|k|K|g|G)$/.test(line)),
  };
}

const sample = path.join(fixtures, 'samples', 'stem-cells-and-scleroderma.md');
const inksOf = (line: string) => line.split(' ').slice(0, -1).map(Number);

describe('a press PDF in inks', () => {
  it('sets every colour in CMYK, its text in black ink alone', async () => {
    const office = await coloursSet((await build(sample)).bytes!);
    expect(office.spaces).toContain('/DeviceRGB cs');
    const press = await coloursSet((await build(sample, { print: { press: true } })).bytes!);
    expect(press.spaces.sort()).toEqual(['/DeviceCMYK CS', '/DeviceCMYK cs']);
    expect(press.colours.every((line) => inksOf(line).length === 4), press.colours.join('\n')).toBe(true);
    // The most used fill is the body text's: solid black, no other ink.
    const fills = press.colours.filter((line) => line.endsWith(' scn'));
    const counts = new Map<string, number>();
    for (const line of fills) counts.set(line, (counts.get(line) ?? 0) + 1);
    expect([...counts].sort((a, b) => b[1] - a[1])[0]![0]).toBe('0 0 0 1 scn');
    // The brand's purple in cyan and magenta, no grey part to dull it; the QR code's black and the page's white in black ink alone.
    const [c, m, y, k] = inksOf(fills.find((line) => line !== '0 0 0 1 scn' && inksOf(line)[1]! > 0.5)!);
    expect([c! > 0.5, m! > 0.8, y! < 0.1, k! < 0.2]).toEqual([true, true, true, true]);
    expect(fills.filter((line) => inksOf(line).slice(0, 3).some(Boolean) && inksOf(line).slice(0, 3).every((part) => part === inksOf(line)[0]))).toEqual([]);
  });

  it('prints a grayscale press PDF in black ink alone', async () => {
    const gray = await coloursSet((await build(sample, { print: { press: true, grayscale: true } })).bytes!);
    // The crop marks alone are in every ink, as registration marks are.
    expect(gray.colours.filter((line) => line !== '1 1 1 1 K' && inksOf(line).slice(0, 3).some(Boolean))).toEqual([]);
    expect(gray.colours).toContain('1 1 1 1 K');
    // Its text is solid black too, as in colour.
    const counts = new Map<string, number>();
    for (const line of gray.colours.filter((line) => line.endsWith(' scn'))) counts.set(line, (counts.get(line) ?? 0) + 1);
    expect([...counts].sort((a, b) => b[1] - a[1])[0]![0]).toBe('0 0 0 1 scn');
  });
});

describe('the inks of a content stream', () => {
  it('changes only whole lines that set an RGB colour, and leaves text that looks like one', () => {
    const content = ['/DeviceRGB cs', '0.5 0.25 1 scn', '1 0 0 RG', 'BT', '<0012> Tj', '[<0 1 0 scn>] TJ', '0.2 0.2 0.2 rg 1 0 0 1 0 0 cm', 'ET'].join('\n');
    const inks = { '#8040ff': [0.6, 0.7, 0, 0], '#ff0000': [0, 1, 1, 0], '#333333': [0, 0, 0, 0.8] } as const;
    expect(inkedContent(content, inks as never).split('\n')).toEqual(['/DeviceCMYK cs', '0.6 0.7 0 0 scn', '0 1 1 0 K', 'BT', '<0012> Tj', '[<0 1 0 scn>] TJ', '0.2 0.2 0.2 rg 1 0 0 1 0 0 cm', 'ET']);
  });
});
