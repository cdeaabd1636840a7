// The cover's introduction: the manifest's `intro` Markdown through the leaflet model, messages on the manifest.
import { VFile } from 'vfile';
import { loadImages } from '../pipeline/load-images.js';
import { checkImages } from '../model/images.js';
import { flow } from '../model/blocks.js';
import type { Block } from '../model/types.js';
import { parseMarkdown } from '../source/parse-markdown.js';
import { placeOf, type YamlSource } from '../source/yaml-source.js';

/**
 * The intro as blocks. Its text is parsed on lines of its own in the manifest (a block scalar `intro: |`
 * starts on the next line), so its messages carry the manifest's line numbers; columns count from the
 * text's own indentation.
 */
export async function introBlocks(manifest: VFile, source: YamlSource, intro: string, root: string): Promise<Block[]> {
  const start = placeOf(source, ['intro']);
  const block = /^[|>]/.test(String(manifest.value).split('\n')[start.line - 1]?.slice(start.column - 1) ?? '');
  const file = new VFile({ path: manifest.path, value: `${'\n'.repeat(start.line - (block ? 0 : 1))}${intro}` });
  const tree = parseMarkdown(file);
  let blocks: Block[] = [];
  if (tree) {
    checkImages(tree, file, root);
    blocks = flow(tree.children, file);
    blocks = await loadImages(blocks, file);
  }
  manifest.messages.push(...file.messages);
  return blocks;
}
