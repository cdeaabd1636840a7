// The phone edition's long image in the preview: drawn from its PDF when it is downloaded, not on every save.
import { readFile, stat } from 'node:fs/promises';
import { writeAtomic } from '../pipeline/write-atomic.js';

/**
 * Makes `png` the image of the phone edition's PDF `pdf`, drawing it again when it is missing or older than
 * the PDF. The preview builds the phone PDF only, which takes a tenth of the time of the image: a save shows
 * on the page about a second sooner, and the image is drawn once, when it is asked for.
 */
export async function freshPhoneImage(pdf: string, png: string): Promise<void> {
  const [image, page] = await Promise.all([stat(png).catch(() => undefined), stat(pdf)]);
  if (image && image.mtimeMs >= page.mtimeMs) return;
  const { rasterPhone } = await import('../print/phone-raster.js');
  await writeAtomic(png, await rasterPhone(await readFile(pdf)));
}
