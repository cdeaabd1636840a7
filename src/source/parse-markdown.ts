// Markdown stage: parse the whole file (front matter included) with remark, so positions match the file.
// GFM gives tables and footnotes; directives give `:::note` boxes and `:::pagebreak`.
import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import { error } from '../diagnostics/messages.js';
import { restorePositions } from './positions.js';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).use(remarkDirective);

/**
 * The Markdown tree, every node with its place in the file; or undefined (with a `too-deep` error) when the
 * text nests past what the parser can hold.
 */
export function parseMarkdown(file: VFile): Root | undefined {
  try {
    const tree = processor.parse(String(file.value));
    restorePositions(tree, String(file.value));
    return tree;
  } catch (cause) {
    // The parser recurses once per level: thousands of `>` or list levels overflow its stack.
    if (!(cause instanceof RangeError)) throw cause;
    error(file, 'too-deep', 'the text is nested too deeply to be read', {
      place: { line: 1, column: 1 },
      hint: 'flatten the quotes and lists: a leaflet reads best with at most two or three levels',
    });
    return undefined;
  }
}
