import { createRequire } from 'node:module';
import { brotliCompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import decompress from '../../../src/layout/lazy/brotli-decompress.js';
import { cbc, ecb } from '../../../src/layout/lazy/noble-aes.js';

const require = createRequire(import.meta.url);

describe("the bundle's stand-ins, which load the module they stand for on first use", () => {
  it('decode Brotli as fontkit needs for WOFF2 fonts', () => {
    const text = Buffer.from('紫贝壳 Scleroderma '.repeat(50));
    expect(Buffer.from(decompress(brotliCompressSync(text))).equals(text)).toBe(true);
  });

  it("encrypt as pdfkit's AES ciphers do", () => {
    const noble = require(require.resolve('@noble/ciphers/aes', { paths: [require.resolve('pdfkit')] })) as typeof import('@noble/ciphers/aes');
    const key = new Uint8Array(32).fill(7);
    const iv = new Uint8Array(16).fill(3);
    const data = new Uint8Array(64).fill(42);
    expect(cbc(key, iv).encrypt(data)).toEqual(noble.cbc(key, iv).encrypt(data));
    expect(ecb(key).encrypt(data)).toEqual(noble.ecb(key).encrypt(data));
  });
});
