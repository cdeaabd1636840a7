// The preview server's routes: the page, the leaflet list, each leaflet's PDF by id, and live change events.
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { pageFiles } from './page-files.js';
import type { PreviewState } from './preview-state.js';
import { allowedHost, attachment, decodeId } from './request-safety.js';

const security = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Content-Security-Policy': "default-src 'self'; img-src 'self' data: blob:; font-src 'self' data: blob:; worker-src 'self' blob:; style-src 'self' 'unsafe-inline'",
};

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { ...security, 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

const text = (res: ServerResponse, status: number, body: string) => send(res, status, 'text/plain; charset=utf-8', `${body}\n`);

/** Server-sent events: the state's version now and after each change, so the page refetches. */
function events(req: IncomingMessage, res: ServerResponse, state: PreviewState): void {
  res.writeHead(200, { ...security, 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
  const push = (version: number) => res.write(`data: ${version}\n\n`);
  push(state.snapshot().version);
  const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), 15_000);
  state.on('change', push);
  req.on('close', () => {
    clearInterval(heartbeat);
    state.off('change', push);
  });
}

function pdf(res: ServerResponse, state: PreviewState, encodedId: string, download: boolean): void {
  const id = decodeId(encodedId);
  const found = id === undefined ? undefined : state.pdfOf(id);
  if (!found) return text(res, 404, 'not found');
  res.writeHead(200, {
    ...security,
    'Content-Type': 'application/pdf',
    'Cache-Control': 'no-store',
    ...(download ? { 'Content-Disposition': attachment(`${path.basename(found.leaflet.id)}.pdf`) } : {}),
  });
  createReadStream(found.file).on('error', () => res.destroy()).pipe(res);
}

/** A request handler for a server listening on `port()` (known only once it listens). */
export function routes(state: PreviewState, port: () => number) {
  const files = pageFiles();
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (!allowedHost(req.headers.host, port())) return text(res, 403, 'forbidden: open the preview at localhost or 127.0.0.1');
    if (req.method !== 'GET' && req.method !== 'HEAD') return text(res, 405, 'method not allowed');
    const url = new URL(req.url ?? '/', 'http://localhost');
    // The raw path, not URL's normalised one: `/pdf/../x` must not turn into `/x`.
    const raw = (req.url ?? '/').split('?')[0]!;
    const page = files.get(raw);
    if (page) return send(res, 200, page.type, await readFile(page.file));
    if (raw === '/api/leaflets') return send(res, 200, 'application/json; charset=utf-8', JSON.stringify(state.snapshot()));
    if (raw === '/events') return events(req, res, state);
    const match = /^\/pdf\/([^/]+)$/.exec(raw);
    if (match) return pdf(res, state, match[1]!, url.searchParams.has('download'));
    text(res, 404, 'not found');
  };
}
