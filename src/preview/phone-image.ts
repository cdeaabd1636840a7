// The phone edition's long image in the preview: drawn from its PDF when it is downloaded, not on every save.
import { readFile, stat } from 'node:fs/promises';
import { sha256 } from '../pipeline/file-hashes.js';
import { writeAtomic } from '../pipeline/write-atomic.js';

interface DrawnImage {
  /** The digest of the phone PDF the image was drawn from. */
  from: string;
  /** The image file's time once written: another time means someone else wrote it since. */
  mtimeMs: number;
}

/**
 * The preview builds the phone PDF only, which takes a tenth of the time of the image: a save shows on the
 * page about a second sooner, and each image is drawn once, when it is asked for. An image is sent only when
 * this preview drew it from the phone PDF as it is now (by its digest, not by file times: a save while the
 * image is being drawn leaves an image older in content than its time says), else it is drawn again.
 */
export class PhoneImages {
  private readonly drawn = new Map<string, DrawnImage>();
  private readonly drawing = new Map<string, Promise<void>>();

  /** Makes `png` the image of the phone edition's PDF `pdf` as it is now. */
  async fresh(pdf: string, png: string): Promise<void> {
    // One drawing of an image at a time; a request during one waits for it, then looks again.
    while (this.drawing.has(png)) await this.drawing.get(png)!.catch(() => undefined);
    const bytes = await readFile(pdf);
    const from = sha256(bytes);
    const known = this.drawn.get(png);
    const image = await stat(png).catch(() => undefined);
    if (known && image && known.from === from && known.mtimeMs === image.mtimeMs) return;
    const drawing = this.draw(bytes, from, png);
    this.drawing.set(png, drawing);
    try {
      await drawing;
    } finally {
      this.drawing.delete(png);
    }
  }

  private async draw(pdf: Uint8Array, from: string, png: string): Promise<void> {
    const { rasterPhone } = await import('../print/phone-raster.js');
    await writeAtomic(png, await rasterPhone(pdf));
    this.drawn.set(png, { from, mtimeMs: (await stat(png)).mtimeMs });
  }
}
