// The preview server: the watcher's warm renderer behind a node:http server bound to 127.0.0.1 only.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { previewMessages as says } from '../diagnostics/catalogue/preview.js';
import { say } from '../diagnostics/say.js';
import { watchLeaflets, type LeafletWatcher, type WatchOptions } from '../watch/watch-leaflets.js';
import { PreviewState } from './preview-state.js';
import { routes } from './routes.js';

export interface PreviewOptions extends WatchOptions {
  /** 0 picks a free port. */
  port: number;
  /** Called with the watcher before its first round, to listen to its events. */
  attach?: (watcher: LeafletWatcher) => void;
}

export interface Preview {
  url: string;
  port: number;
  state: PreviewState;
  watcher: LeafletWatcher;
  /** Stops watching and serving, ending open event streams. */
  close(): Promise<void>;
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** Starts the watcher and the server; resolves once the first round of builds is over and the server listens. */
export async function startPreview(options: PreviewOptions): Promise<Preview> {
  // The phone edition too, for the page's switch, unless the command line said --no-phone: its PDF on each
  // save, its image when it is downloaded (see phone-image.ts). A leaflet whose PDFs are up to date is taken
  // from the build cache, its title with it.
  const watcher = watchLeaflets({ ...options, print: { phone: true, ...options.print, phoneImage: false } });
  const state = new PreviewState(options);
  state.follow(watcher);
  options.attach?.(watcher);
  let port = options.port;
  const lang = options.lang ?? 'zh-CN';
  const handle = routes(state, () => port, lang);
  const server = createServer((req, res) => {
    handle(req, res).catch((cause: unknown) => {
      // The page only sees the status; the terminal that runs the preview says why.
      const detail = cause instanceof Error ? (cause.stack ?? cause.message) : String(cause);
      process.stderr.write(`${say(says.requestFailed, { request: `${req.method} ${req.url}`, cause: detail })[lang]}\n`);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  const close = async () => {
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
    await watcher.close();
  };
  try {
    port = await listen(server, options.port);
    await watcher.ready;
    await state.applied();
  } catch (cause) {
    await watcher.close();
    throw cause;
  }
  return { url: `http://127.0.0.1:${port}/`, port, state, watcher, close };
}
