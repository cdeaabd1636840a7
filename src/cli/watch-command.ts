// `leaflet watch`: prints each rebuilt leaflet and a summary per round until interrupted (Ctrl-C).
import { statusLine, summaryLine } from './report.js';
import { formatFile } from '../diagnostics/format.js';
import { watchLeaflets, type LeafletWatcher, type WatchOptions } from '../watch/watch-leaflets.js';

function print(lines: string[], stream: NodeJS.WritableStream): void {
  if (lines.length > 0) stream.write(`${lines.join('\n')}\n`);
}

/** Prints a watcher's messages, status lines and round summaries, as `leaflet watch` and `leaflet preview` do. */
export function reportWatcher(watcher: LeafletWatcher): void {
  watcher.on('brand', (file) => print(formatFile(file), process.stderr));
  watcher.on('build', (result) => {
    print(formatFile(result.file), process.stderr);
    process.stdout.write(`${statusLine(result)}\n`);
  });
  watcher.on('round', ({ results, elapsedMs }) => {
    process.stdout.write(`${summaryLine(results, elapsedMs)}\nwatching for changes (Ctrl-C to stop)\n`);
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

export async function watchCommand(options: WatchOptions): Promise<number> {
  const watcher = watchLeaflets(options);
  reportWatcher(watcher);
  await watcher.ready;
  await untilInterrupted();
  await watcher.close();
  return 0;
}
