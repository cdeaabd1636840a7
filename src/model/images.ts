// Pictures in the Markdown tree: each address is checked once, and the result is kept on its node.
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { sourceMessages as m } from '../diagnostics/catalogue/source.js';
import { say } from '../diagnostics/say.js';
import { checkAsset } from '../source/assets.js';
import type { ImageRef } from './types.js';

declare module 'mdast' {
  interface ImageData {
    leaflet?: ImageRef;
  }
  interface ImageReferenceData {
    leaflet?: ImageRef;
  }
}

/**
 * Checks every picture (`![alt](path)` and `![alt][label]` with its `[label]: path` definition) against the
 * project folder `root`, recording a message per problem. Nothing is read or fetched.
 */
export function checkImages(tree: Root, file: VFile, root: string): void {
  const definitions = new Map<string, string>();
  visit(tree, 'definition', (node) => {
    if (!definitions.has(node.identifier)) definitions.set(node.identifier, node.url);
  });
  visit(tree, (node) => {
    if (node.type !== 'image' && node.type !== 'imageReference') return;
    const url = node.type === 'image' ? node.url : definitions.get(node.identifier);
    if (url === undefined) return;
    const path = checkAsset(file, url, { what: say(m.image), from: file.path, root, place: node.position?.start });
    node.data = { ...node.data, leaflet: { url, path } };
  });
}
