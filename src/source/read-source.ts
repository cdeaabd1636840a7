// Read stage: load a leaflet file as UTF-8 text, refusing binary or malformed input.
import { readFile } from 'node:fs/promises';
import { VFile } from 'vfile';
import { sourceMessages as m } from '../diagnostics/catalogue/source.js';
import { error, messageOf } from '../diagnostics/messages.js';
import { say } from '../diagnostics/say.js';
import { formatBytes, type SizeLimit } from './limits.js';
import { pointsOf } from './positions.js';

/** Position (1-based line and column) of a byte offset in a buffer of text. */
function pointAtByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  const before = new TextDecoder().decode(bytes.subarray(0, offset));
  const { line, column } = pointsOf(before)(before.length);
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

/** The start of the character that holds byte `offset`: a place never falls inside a UTF-8 sequence. */
function characterStart(bytes: Uint8Array, offset: number): number {
  let start = offset;
  while (start > 0 && (bytes[start]! & 0xc0) === 0x80) start -= 1;
  return start;
}

/** The line of the first line of text past `max` (blank lines are not counted), if there is one. */
function lineBeyond(text: string, max: number): number | undefined {
  let count = 0;
  let line = 0;
  for (let start = 0; start <= text.length; line += 1) {
    const end = text.indexOf('\n', start);
    const stop = end === -1 ? text.length : end;
    if (/\S/.test(text.slice(start, stop))) count += 1;
    if (count > max) return line + 1;
    start = stop + 1;
  }
  return undefined;
}

/** Records a `too-large` error when the file is past its limit of bytes; true when it is within it. */
function withinBytes(file: VFile, bytes: Uint8Array, limit: SizeLimit): boolean {
  if (bytes.length <= limit.bytes) return true;
  error(file, 'too-large', say(m.tooManyBytes, { size: formatBytes(bytes.length), what: limit.what, limit: formatBytes(limit.bytes) }), {
    place: pointAtByte(bytes, characterStart(bytes, limit.bytes)),
    hint: limit.hint,
  });
  return false;
}

/** Records a `too-large` error at the first line of text past the limit; true when there is none. */
function withinLines(file: VFile, text: string, limit: SizeLimit): boolean {
  const max = limit.lines;
  const line = max === undefined ? undefined : lineBeyond(text, max);
  if (max === undefined || line === undefined) return true;
  error(file, 'too-large', say(m.tooManyLines, { what: limit.what, max: max.toLocaleString('en'), line: (max + 1).toLocaleString('en') }), {
    place: { line, column: 1 },
    hint: limit.hint,
  });
  return false;
}

/**
 * Checks raw bytes and returns a VFile holding the text, or a VFile with a `not-text` error; with a `limit`, a
 * file past it gets a `too-large` error instead of its text, so that it is never parsed.
 */
export function sourceFromBytes(filePath: string, bytes: Uint8Array, limit?: SizeLimit): VFile {
  const file = new VFile({ path: filePath });
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    error(file, 'not-text', say(m.binary), {
      place: pointAtByte(bytes, nul),
      hint: say(m.binaryHint),
    });
    return file;
  }
  if (limit && !withinBytes(file, bytes, limit)) return file;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    error(file, 'not-text', say(m.notUtf8), {
      place: pointAtByte(bytes, firstInvalidByte(bytes)),
      hint: say(m.notUtf8Hint),
    });
    return file;
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = text.replace(/\r\n?/g, '\n');
  if (!limit || withinLines(file, text, limit)) file.value = text;
  return file;
}

export async function readSource(filePath: string, limit?: SizeLimit): Promise<VFile> {
  try {
    return sourceFromBytes(filePath, await readFile(filePath), limit);
  } catch (cause) {
    const file = new VFile({ path: filePath });
    error(file, 'read-error', say(m.readFailed, { error: messageOf(cause) }), { cause });
    return file;
  }
}
