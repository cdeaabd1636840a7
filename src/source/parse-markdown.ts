// Markdown stage: parse the whole file (front matter included) with remark, so positions match the file.
// Markdown typed with a Chinese keyboard (＃＃ 标题) is read as meant, with a warning. GFM gives tables and footnotes;
// directives give `:::note` boxes and `:::pagebreak`; cjk-friendly lets `**注意：**文字` be bold, as a Chinese writer
// types it (CommonMark's rule leaves a `**` after `：` and before a character as is).
import type { Root } from 'mdast';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import { sourceMessages as m } from '../diagnostics/catalogue/source.js';
import { error } from '../diagnostics/messages.js';
import { say } from '../diagnostics/say.js';
import { repairMarkdownSlips } from './markdown-slips.js';
import { placesAsWritten, restorePositions } from './positions.js';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkCjkFriendly).use(remarkFrontmatter, ['yaml']).use(remarkDirective);

/** The text with its first `end` characters blanked, line breaks kept: every place after them stays where it was. */
const blanked = (text: string, end: number) => text.slice(0, end).replace(/[^\n]/g, ' ') + text.slice(end);

/**
 * The Markdown tree, every node with its place in the file; or undefined (with a `too-deep` error) when the
 * text nests past what the parser can hold. `frontMatterEnd`: where the text after the front matter starts,
 * when the front matter was found (its fence may be written with other dashes, which Markdown would print).
 */
export function parseMarkdown(file: VFile, frontMatterEnd = 0): Root | undefined {
  const text = String(file.value);
  try {
    const meant = repairMarkdownSlips(file, text, frontMatterEnd);
    const tree = processor.parse(frontMatterEnd > 0 ? blanked(meant.text, frontMatterEnd) : meant.text);
    restorePositions(tree, meant.text);
    if (meant.text !== text) placesAsWritten(tree, text, meant.written);
    return tree;
  } catch (cause) {
    // The parser recurses once per level: thousands of `>` or list levels overflow its stack.
    if (!(cause instanceof RangeError)) throw cause;
    error(file, 'too-deep', say(m.tooDeepText), { place: { line: 1, column: 1 }, hint: say(m.tooDeepTextHint) });
    return undefined;
  }
}
