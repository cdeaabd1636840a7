import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Brand } from '../../src/brand/brand-schema.js';
import { loadBrand } from '../../src/brand/load-brand.js';
import { mm } from '../../src/layout/page-formats.js';
import { outputName, phonePaths, resolvePrint } from '../../src/print/print-settings.js';
import { brandFile, root, tempDir } from '../helpers/build.js';

let brand: Brand;
beforeAll(async () => {
  brand = (await loadBrand(brandFile, root)).brand!;
});

describe('print settings', () => {
  it('default to office pages: no bleed, no marks, colour', () => {
    expect(resolvePrint({}, brand)).toEqual({ layout: 'pages', format: undefined, press: false, bleed: 0, marks: false, inks: {}, grayscale: false, largePrint: false, phone: false, phoneImage: true });
  });

  it('take the brand defaults, and the command line over them', () => {
    const pressBrand = { ...brand, press: true, grayscale: true };
    expect(resolvePrint({}, pressBrand)).toMatchObject({ press: true, bleed: 3 * mm, marks: true, grayscale: true });
    // For press, type in black ink alone: the text solid, the muted grey (#6B6573) as dark as it is.
    // The shipped brand names its purples' inks; the muted grey is a 78 % tint, which a press prints as dark as the grey looks.
    expect(resolvePrint({ grayscale: false }, pressBrand).inks).toEqual({
      '#5b2a86': [0.78, 0.95, 0, 0.04],
      '#a05cc8': [0.5, 0.76, 0, 0],
      '#1f1d24': [0, 0, 0, 1],
      '#6b6573': [0, 0, 0, 0.78],
      '#f4eef8': [0.02, 0.06, 0, 0],
    });
    // In greys, the same for the greys the text is drawn in.
    expect(resolvePrint({}, pressBrand).inks).toEqual({ '#1e1e1e': [0, 0, 0, 1], '#676767': [0, 0, 0, 0.78] });
    const named = { ...pressBrand, grayscale: false, press_colors: { primary: [70, 100, 0, 0] as [number, number, number, number], text: [0, 0, 0, 90] as [number, number, number, number] } };
    expect(resolvePrint({}, named).inks).toMatchObject({ '#5b2a86': [0.7, 1, 0, 0], '#1f1d24': [0, 0, 0, 0.9] });
    expect(resolvePrint({ press: false, grayscale: false }, pressBrand)).toMatchObject({ press: false, bleed: 0, marks: false, grayscale: false });
  });

  it('read press and grayscale from the brand file', async () => {
    const dir = await tempDir();
    const text = (await readFile(brandFile, 'utf8')).replace('press: false', 'press: true').replace('grayscale: false', 'grayscale: true');
    await writeFile(path.join(dir, 'brand.yaml'), text);
    const loaded = await loadBrand(path.join(dir, 'brand.yaml'), dir);
    expect(loaded.file.messages.map(String)).toEqual([]);
    expect(outputName('x', resolvePrint({}, loaded.brand!))).toBe('x-grayscale-press.pdf');
  });

  it('take the phone edition from the brand file, and --phone / --no-phone over it', async () => {
    expect(resolvePrint({}, { ...brand, phone: true }).phone).toBe(true);
    expect(resolvePrint({ phone: false }, { ...brand, phone: true }).phone).toBe(false);
    expect(resolvePrint({ phone: true }, brand).phone).toBe(true);
    const dir = await tempDir();
    await writeFile(path.join(dir, 'brand.yaml'), (await readFile(brandFile, 'utf8')).replace('phone: false', 'phone: true'));
    const loaded = await loadBrand(path.join(dir, 'brand.yaml'), dir);
    expect(resolvePrint({}, loaded.brand!).phone).toBe(true);
  });

  it('name the phone edition after the leaflet, with large print and grayscale only', () => {
    const settings = resolvePrint({ phone: true, press: true, layout: 'booklet' }, brand);
    expect(phonePaths('x', 'out', settings)).toEqual({ pdf: path.join('out', 'x-phone.pdf'), png: path.join('out', 'x-phone.png') });
    expect(phonePaths('x', 'out', resolvePrint({ phone: true, largePrint: true, grayscale: true }, brand)).png).toBe(path.join('out', 'x-large-print-grayscale-phone.png'));
  });

  it('ask for press when a bleed is given or the marks are turned off', () => {
    expect(resolvePrint({ bleedMm: 5 }, brand)).toMatchObject({ press: true, bleed: 5 * mm, marks: true });
    expect(resolvePrint({ marks: false }, brand)).toMatchObject({ press: true, bleed: 3 * mm, marks: false });
  });

  it('give every variant its own file name', () => {
    const name = (request: Parameters<typeof resolvePrint>[0]) => outputName('x', resolvePrint(request, brand));
    expect(name({})).toBe('x.pdf');
    expect(name({ press: true })).toBe('x-press.pdf');
    expect(name({ layout: 'booklet' })).toBe('x-booklet.pdf');
    expect(name({ layout: 'trifold', press: true })).toBe('x-trifold-press.pdf');
    expect(name({ largePrint: true, grayscale: true })).toBe('x-large-print-grayscale.pdf');
  });
});
