// `leaflet new`: a new leaflet from a template in the brand's language, never over an existing file.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DateTime } from 'luxon';
import { scaffoldMessages as says } from '../diagnostics/catalogue/scaffold.js';
import { say, type Said } from '../diagnostics/say.js';
import { withoutMarkers } from '../model/template-text.js';
import type { Lang, TemplateName } from '../source/leaflet-schema.js';

/** A reason `leaflet new` did not write the file: `message` in English, `texts` in every language. */
export class NewLeafletError extends Error {
  constructor(readonly texts: Said) {
    super(texts.en);
  }
}

const fallbacks: Record<Lang, Lang[]> = { 'zh-CN': ['zh-CN', 'en'], 'zh-TW': ['zh-CN', 'en'], en: ['en', 'zh-CN'] };

async function template(dir: string, kind: TemplateName, lang: Lang): Promise<string> {
  for (const candidate of fallbacks[lang]) {
    const text = await readFile(path.join(dir, `${kind}.${candidate}.md`), 'utf8').catch(() => undefined);
    if (text !== undefined) return text;
  }
  throw new NewLeafletError(say(says.noTemplate, { kind, dir }));
}

/** Today, and an event on the first Saturday at least two weeks ahead, 14:00–17:00. */
function placeholders(now: Date): Record<string, string> {
  const today = DateTime.fromJSDate(now);
  let day = today.plus({ days: 14 }).startOf('day');
  while (day.weekday !== 6) day = day.plus({ days: 1 });
  return {
    today: today.toISODate()!,
    starts: day.set({ hour: 14 }).toFormat("yyyy-LL-dd'T'HH:mm"),
    ends: day.set({ hour: 17 }).toFormat("yyyy-LL-dd'T'HH:mm"),
  };
}

export interface NewLeafletOptions {
  /** The folder the leaflet goes into. */
  dir: string;
  /** The folder of the templates (`<kind>.<lang>.md`). */
  templates: string;
  lang: Lang;
  now?: Date;
}

/** Writes `<dir>/<name>.md` and returns its path. Refuses names with folders in them, and existing files. */
export async function newLeaflet(kind: TemplateName, name: string, options: NewLeafletOptions): Promise<string> {
  const base = name.replace(/\.md$/i, '');
  if (!base || base.startsWith('.') || /[\\/:*?"<>|\0]/.test(base)) {
    throw new NewLeafletError(say(says.badName, { name }));
  }
  // `{{today}}` and the like are filled in; `{{replace: …}}` leaves its text, which the check warns of until it is replaced.
  const filled = (await template(options.templates, kind, options.lang)).replace(/\{\{(\w+)\}\}/g, (_, key: string) => placeholders(options.now ?? new Date())[key] ?? '');
  const text = withoutMarkers(filled);
  const target = path.join(options.dir, `${base}.md`);
  await mkdir(options.dir, { recursive: true });
  try {
    await writeFile(target, text, { flag: 'wx' });
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'EEXIST') throw new NewLeafletError(say(says.exists, { target }));
    throw cause;
  }
  return target;
}
