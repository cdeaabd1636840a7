// URL policy shared by links and QR codes: only http(s), mailto and tel are ever put into a PDF.
import { sourceMessages as m } from '../diagnostics/catalogue/source.js';
import { say, type Said, listed } from '../diagnostics/say.js';

export const allowedSchemes = ['http:', 'https:', 'mailto:', 'tel:'] as const;

export type UrlCheck = { ok: true; url: string } | { ok: false; reason: Said; relative?: boolean };

export function checkUrl(raw: string, schemes: readonly string[] = allowedSchemes): UrlCheck {
  const value = raw.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1];
  if (!scheme) return { ok: false, relative: true, reason: say(m.notFullUrl, { value }) };
  if (!schemes.includes(`${scheme.toLowerCase()}:`)) {
    return { ok: false, reason: say(m.urlScheme, { scheme, schemes: listed(schemes.map((s) => s.replace(':', ''))) }) };
  }
  try {
    new URL(value);
    return { ok: true, url: value };
  } catch {
    return { ok: false, reason: say(m.invalidUrl, { value }) };
  }
}

/** A website as written in a contact entry (`www.example.org`) as an address to link to. */
export function websiteUrl(site: string): string {
  return /^https?:\/\//i.test(site) ? site : `https://${site}`;
}

/** The host of a website, as written with or without its scheme. */
export function hostOf(site: string): string {
  return printableUrl(site).replace(/\/.*$/, '');
}

/** The text a reader would type: no scheme (`https://`, `mailto:`, `tel:`) and no bare trailing slash. */
export function printableUrl(url: string): string {
  return url.replace(/^(mailto:|tel:|https?:\/\/)/i, '').replace(/^([^/]+)\/$/, '$1');
}
