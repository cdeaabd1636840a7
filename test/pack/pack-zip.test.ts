// The pack's zip: Chinese file names that every unzip reads, files that open as ordinary ones, and fixed times.
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipFiles } from '../../src/pack/pack-zip.js';

/** The central directory entries of a zip: who made each (its system), its flags and its Unix mode. */
function centralEntries(zip: Uint8Array) {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const out: { system: number; utf8: boolean; mode: number; name: string }[] = [];
  for (let at = 0; at + 46 <= zip.length; at += 1) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(at + 28, true);
    out.push({
      system: zip[at + 5]!,
      utf8: (view.getUint16(at + 8, true) & 0x800) !== 0,
      mode: view.getUint32(at + 38, true) >>> 16,
      name: new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength)),
    });
  }
  return out;
}

describe('zipFiles', () => {
  it('says its Chinese names are UTF-8, made on Unix as ordinary files, so that Info-ZIP unzip reads them as written', () => {
    const zip = zipFiles([{ name: '雷诺现象.pdf', bytes: new Uint8Array([37, 80, 68, 70]) }, { name: 'README.txt', bytes: new Uint8Array([65]) }], new Date('2026-03-01T08:00:00Z'));
    expect(centralEntries(zip)).toEqual([
      { system: 3, utf8: true, mode: 0o100644, name: '雷诺现象.pdf' },
      { system: 3, utf8: false, mode: 0o100644, name: 'README.txt' },
    ]);
    expect(Object.keys(unzipSync(zip))).toEqual(['雷诺现象.pdf', 'README.txt']);
  });
});
