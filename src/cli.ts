#!/usr/bin/env node
// Command line: the process around main (src/cli/main.ts), its output streams and its exit code. The only place that ends the process.
import module from 'node:module';

/**
 * Node 22.1 and newer keep the code V8 compiles from leaflet's modules on disk (in the system's temporary folder,
 * where Node puts it) and read it back at the next start, rather than compile the same code again: about 20 ms
 * off a check and 30 ms off a build, on Node 24. Node checks each entry against the module's text and its own
 * version. Node 20 has no such cache; NODE_DISABLE_COMPILE_CACHE=1 turns it off. Called before main is loaded, so
 * that main's modules are read through it; the render workers inherit it.
 */
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

const { main } = await import('./cli/main.js');

// A reader that stops early (`leaflet build | head -1`) ends the output, not the run: the rest is dropped quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (cause: NodeJS.ErrnoException) => {
    if (cause.code !== 'EPIPE' && cause.code !== 'ERR_STREAM_DESTROYED') throw cause;
  });
}

process.exitCode = await main(process.argv.slice(2));
