// `leaflet watch`: prints each rebuilt leaflet and a summary per round until interrupted (Ctrl-C).
import { statusLine, summaryLine } from './report.js';
import { cliMessages } from '../diagnostics/catalogue/cli.js';
import { formatFile } from '../diagnostics/format.js';
import type { MessageLang } from '../diagnostics/say.js';
import { watchLeaflets, type LeafletWatcher, type WatchOptions } from '../watch/watch-leaflets.js';

function print(lines: string[], stream: NodeJS.WritableStream): void {
  if (lines.length > 0) stream.write(`${lines.join('\n')}\n`);
}

/** Prints a watcher's messages, status lines and round summaries, as `leaflet watch` and `leaflet preview` do. */
export function reportWatcher(watcher: LeafletWatcher, lang: MessageLang): void {
  watcher.on('brand', (file) => print(formatFile(file, undefined, { lang }), process.stderr));
  watcher.on('build', (result) => {
    print(formatFile(result.file, undefined, { lang }), process.stderr);
    process.stdout.write(`${statusLine(result, false, lang)}\n`);
  });
  watcher.on('round', ({ results, elapsedMs }) => {
    process.stdout.write(`${summaryLine(results, elapsedMs, lang)}\n${cliMessages.watching[lang]}\n`);
  });
  watcher.on('error', (cause) => process.stderr.write(`leaflet: ${cause instanceof Error ? (cause.stack ?? cause.message) : String(cause)}\n`));
}

/** Settles on Ctrl-C or a termination signal. */
export function untilInterrupted(): Promise<void> {
  return new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
}

export async function watchCommand(options: WatchOptions, lang: MessageLang): Promise<number> {
  const watcher = watchLeaflets(options);
  reportWatcher(watcher, lang);
  await watcher.ready;
  await untilInterrupted();
  await watcher.close();
  return 0;
}
