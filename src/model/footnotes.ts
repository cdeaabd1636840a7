// Footnotes: definitions collected before the body, printed after it as references in citation order.
import type { FootnoteDefinition, Root } from 'mdast';
import type { VFile } from 'vfile';
import { modelMessages as m } from '../diagnostics/catalogue/model.js';
import { warn } from '../diagnostics/messages.js';
import { say } from '../diagnostics/say.js';
import { flow } from './blocks.js';
import { modelState } from './model-state.js';
import type { Reference } from './types.js';

/** Records every footnote text of the document, so that citations can be numbered as they are met. */
export function collectFootnotes(tree: Root, file: VFile): void {
  const { definitions } = modelState(file);
  const visit = (node: { type: string; children?: unknown[] }) => {
    if (node.type === 'footnoteDefinition') definitions.set((node as FootnoteDefinition).identifier, node as FootnoteDefinition);
    for (const child of (node.children ?? []) as { type: string }[]) visit(child);
  };
  visit(tree);
}

/** The cited footnotes in the order of first citation; notes cited only inside notes come after. */
export function references(file: VFile): Reference[] {
  const { cited, definitions } = modelState(file);
  const out: Reference[] = [];
  for (let i = 0; i < cited.size; i += 1) {
    const [id, number] = [...cited.entries()][i]!;
    out.push({ number, blocks: flow(definitions.get(id)!.children, file) });
  }
  for (const [id, definition] of definitions) {
    if (cited.has(id)) continue;
    const label = definition.label ?? id;
    warn(file, 'footnote-unused', say(m.footnoteUnused, { label }), { place: definition.position?.start, hint: say(m.footnoteUnusedHint, { label }) });
  }
  return out;
}
