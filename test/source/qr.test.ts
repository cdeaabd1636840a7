import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBrand, type LoadedBrand } from '../../src/brand/load-brand.js';
import { buildModel } from '../../src/model/build-model.js';
import { checkQrFits } from '../../src/source/qr.js';
import { qrPath } from '../../src/render/qr-code.js';
import { brandFile, fixtures, root, tempDir } from '../helpers/build.js';

const where = (file: VFile) => file.messages.map((m) => `${m.line}:${m.column} ${m.fatal ? 'error' : 'warning'} ${m.ruleId}: ${m.reason}`);
const address = (length: number) => `https://www.sscchina.org/${'a'.repeat(length - 25)}`;

let brand: LoadedBrand;
beforeAll(async () => {
  brand = await loadBrand(brandFile, root);
});

describe('an address for a QR code', () => {
  it('fits up to the capacity of the largest QR code at level M, and the renderer draws the longest that fits', () => {
    const fits = (length: number) => checkQrFits(new VFile(), address(length), 'QR code');
    let longest = 25;
    while (fits(longest + 100)) longest += 100;
    while (fits(longest + 1)) longest += 1;
    // 2,331 bytes in byte mode; the library may code part of an address in a denser mode.
    expect(longest).toBeGreaterThanOrEqual(2331);
    expect(qrPath(address(longest)).size).toBe(177 + 8);
    const file = new VFile();
    expect(checkQrFits(file, address(longest + 1), 'QR code', { line: 4, column: 8 })).toBe(false);
    expect(where(file)).toEqual([`4:8 error qr-too-long: QR code: the address is ${(longest + 1).toLocaleString('en')} characters long, too long for a QR code`]);
  });

  it('is checked in the model stage for a leaflet’s qr.url, at its place', () => {
    const file = new VFile({ path: 'x.md', value: `---\ntitle: 码\nqr:\n  url: ${address(5000)}\n---\n\n正文。\n` });
    expect(buildModel(file, brand, root)).toBeUndefined();
    expect(where(file)).toEqual(['4:8 error qr-too-long: QR code: the address is 5,000 characters long, too long for a QR code']);
  });

  it('is checked for an event flyer’s sign-up link, which is its QR code, but not for its online link', async () => {
    const meetup = await readFile(path.join(fixtures, 'events', 'meetup.md'), 'utf8');
    const long = meetup.replace(/register: \S+/, `register: ${address(5000)}\n  online: ${address(6000)}`);
    const file = new VFile({ path: 'x.md', value: long });
    expect(buildModel(file, brand, root)).toBeUndefined();
    expect(where(file)).toEqual(["12:13 error qr-too-long: 'event.register': the address is 5,000 characters long, too long for a QR code"]);
  });

  it('is checked for the brand’s qr.url, and the brand file is then refused', async () => {
    const dir = await tempDir();
    const text = (await readFile(brandFile, 'utf8')).replace(/^qr:\n {2}url: .*$/m, `qr:\n  url: ${address(3000)}`);
    expect(text).toContain(address(3000));
    await writeFile(path.join(dir, 'brand.yaml'), text);
    const loaded = await loadBrand(path.join(dir, 'brand.yaml'), root);
    expect(loaded.brand).toBeUndefined();
    const line = text.split('\n').findIndex((l) => l.includes(address(3000))) + 1;
    expect(where(loaded.file)).toEqual([`${line}:8 error qr-too-long: QR code: the address is 3,000 characters long, too long for a QR code`]);
  });
});
