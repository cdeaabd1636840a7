// pdfkit's AES ciphers, for encrypted PDFs only, loaded when one is first written: in the bundle (src/bundle.js) in place of `@noble/ciphers/aes`, which builds its tables (15 ms) at every start.
import { createRequire } from 'node:module';

let ciphers;
// Found from pdfkit, whose dependency it is.
const load = () => (ciphers ??= createRequire(createRequire(import.meta.url).resolve('pdfkit'))('@noble/ciphers/aes'));

export const cbc = (...args) => load().cbc(...args);
export const ecb = (...args) => load().ecb(...args);
