// QR codes: the one encoding that every QR code is drawn with, and the check that an address fits in one.
import QRCode from 'qrcode';
import type { VFile } from 'vfile';
import { sourceMessages as m } from '../diagnostics/catalogue/source.js';
import { error, type Point } from '../diagnostics/messages.js';
import { say, type Said } from '../diagnostics/say.js';

/** The module matrix of an address's QR code, at error correction level M (15% of the code can be lost). */
export function qrModules(url: string) {
  return QRCode.create(url, { errorCorrectionLevel: 'M' }).modules;
}

/**
 * Records a `qr-too-long` error when an address does not fit in a QR code (about 2,300 characters at level M),
 * so that `check` finds it and the renderer never meets it. True when it fits.
 */
export function checkQrFits(file: VFile, url: string, what: string | Said, place?: Point): boolean {
  try {
    qrModules(url);
    return true;
  } catch {
    error(file, 'qr-too-long', say(m.qrTooLong, { what, length: url.length.toLocaleString('en') }), { place, hint: say(m.qrTooLongHint) });
    return false;
  }
}
