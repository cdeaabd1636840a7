// URL policy shared by links and QR codes: only http(s), mailto and tel are ever put into a PDF.
export const allowedSchemes = ['http:', 'https:', 'mailto:', 'tel:'] as const;

export type UrlCheck = { ok: true; url: string } | { ok: false; reason: string; relative?: boolean };

export function checkUrl(raw: string, schemes: readonly string[] = allowedSchemes): UrlCheck {
  const value = raw.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1];
  if (!scheme) return { ok: false, relative: true, reason: `'${value}' is not a full address; write it with http:// or https://` };
  if (!schemes.includes(`${scheme.toLowerCase()}:`)) {
    return { ok: false, reason: `the address scheme '${scheme}:' is not allowed; use ${schemes.map((s) => s.replace(':', '')).join(', ')}` };
  }
  try {
    new URL(value);
    return { ok: true, url: value };
  } catch {
    return { ok: false, reason: `'${value}' is not a valid address` };
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
