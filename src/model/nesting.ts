// Nesting depth: quotes and lists nested deeper than a page can lay out are refused before rendering.
import type { Nodes, Root } from 'mdast';
import type { VFile } from 'vfile';
import { modelMessages as m } from '../diagnostics/catalogue/model.js';
import { error } from '../diagnostics/messages.js';
import { say } from '../diagnostics/say.js';

/** Quote and list levels, counted together. Real leaflets use two or three; the renderer breaks past ~100. */
export const maxNesting = 10;

const levels = new Set(['blockquote', 'list', 'footnoteDefinition']);

/** The first node that is nested too deeply. Only block containers are walked, so the recursion stays shallow. */
function tooDeep(node: Nodes, depth: number): Nodes | undefined {
  const level = depth + (levels.has(node.type) ? 1 : 0);
  if (level > maxNesting) return node;
  if (!('children' in node) || node.type === 'paragraph' || node.type === 'heading') return undefined;
  for (const child of node.children as Nodes[]) {
    const found = tooDeep(child, level);
    if (found) return found;
  }
  return undefined;
}

/** Records a `too-deep` error at the first node past the limit; returns false when there is one. */
export function checkNesting(tree: Root, file: VFile): boolean {
  const node = tooDeep(tree, 0);
  if (!node) return true;
  error(file, 'too-deep', say(m.tooDeep, { max: maxNesting }), { place: node.position?.start, hint: say(m.tooDeepHint) });
  return false;
}
