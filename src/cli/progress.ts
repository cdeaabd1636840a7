// Batch progress: a bar with counts and the current file on a terminal, one plain line per leaflet elsewhere.
import { MultiBar, Presets, type SingleBar } from 'cli-progress';

export interface Progress {
  /** The batch's inputs are known, in the order their results will come. */
  start(inputs: string[]): void;
  /** One leaflet is done: its messages (may be empty) and its status line. */
  done(messages: string[], status: string): void;
  /** Clears the bar, before the summary line. */
  stop(): void;
}

export interface Streams {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

/** Messages to stderr, one status line per leaflet to stdout: for logs, pipes and CI. */
function plainProgress({ stdout, stderr }: Streams): Progress {
  return {
    start() {},
    done(messages, status) {
      if (messages.length > 0) stderr.write(`${messages.join('\n')}\n`);
      stdout.write(`${status}\n`);
    },
    stop() {},
  };
}

/** A bar on the terminal, with messages printed above it as they come. */
function barProgress({ stdout }: Streams): Progress {
  const bars = new MultiBar(
    { stream: stdout, format: '{bar} {value}/{total} {file}', hideCursor: true, clearOnComplete: true, autopadding: true },
    Presets.shades_classic,
  );
  let bar: SingleBar | undefined;
  let inputs: string[] = [];
  let count = 0;
  return {
    start(all) {
      inputs = all;
      bar = bars.create(all.length, 0, { file: all[0] ?? '' });
    },
    done(messages) {
      for (const line of messages) bars.log(`${line}\n`);
      count += 1;
      bar?.update(count, { file: inputs[count] ?? '' });
    },
    stop() {
      bars.update();
      bars.stop();
    },
  };
}

/** The bar when both streams are a terminal and nothing asks for plain output (CI, TERM=dumb). */
export function createProgress(streams: Streams, env = process.env): Progress {
  const terminal = streams.stdout.isTTY === true && streams.stderr.isTTY === true;
  return terminal && !env.CI && env.TERM !== 'dumb' ? barProgress(streams) : plainProgress(streams);
}
