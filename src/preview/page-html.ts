// The preview page in one language: its HTML with the texts filled in, and the texts its script needs as JSON.
import { readFile } from 'node:fs/promises';
import { previewPageTexts } from '../diagnostics/catalogue/preview.js';
import type { MessageLang } from '../diagnostics/say.js';

export type PageTexts = Record<keyof typeof previewPageTexts, string>;

export function pageTexts(lang: MessageLang): PageTexts {
  return Object.fromEntries(Object.entries(previewPageTexts).map(([key, entry]) => [key, entry[lang]])) as PageTexts;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** `{{lang}}`, `{{texts}}` (JSON, safe inside a script element) and `{{<text>}}` filled in, in one pass. */
export async function pageHtml(file: string, lang: MessageLang): Promise<string> {
  const texts: Record<string, string> = pageTexts(lang);
  const json = JSON.stringify(texts).replace(/</g, '\\u003c');
  const template = await readFile(file, 'utf8');
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => {
    if (key === 'lang') return lang;
    if (key === 'texts') return json;
    return Object.hasOwn(texts, key) ? escapeHtml(texts[key]!) : whole;
  });
}
