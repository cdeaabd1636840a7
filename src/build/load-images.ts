// Reads the images of a leaflet's figures: PNG and JPEG as they are, GIF and WebP converted, SVG as vectors.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseEntities } from 'parse-entities';
import { parseSync } from 'svgson';
import type { VFile } from 'vfile';
import { error, warn } from '../diagnostics/messages.js';
import type { Block, Figure, LoadedImage, SvgNode } from '../model/types.js';

const convertible = new Set(['gif', 'webp', 'tiff', 'heif', 'avif']);

/** The figures of a list of blocks, inside lists, quotes and boxes too. */
export function figuresOf(blocks: Block[]): Figure[] {
  return blocks.flatMap((block) => {
    if (block.type === 'figure') return [block];
    if (block.type === 'list') return block.items.flatMap(figuresOf);
    if (block.type === 'quote' || block.type === 'callout') return figuresOf(block.children);
    return [];
  });
}

/** The text that an SVG picture draws, from its text elements. */
export function svgText(node: SvgNode, inText = false): string {
  const drawn = inText || node.name === 'text';
  return (drawn ? (node.value ?? '') : '') + node.children.map((child) => svgText(child, drawn)).join('');
}

function decoded(node: SvgNode): SvgNode {
  return { ...node, value: node.value && parseEntities(node.value), children: node.children.map(decoded) };
}

/** Width and height of an SVG from its attributes or view box, in points. */
function svgSize(tree: SvgNode): { width: number; height: number } | undefined {
  const box = tree.attributes.viewBox?.split(/[\s,]+/).map(Number);
  const width = parseFloat(tree.attributes.width ?? '') || box?.[2];
  const height = parseFloat(tree.attributes.height ?? '') || box?.[3];
  return width && height ? { width, height } : undefined;
}

async function load(figure: Figure, file: VFile): Promise<LoadedImage | undefined> {
  const name = path.basename(figure.src);
  const place = figure.position?.start;
  const bytes = await readFile(figure.src);
  if (/\.svg$/i.test(figure.src)) {
    try {
      // svgson keeps character references (`&amp;`, `&#x4E2D;`) as written: the text is drawn decoded.
      const tree = decoded(parseSync(bytes.toString('utf8')) as SvgNode);
      const size = svgSize(tree);
      if (size) return { kind: 'svg', tree, ...size };
      error(file, 'image-format', `${name}: the SVG has no width, height or viewBox`, { place });
    } catch (cause) {
      error(file, 'image-format', `${name}: not a valid SVG file (${(cause as Error).message.split('\n')[0]})`, { place });
    }
    return undefined;
  }
  try {
    // sharp is a native module: loaded only for leaflets that have raster images.
    const { default: sharp } = await import('sharp');
    const image = sharp(bytes, { animated: false });
    const { format, width, height } = await image.metadata();
    if (format === 'png' || format === 'jpeg') return { kind: 'raster', data: bytes, format: format === 'png' ? 'png' : 'jpg', pixelWidth: width, pixelHeight: height };
    if (convertible.has(format)) {
      // PDF has no GIF or WebP: the first frame is printed as PNG.
      return { kind: 'raster', data: await image.png().toBuffer(), format: 'png', pixelWidth: width, pixelHeight: height };
    }
    error(file, 'image-format', `${name}: ${format} images cannot be printed`, { place, hint: 'save it as PNG or JPEG' });
  } catch {
    error(file, 'image-format', `${name}: not an image that can be read`, { place, hint: 'save it as PNG, JPEG or SVG' });
  }
  return undefined;
}

/** Warns when a raster image will print below `minDpi` at the width it is placed at. */
export function checkResolution(figure: Figure, textWidth: number, minDpi: number, file: VFile): void {
  const image = figure.image;
  if (image?.kind !== 'raster') return;
  const inches = (textWidth * figure.width) / 72;
  const dpi = image.pixelWidth / inches;
  if (dpi < minDpi) {
    warn(file, 'low-resolution', `${path.basename(figure.src)} will print at ${Math.round(dpi)} dpi, below ${minDpi} dpi`, {
      place: figure.position?.start,
      hint: `use a larger image (at least ${Math.ceil(inches * minDpi)} pixels wide) or a smaller {width=…%}`,
    });
  }
}

/** Loads every figure's image; a figure whose image cannot be read gets an error on the file. */
export async function loadImages(blocks: Block[], file: VFile): Promise<void> {
  for (const figure of figuresOf(blocks)) figure.image = await load(figure, file);
}
