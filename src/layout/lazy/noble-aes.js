// pdfkit's AES ciphers, for encrypted PDFs only, loaded when one is first written: in the bundle (src/bundle.js) in place of `@noble/ciphers/aes`, which builds its tables (15 ms) at every start.
import { loadFrom } from '../../source/lazy/load-from.js';

const load = loadFrom('pdfkit', '@noble/ciphers/aes');

export const cbc = (...args) => load().cbc(...args);
export const ecb = (...args) => load().ecb(...args);
