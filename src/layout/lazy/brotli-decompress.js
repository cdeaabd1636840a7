// fontkit's Brotli decoder, for WOFF2 fonts only, loaded when one is first read: in the bundle (src/bundle.js) in place of `brotli/decompress.js`, whose dictionary takes 20 ms to unpack at every start.
import { createRequire } from 'node:module';

let decoder;

export default function decompress(...args) {
  // Found from fontkit, whose dependency it is.
  decoder ??= createRequire(createRequire(import.meta.url).resolve('fontkit'))('brotli/decompress.js');
  return decoder(...args);
}
