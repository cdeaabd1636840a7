// Messages in the users' languages: catalogue entries with {placeholders}, filled once and shown in the language chosen.

/** The languages that leaflet speaks to its users in. */
export const messageLanguages = ['zh-CN', 'en'] as const;
export type MessageLang = (typeof messageLanguages)[number];

/** One catalogue entry: the same message in every language, with `{name}` where a value goes. */
export type Entry = Record<MessageLang, string>;

/** A message with its values filled in, in every language; shown in one of them when it is reported. */
export type Said = Record<MessageLang, string>;

/** The values of placeholders: the same in every language, or (a said part) each language's own. */
type Values = Record<string, string | number | Said>;

const fill = (template: string, values: Values, lang: MessageLang) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.hasOwn(values, name)) return whole;
    const value = values[name]!;
    return typeof value === 'object' ? value[lang] : String(value);
  });

/** An entry with its values filled in, in every language. */
export function say(entry: Entry, values: Values = {}): Said {
  return { 'zh-CN': fill(entry['zh-CN'], values, 'zh-CN'), en: fill(entry.en, values, 'en') };
}

/** Two messages, or a message and a said part, joined: `say(a)` then `say(b)` as one. */
export function joined(parts: Said[], separator: Partial<Record<MessageLang, string>> = {}): Said {
  return {
    'zh-CN': parts.map((part) => part['zh-CN']).join(separator['zh-CN'] ?? ''),
    en: parts.map((part) => part.en).join(separator.en ?? ''),
  };
}

/** A list in each language's own way: `A4, A5, Letter` in English, `A4、A5、Letter` in Chinese. */
export const listed = (items: readonly (string | number)[]): Said => ({ 'zh-CN': items.join('、'), en: items.join(', ') });

/** The same text in every language: a value that is not translated (a file name, a library's message). */
export const verbatim = (text: string): Said => ({ 'zh-CN': text, en: text });

/** The placeholders of an entry's text, sorted: each language must have the same ones. */
export const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

/**
 * The language of messages: `--messages`, else `LEAFLET_MESSAGES`, else the brand's language (zh-TW leaflets'
 * staff read the Simplified messages; an English brand gets English ones), else Chinese.
 */
export function messageLanguage(flag: string | undefined, env: string | undefined, brandLang?: string): MessageLang {
  for (const choice of [flag, env]) {
    const found = messageLanguages.find((lang) => lang.toLowerCase() === choice?.trim().toLowerCase());
    if (found) return found;
  }
  return brandLang === 'en' ? 'en' : 'zh-CN';
}
