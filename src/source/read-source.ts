// Read stage: load a leaflet file as UTF-8 text, refusing binary or malformed input.
import { readFile } from 'node:fs/promises';
import { VFile } from 'vfile';
import { error } from '../diagnostics/messages.js';

/** Position (1-based line and column) of a byte offset in a buffer of text. */
function pointAtByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i += 1) {
    if (bytes[i] === 0x0a) {
      line += 1;
      lineStart = i + 1;
    }
  }
  const column = new TextDecoder().decode(bytes.subarray(lineStart, offset)).length + 1;
  return { line, column };
}

/** Index of the first byte of the first sequence that is not valid UTF-8. */
function firstInvalidByte(bytes: Uint8Array): number {
  // The shortest prefix that fails to decode ends with the byte where the decoder gave up…
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid + 1), { stream: true });
      low = mid + 1;
    } catch {
      high = mid;
    }
  }
  // …but the bad sequence starts at its lead byte, when that byte began a character still waiting for its end.
  for (let i = low - 1; i >= Math.max(0, low - 3); i -= 1) {
    const byte = bytes[i]!;
    if (byte < 0x80) break;
    if (byte >= 0xc0) return i + (byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2) > low ? i : low;
  }
  return low;
}

/** Checks raw bytes and returns a VFile holding the text, or a VFile with a `not-text` error. */
export function sourceFromBytes(filePath: string, bytes: Uint8Array): VFile {
  const file = new VFile({ path: filePath });
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    error(file, 'not-text', 'this file is binary, not a Markdown text file', {
      place: pointAtByte(bytes, nul),
      hint: 'save the leaflet as plain text (UTF-8) with the .md extension',
    });
    return file;
  }
  try {
    let text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    file.value = text.replace(/\r\n?/g, '\n');
  } catch {
    error(file, 'not-text', 'this file is not valid UTF-8 text', {
      place: pointAtByte(bytes, firstInvalidByte(bytes)),
      hint: 'save the file again with the UTF-8 encoding (for example, "UTF-8" in the editor’s Save As dialog)',
    });
  }
  return file;
}

export async function readSource(filePath: string): Promise<VFile> {
  try {
    return sourceFromBytes(filePath, await readFile(filePath));
  } catch (cause) {
    const file = new VFile({ path: filePath });
    error(file, 'read-error', `cannot read the file: ${(cause as Error).message}`);
    return file;
  }
}
