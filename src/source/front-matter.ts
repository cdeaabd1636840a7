// Front-matter stage: split the YAML header with gray-matter (script engines off), parse it with positions.
import matter from 'gray-matter';
import type { VFile } from 'vfile';
import { error } from '../diagnostics/messages.js';
import { parseYaml, type YamlSource } from './yaml-source.js';

export interface RawFrontMatter {
  data: Record<string, unknown>;
  source?: YamlSource;
  /** True when the file has a front-matter block at all. */
  present: boolean;
  /** False when the block could not be read; its errors are already on the file. */
  ok: boolean;
}

class RefusedEngine extends Error {}

function refuse(language: string) {
  return () => {
    throw new RefusedEngine(language);
  };
}

function refused(file: VFile, language: string, column: number): RawFrontMatter {
  const reason = /^ya?ml$/i.test(language)
    ? `the settings start with a line of just three dashes (---), without '${language}'`
    : `front matter in '${language}' is not allowed; only YAML is read`;
  error(file, 'front-matter-language', reason, {
    place: { line: 1, column },
    hint: 'start the file with a line of just three dashes (---) and write the settings as YAML',
  });
  return { data: {}, present: true, ok: false };
}

/**
 * Reads the front matter. Only a bare `---` fence opens it: `---js`, `---json` or any other language is
 * refused before anything is parsed. gray-matter only splits the text: its YAML engine is replaced by one
 * that hands the raw text back, and its script and JSON engines throw, so nothing in a leaflet is evaluated.
 */
export function readFrontMatter(file: VFile): RawFrontMatter {
  const text = String(file.value);
  const fence = /^---([^\n]*)\n/.exec(text);
  // `----…` is a horizontal rule, not a fence.
  if (!fence || fence[1]!.startsWith('-')) return { data: {}, present: false, ok: true };
  const language = fence[1]!.trim();
  if (language) return refused(file, language, 4 + fence[1]!.length - fence[1]!.trimStart().length);
  if (!/^---[^\n]*\n(?:[\s\S]*?\n)?---[ \t]*(?:\n|$)/.test(text)) {
    error(file, 'yaml-syntax', 'the front matter is not closed', {
      place: { line: 1, column: 1 },
      hint: 'end the settings block with a line of three dashes (---) before the text of the leaflet',
    });
    return { data: {}, present: true, ok: false };
  }
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
  if (raw === undefined) return { data: {}, present: true, ok: true };
  // gray-matter hands back the text after the opening fence, starting with its newline: line 1 is the fence.
  const parsed = parseYaml(file, raw, 1);
  if (!parsed) return { data: {}, present: true, ok: false };
  const { data, source } = parsed;
  if (data === null || data === undefined) return { data: {}, source, present: true, ok: true };
  if (typeof data !== 'object' || Array.isArray(data)) {
    error(file, 'front-matter-invalid', 'the front matter must be a list of `key: value` settings', {
      place: { line: 2, column: 1 },
    });
    return { data: {}, source, present: true, ok: false };
  }
  return { data: data as Record<string, unknown>, source, present: true, ok: true };
}
