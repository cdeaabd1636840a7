// The pack's zip: the single leaflet PDFs and a README that lists them, with fixed timestamps (fflate).
import { zipSync, type Zippable } from 'fflate';

export interface ZipEntry {
  name: string;
  bytes: Uint8Array;
}

/**
 * Zip stores local times. fflate reads a Date's local fields, so the build date's UTC fields are given as local
 * ones: the stamp is the same in every time zone, and the same input builds the same bytes.
 */
function zipTime(date: Date): Date {
  const year = Math.max(1980, date.getUTCFullYear());
  return new Date(year, date.getUTCMonth(), date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds());
}

/**
 * Entries made on Unix (3), as ordinary files (-rw-r--r--). fflate marks Chinese names as UTF-8, but says by
 * default that they were made on MS-DOS, and Info-ZIP's `unzip` then reads them in a DOS code page: garbled.
 */
const madeOnUnix = { os: 3, attrs: 0o100644 << 16 };

export function zipFiles(entries: ZipEntry[], date: Date): Uint8Array {
  const mtime = zipTime(date);
  const files: Zippable = {};
  // PDFs are compressed already: stored, they open at once, and the zip is built quicker.
  for (const entry of entries) files[entry.name] = [entry.bytes, { mtime, level: entry.name.endsWith('.pdf') ? 0 : 9, ...madeOnUnix }];
  return zipSync(files);
}
