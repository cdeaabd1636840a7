// Reads the images of a leaflet's figures: PNG and JPEG as they are, GIF and WebP converted, SVG as vectors.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseEntities } from 'parse-entities';
import { parseSync } from 'svgson';
import type { VFile } from 'vfile';
import { pipelineMessages as m } from '../diagnostics/catalogue/pipeline.js';
import { error, messageOf, warn } from '../diagnostics/messages.js';
import { say, type Said } from '../diagnostics/say.js';
import type { Block, Figure, Leaflet, LoadedImage, SvgNode } from '../model/types.js';
import type { PrintSettings } from '../print/print-settings.js';
import { formatBytes, svgLimit } from '../source/limits.js';

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

/** How deep an SVG tree is nested and how many elements it has, walked without recursion: it may be thousands deep. */
function svgExtent(tree: SvgNode): { depth: number; elements: number } {
  let depth = 0;
  let elements = 0;
  const pending: [SvgNode, number][] = [[tree, 1]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [node, level] = next;
    if ((node as { type?: string }).type === 'text') continue;
    elements += 1;
    depth = Math.max(depth, level);
    for (const child of node.children) pending.push([child, level + 1]);
  }
  return { depth, elements };
}

/** Why an SVG is past the limits of what is drawn, if it is. */
function svgTooLarge(tree: SvgNode, name: string): Said | undefined {
  const { depth, elements } = svgExtent(tree);
  if (depth > svgLimit.depth) return say(m.svgTooDeep, { name, depth: depth.toLocaleString('en'), max: svgLimit.depth });
  if (elements > svgLimit.elements) return say(m.svgTooMany, { name, count: elements.toLocaleString('en'), max: svgLimit.elements.toLocaleString('en') });
  return undefined;
}

async function loadSvg(figure: Figure, file: VFile): Promise<LoadedImage | undefined> {
  const name = path.basename(figure.src);
  const place = figure.position?.start;
  const hint = say(m.svgHint);
  const { size } = await stat(figure.src);
  if (size > svgLimit.bytes) {
    error(file, 'too-large', say(m.svgTooBig, { name, size: formatBytes(size), limit: formatBytes(svgLimit.bytes) }), { place, hint });
    return undefined;
  }
  try {
    // svgson keeps character references (`&amp;`, `&#x4E2D;`) as written: the text is drawn decoded.
    const parsed = parseSync((await readFile(figure.src)).toString('utf8')) as SvgNode;
    const tooLarge = svgTooLarge(parsed, name);
    const tree = tooLarge ? parsed : decoded(parsed);
    const box = svgSize(tree);
    if (tooLarge) error(file, 'too-large', tooLarge, { place, hint });
    else if (box) return { kind: 'svg', tree, ...box, bytes: size };
    else error(file, 'image-format', say(m.svgNoSize, { name }), { place });
  } catch (cause) {
    error(file, 'image-format', say(m.svgInvalid, { name, error: messageOf(cause).split('\n')[0]! }), { place, cause });
  }
  return undefined;
}

async function load(figure: Figure, file: VFile): Promise<LoadedImage | undefined> {
  if (/\.svg$/i.test(figure.src)) return loadSvg(figure, file);
  const name = path.basename(figure.src);
  const place = figure.position?.start;
  const bytes = await readFile(figure.src);
  // sharp is a native module: loaded only for leaflets that have raster images. A broken install is not the
  // picture's fault, so its failure is not caught here.
  const { default: sharp } = await import('sharp');
  try {
    const image = sharp(bytes, { animated: false });
    const { format, width, height } = await image.metadata();
    if (format === 'png' || format === 'jpeg') return { kind: 'raster', data: bytes, format: format === 'png' ? 'png' : 'jpg', pixelWidth: width, pixelHeight: height };
    if (convertible.has(format)) {
      // PDF has no GIF or WebP: the first frame is printed as PNG.
      return { kind: 'raster', data: await image.png().toBuffer(), format: 'png', pixelWidth: width, pixelHeight: height };
    }
    error(file, 'image-format', say(m.notPrintable, { name, format: String(format) }), { place, hint: say(m.notPrintableHint) });
  } catch (cause) {
    error(file, 'image-format', say(m.unreadable, { name }), { place, hint: say(m.unreadableHint), cause });
  }
  return undefined;
}

/** Warns when a raster image will print below `minDpi` at `width`, the width in points it is placed at. */
export function checkResolution(figure: Figure, width: number, minDpi: number, file: VFile): void {
  const image = figure.image;
  if (image?.kind !== 'raster') return;
  const inches = width / 72;
  const dpi = image.pixelWidth / inches;
  if (dpi < minDpi) {
    warn(file, 'low-resolution', say(m.lowResolution, { name: path.basename(figure.src), dpi: Math.round(dpi), min: minDpi }), {
      place: figure.position?.start,
      hint: say(m.lowResolutionHint, { pixels: Math.ceil(inches * minDpi) }),
    });
  }
}

/** The blocks with each figure replaced by `change(figure)`, inside lists, quotes and boxes too. */
export function mapFigures(blocks: Block[], change: (figure: Figure) => Figure): Block[] {
  return blocks.map((block) => {
    if (block.type === 'figure') return change(block);
    if (block.type === 'list') return { ...block, items: block.items.map((item) => mapFigures(item, change)) };
    if (block.type === 'quote' || block.type === 'callout') return { ...block, children: mapFigures(block.children, change) };
    return block;
  });
}

/** The blocks with every figure's image loaded; a figure whose image cannot be read gets an error on the file. */
export async function loadImages(blocks: Block[], file: VFile): Promise<Block[]> {
  const images = new Map<Figure, LoadedImage | undefined>();
  for (const figure of figuresOf(blocks)) images.set(figure, await load(figure, file));
  return mapFigures(blocks, (figure) => ({ ...figure, image: images.get(figure) }));
}

/**
 * The leaflet with its pictures as the print settings print them: for press in inks, or in greys
 * (print/press-pictures.ts); otherwise, and for the phone edition, as they are.
 */
export async function picturesFor(leaflet: Leaflet, { press, grayscale }: Pick<PrintSettings, 'press' | 'grayscale'>): Promise<Leaflet> {
  if (!press) return leaflet;
  const { inkedPicture } = await import('../print/press-pictures.js');
  const inked = new Map<Figure, LoadedImage | undefined>();
  for (const figure of figuresOf(leaflet.blocks)) inked.set(figure, figure.image && (await inkedPicture(figure.image, grayscale)));
  return { ...leaflet, blocks: mapFigures(leaflet.blocks, (figure) => ({ ...figure, image: inked.get(figure) })) };
}
