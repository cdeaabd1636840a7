// Figures: an image alone in its paragraph becomes a numbered figure; `{width=50%}` after it sets its width.
import type { Image, ImageReference, Paragraph as MdParagraph } from 'mdast';
import type { VFile } from 'vfile';
import { modelMessages as m } from '../diagnostics/catalogue/model.js';
import { error } from '../diagnostics/messages.js';
import { say } from '../diagnostics/say.js';
import { modelState } from './model-state.js';
import type { Figure } from './types.js';

const widthAttribute = /^\s*\{\s*width\s*=\s*(\d+(?:\.\d+)?)%\s*\}\s*$/;

/** The image of a paragraph that holds only an image (and maybe its width), else undefined. */
function soleImage(node: MdParagraph): { image: Image | ImageReference; width?: string } | undefined {
  const [first, second, ...rest] = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  if ((first?.type !== 'image' && first?.type !== 'imageReference') || rest.length > 0) return undefined;
  if (!second) return { image: first };
  return second.type === 'text' && widthAttribute.test(second.value) ? { image: first, width: second.value } : undefined;
}

/** A figure for a paragraph that is a picture; undefined when it is not one. Problems are reported on the file. */
export function figureOf(node: MdParagraph, file: VFile): Figure[] | undefined {
  const found = soleImage(node);
  if (!found) return undefined;
  const { image } = found;
  const state = modelState(file);
  let width = 1;
  if (found.width) {
    const percent = Number(widthAttribute.exec(found.width)![1]);
    if (percent > 0 && percent <= 100) width = percent / 100;
    else error(file, 'invalid-width', say(m.invalidWidth, { percent }), { place: node.position?.start });
  }
  // The address was checked with every other picture (images.ts); a refused one has its message already.
  const src = image.data?.leaflet?.path;
  if (!src) return [];
  state.figures += 1;
  return [
    {
      type: 'figure',
      src,
      alt: image.alt ?? '',
      title: ('title' in image ? image.title : undefined) ?? undefined,
      width,
      number: state.figures,
      position: node.position,
    },
  ];
}
