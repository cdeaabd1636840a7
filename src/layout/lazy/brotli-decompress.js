// fontkit's Brotli decoder, for WOFF2 fonts only, loaded when one is first read: in the bundle (src/bundle.js) in place of `brotli/decompress.js`, whose dictionary takes 20 ms to unpack at every start.
import { loadFrom } from '../../source/lazy/load-from.js';

const decoder = loadFrom('fontkit', 'brotli/decompress.js');

export default function decompress(...args) {
  return decoder()(...args);
}
