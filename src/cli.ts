#!/usr/bin/env node
// Command line: the process around main (src/cli/main.ts), its output streams and its exit code. The only place that ends the process.
import { main } from './cli/main.js';

// A reader that stops early (`leaflet build | head -1`) ends the output, not the run: the rest is dropped quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (cause: NodeJS.ErrnoException) => {
    if (cause.code !== 'EPIPE' && cause.code !== 'ERR_STREAM_DESTROYED') throw cause;
  });
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
