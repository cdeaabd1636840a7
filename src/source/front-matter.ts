// Front-matter stage: split the YAML header with gray-matter (script engines off), parse it with positions.
import matter from 'gray-matter';
import type { VFile } from 'vfile';
import { sourceMessages as m } from '../diagnostics/catalogue/source.js';
import { error } from '../diagnostics/messages.js';
import { say } from '../diagnostics/say.js';
import { FrontMatter } from './leaflet-schema.js';
import { parseYaml, type YamlSource } from './yaml-source.js';

export interface RawFrontMatter {
  data: Record<string, unknown>;
  source?: YamlSource;
  /** True when the file has a front-matter block at all. */
  present: boolean;
  /** False when the block could not be read; its errors are already on the file. */
  ok: boolean;
  /** Where the text after the block starts, when the block is closed. */
  end?: number;
}

class RefusedEngine extends Error {}

function refuse(language: string) {
  return () => {
    throw new RefusedEngine(language);
  };
}

function refused(file: VFile, language: string, column: number): RawFrontMatter {
  const reason = /^ya?ml$/i.test(language) ? say(m.fenceNamesYaml, { language }) : say(m.fenceLanguage, { language });
  error(file, 'front-matter-language', reason, { place: { line: 1, column }, hint: say(m.fenceHint) });
  return { data: {}, present: true, ok: false };
}

/** A line of dashes: three ASCII hyphens, or what a Chinese keyboard types for them (———, －－－). */
const dashLine = /^[-\u2010-\u2015\u2212\u2500\u2501\u30fc\ufe58\ufe63\uff0d]{2,}[ \t]*$/;
const fence = /^---[ \t]*$/;
/** The first setting of a block: a key at the start of the line, then a colon of either width. */
const setting = /^[\p{L}_][\p{L}\p{N}_-]*[ \t\u3000]*[:：]/u;

/**
 * The lines that open and close the front matter when one of them is written with other dashes: reported
 * (one message when both are), and replaced by `---` so that the settings are read as meant.
 */
function fenceSlips(file: VFile, lines: string[]): string[] {
  const opening = lines[0]!;
  const openSlip = !opening.startsWith('---') && dashLine.test(opening) && setting.test(lines.slice(1).find((line) => line.trim() !== '') ?? '');
  if (!fence.test(opening) && !openSlip) return lines;
  const closing = lines.findIndex((line, i) => i > 0 && dashLine.test(line));
  // Other dashes close the block only after lines that read as settings: else they are the text's own.
  const settingsBefore = lines.slice(1, closing).every((line) => line.trim() === '' || /^[\s#-]/.test(line) || setting.test(line));
  const closeSlip = closing > 0 && !fence.test(lines[closing]!) && settingsBefore;
  const hint = say(m.fenceSlipHint);
  if (openSlip && closeSlip && lines[closing]!.trim() === opening.trim()) {
    error(file, 'fence-slip', say(m.fenceBoth, { fence: opening.trim(), closing: closing + 1 }), { place: { line: 1, column: 1 }, hint });
  } else {
    if (openSlip) error(file, 'fence-slip', say(m.fenceOpen, { fence: opening.trim() }), { place: { line: 1, column: 1 }, hint });
    if (closeSlip) error(file, 'fence-slip', say(m.fenceClose, { fence: lines[closing]!.trim() }), { place: { line: closing + 1, column: 1 }, hint });
  }
  return lines.map((line, i) => ((i === 0 && openSlip) || (i === closing && closeSlip) ? '---' : line));
}

/**
 * Reads the front matter. Only a bare `---` fence opens it: `---js`, `---json` or any other language is
 * refused before anything is parsed. gray-matter only splits the text: its YAML engine is replaced by one
 * that hands the raw text back, and its script and JSON engines throw, so nothing in a leaflet is evaluated.
 * A fence typed with other dashes (———) is reported and read as `---`.
 */
export function readFrontMatter(file: VFile): RawFrontMatter {
  const written = String(file.value).split('\n');
  const lines = fenceSlips(file, written);
  const text = lines.join('\n');
  const opening = /^---([^\n]*)\n/.exec(text);
  // `----…` is a horizontal rule, not a fence.
  if (!opening || opening[1]!.startsWith('-')) return { data: {}, present: false, ok: true };
  const language = opening[1]!.trim();
  if (language) return refused(file, language, 4 + opening[1]!.length - opening[1]!.trimStart().length);
  const closing = lines.findIndex((line, i) => i > 0 && fence.test(line));
  if (closing === -1) {
    error(file, 'yaml-syntax', say(m.notClosed), { place: { line: 1, column: 1 }, hint: say(m.notClosedHint) });
    return { data: {}, present: true, ok: false };
  }
  // The text after the block starts after its closing line, in the file as written.
  const end = Math.min(written.slice(0, closing + 1).join('\n').length + 1, String(file.value).length);
  let raw: string | undefined;
  try {
    matter(text, {
      language: 'yaml',
      engines: {
        yaml: (body: string) => {
          raw = body;
          return {};
        },
        js: refuse('js'),
        javascript: refuse('javascript'),
        json: refuse('json'),
      },
    });
  } catch (cause) {
    if (!(cause instanceof RefusedEngine)) throw cause;
    return refused(file, cause.message, 4);
  }
  if (raw === undefined) return { data: {}, present: true, ok: true, end };
  // gray-matter hands back the text after the opening fence, starting with its newline: line 1 is the fence.
  const parsed = parseYaml(file, raw, 1, { unquote: true, schema: FrontMatter });
  if (!parsed) return { data: {}, present: true, ok: false, end };
  const { data, source } = parsed;
  if (data === null || data === undefined) return { data: {}, source, present: true, ok: true, end };
  if (typeof data !== 'object' || Array.isArray(data)) {
    error(file, 'front-matter-invalid', say(m.notSettings), { place: { line: 2, column: 1 } });
    return { data: {}, source, present: true, ok: false, end };
  }
  return { data: data as Record<string, unknown>, source, present: true, ok: true, end };
}
