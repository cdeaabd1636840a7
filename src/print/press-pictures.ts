// For press: a picture's pixels in the four process inks, as a CMYK JPEG (in greys, in black alone), unless it has transparency to keep.
import type { LoadedImage } from '../model/types.js';

/**
 * The picture as a print shop takes it: converted with the CMYK profile that libvips (sharp) carries, as the
 * colours the renderer draws are (press-inks.ts). A picture with transparent parts stays as it is: a CMYK JPEG
 * has no transparency, and the shop converts it with the rest of its RGB. Its orientation stays in the file.
 * For a build in greys, a picture is grey, which a press prints in black ink alone: transparency and all.
 */
export async function inkedPicture(image: LoadedImage, grayscale: boolean): Promise<LoadedImage> {
  if (image.kind !== 'raster') return image;
  const { default: sharp } = await import('sharp');
  const picture = sharp(image.data);
  if (grayscale) return { ...image, data: await picture.toColourspace('b-w').keepExif().png().toBuffer(), format: 'png' };
  if (!(await picture.stats()).isOpaque) return image;
  const data = await picture.toColourspace('cmyk').keepExif().jpeg({ quality: 95, chromaSubsampling: '4:4:4' }).toBuffer();
  return { ...image, data, format: 'jpg' };
}
