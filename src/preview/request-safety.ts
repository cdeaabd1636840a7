// Request checks for the preview server: only a local Host and Origin (against DNS rebinding and other sites), ids never paths.

/** The Host header must name this machine by loopback name or address, with the server's port. */
export function allowedHost(host: string | undefined, port: number): boolean {
  if (!host) return false;
  return [`localhost:${port}`, `127.0.0.1:${port}`].includes(host.toLowerCase());
}

/**
 * A request that says where it comes from (`Origin`) must come from the preview's own page: another site
 * open in the same browser must not read the leaflets or their events. A request without one (a page
 * opened from the address bar, a same-origin GET) is fine.
 */
export function allowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return [`http://localhost:${port}`, `http://127.0.0.1:${port}`].includes(origin.toLowerCase());
}

/**
 * The leaflet id in `/pdf/<id>`, decoded; undefined when the encoding is broken. The id is only ever
 * looked up in the map of leaflets, never joined to a path, so `..` finds nothing.
 */
export function decodeId(encoded: string): string | undefined {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return undefined;
  }
}

/** A file name for the Content-Disposition header, ASCII-safe with the UTF-8 form beside it (RFC 6266). */
export function attachment(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
