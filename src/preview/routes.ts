// The preview server's routes: the page, the leaflet list, each leaflet's PDF by id, and live change events.
import { open, readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream';
import { previewMessages as says } from '../diagnostics/catalogue/preview.js';
import type { MessageLang } from '../diagnostics/say.js';
import { pageFiles } from './page-files.js';
import { pageHtml } from './page-html.js';
import { PhoneImages } from './phone-image.js';
import type { PreviewState } from './preview-state.js';
import { allowedHost, allowedOrigin, attachment, decodeId } from './request-safety.js';

const security = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Content-Security-Policy': "default-src 'self'; img-src 'self' data: blob:; font-src 'self' data: blob:; worker-src 'self' blob:; style-src 'self' 'unsafe-inline'",
};

/** A whole reply; for HEAD, Node sends the same headers and leaves the body out. */
function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { ...security, 'Content-Type': type, 'Cache-Control': 'no-store', 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

const text = (res: ServerResponse, status: number, body: string) => send(res, status, 'text/plain; charset=utf-8', `${body}\n`);

type Listener = (version: number) => void;

/** Server-sent events: the state's version now and after each change, so the page refetches. HEAD gets the headers only. */
function events(req: IncomingMessage, res: ServerResponse, state: PreviewState, clients: Set<Listener>): void {
  res.writeHead(200, { ...security, 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
  if (req.method === 'HEAD') return void res.end();
  const push = (version: number) => res.write(`data: ${version}\n\n`);
  push(state.snapshot().version);
  const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), 15_000);
  clients.add(push);
  req.on('close', () => {
    clearInterval(heartbeat);
    clients.delete(push);
  });
}

/** A file of a known leaflet (none: 404): inline, or as a download named `name`. */
async function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  found: { file: string } | undefined,
  type: string,
  name: string | undefined,
  notFound: string,
): Promise<void> {
  if (!found) return text(res, 404, notFound);
  // The length from the file that is sent: a rebuild replaces the PDF by renaming, never under an open file.
  const handle = await open(found.file).catch(() => undefined);
  if (!handle) return text(res, 404, notFound);
  const size = await handle.stat().then(
    (stats) => stats.size,
    async (cause: unknown) => {
      await handle.close();
      throw cause;
    },
  );
  res.writeHead(200, {
    ...security,
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'Content-Length': size,
    ...(name ? { 'Content-Disposition': attachment(name) } : {}),
  });
  if (req.method === 'HEAD') {
    await handle.close();
    return void res.end();
  }
  // Through pipeline, not pipe: a reader that hangs up, however near the end, also stops and closes the file, where
  // pipe left it open until garbage collection (and Node's warning about it).
  pipeline(handle.createReadStream(), res, () => undefined);
}

/** A request handler for a server listening on `port()` (known only once it listens); the page and replies in `lang`. */
export function routes(state: PreviewState, port: () => number, lang: MessageLang) {
  const files = pageFiles();
  const images = new PhoneImages();
  const say = (entry: Record<MessageLang, string>) => entry[lang];
  // One listener on the state for all event streams, however many pages are open.
  const clients = new Set<Listener>();
  state.on('change', (version) => {
    for (const push of clients) push(version);
  });
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (!allowedHost(req.headers.host, port())) return text(res, 403, say(says.wrongHost));
    if (!allowedOrigin(req.headers.origin, port())) return text(res, 403, say(says.wrongOrigin));
    if (req.method !== 'GET' && req.method !== 'HEAD') return text(res, 405, say(says.wrongMethod));
    const url = new URL(req.url ?? '/', 'http://localhost');
    // The raw path, not URL's normalised one: `/pdf/../x` must not turn into `/x`.
    const raw = (req.url ?? '/').split('?')[0]!;
    const page = files.get(raw);
    if (raw === '/' && page) return send(res, 200, page.type, await pageHtml(page.file, lang));
    if (page) return send(res, 200, page.type, await readFile(page.file));
    if (raw === '/api/leaflets') return send(res, 200, 'application/json; charset=utf-8', JSON.stringify(state.snapshot()));
    if (raw === '/events') return events(req, res, state, clients);
    const match = /^\/(pdf|image)\/([^/]+)$/.exec(raw);
    const id = match ? decodeId(match[2]!) : undefined;
    if (match?.[1] === 'image') {
      // The phone edition's long image, always as a download: the file that is sent in WeChat.
      const found = id === undefined ? undefined : state.imageOf(id);
      if (found) await images.fresh(found.pdf, found.file);
      return sendFile(req, res, found, 'image/png', found && `${path.basename(found.leaflet.id)}-phone.png`, say(says.notFound));
    }
    if (match) {
      const phone = url.searchParams.has('phone');
      const found = id === undefined ? undefined : state.pdfOf(id, phone);
      const name = found && url.searchParams.has('download') ? `${path.basename(found.leaflet.id)}${phone ? '-phone' : ''}.pdf` : undefined;
      return sendFile(req, res, found, 'application/pdf', name, say(says.notFound));
    }
    text(res, 404, say(says.notFound));
  };
}
