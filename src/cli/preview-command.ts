// `leaflet preview`: serves the live preview page, prints its address and reports each round until interrupted.
import { reportWatcher, untilInterrupted } from './watch-command.js';
import { cliMessages } from '../diagnostics/catalogue/cli.js';
import { say, type MessageLang } from '../diagnostics/say.js';
import { startPreview, type PreviewOptions } from '../preview/preview-server.js';

export async function previewCommand(options: PreviewOptions, lang: MessageLang): Promise<number> {
  let preview;
  try {
    preview = await startPreview({ ...options, attach: (watcher) => reportWatcher(watcher, lang) });
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw cause;
    process.stderr.write(`${say(cliMessages.portInUse, { port: options.port })[lang]}\n`);
    return 1;
  }
  process.stdout.write(`${say(cliMessages.previewAt, { url: preview.url })[lang]}\n`);
  await untilInterrupted();
  await preview.close();
  return 0;
}
