// Size limits on input: a file past them is refused before it is parsed, so that no input can exhaust the memory.
import { sourceMessages } from '../diagnostics/catalogue/source.js';
import { say, type Said } from '../diagnostics/say.js';

/** What a file may hold: bytes, and for a leaflet, lines of text. */
export interface SizeLimit {
  /** What the file is, for the message: 'a leaflet', 'the brand file'. */
  what: Said;
  bytes: number;
  /** Lines that hold text; blank lines are not counted. */
  lines?: number;
  hint: Said;
}

const KB = 1024;
const MB = 1024 * KB;

/**
 * A leaflet: the leaflets in use are 3–9 KB and 20–50 lines. 2 MB is several hundred dense pages. The Markdown
 * parser's time and memory grow with the number of blocks rather than the bytes (a megabyte of one-line list
 * items takes it a minute and gigabytes), and the blocks cannot be counted before parsing; the lines can, and
 * every block starts on a line of its own. 5,000 lines of text is a hundred times the longest leaflet, a book
 * of 100 to 300 pages, and parses in a few seconds at most.
 */
export const leafletLimit: SizeLimit = {
  what: say(sourceMessages.aLeaflet),
  bytes: 2 * MB,
  lines: 5_000,
  hint: say(sourceMessages.leafletLimitHint),
};

/** The brand file: 6 KB with every text in two languages; 256 KB leaves room for many partners. */
export const brandLimit: SizeLimit = { what: say(sourceMessages.theBrandFile), bytes: 256 * KB, hint: say(sourceMessages.brandLimitHint) };

/** A pack manifest: a few hundred bytes; 64 KB lists a thousand leaflets. */
export const manifestLimit: SizeLimit = { what: say(sourceMessages.aPackManifest), bytes: 64 * KB, hint: say(sourceMessages.manifestLimitHint) };

/**
 * SVG pictures: charts and diagrams have hundreds of elements, nested a few levels. The renderer draws an SVG
 * by recursion, one level at a time, and fails past about 1,000 levels; 50,000 elements take it seconds and
 * hundreds of megabytes.
 */
export const svgLimit = { bytes: 10 * MB, depth: 100, elements: 50_000 };

/** `2 MB`, `256 KB`, `19.3 MB`: a size as a message says it, rounded up, so that a size past a limit never reads as the limit. */
export function formatBytes(bytes: number): string {
  const [unit, name] = bytes >= MB ? [MB, 'MB'] : [KB, 'KB'];
  return `${Math.ceil((bytes / unit) * 10) / 10} ${name}`;
}
