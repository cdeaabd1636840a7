// `leaflet preview`: serves the live preview page, prints its address and reports each round until interrupted.
import { reportWatcher, untilInterrupted } from './watch-command.js';
import { startPreview, type PreviewOptions } from '../preview/preview-server.js';

export async function previewCommand(options: PreviewOptions): Promise<number> {
  let preview;
  try {
    preview = await startPreview({ ...options, attach: reportWatcher });
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw cause;
    process.stderr.write(`leaflet: port ${options.port} is in use; choose another with --port\n`);
    return 1;
  }
  process.stdout.write(`preview at ${preview.url} (open it in a browser; Ctrl-C to stop)\n`);
  await untilInterrupted();
  await preview.close();
  return 0;
}
