// Markdown stage: parse the whole file (front matter included) with remark, so positions match the file.
// GFM gives tables and footnotes; directives give `:::note` boxes and `:::pagebreak`.
import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).use(remarkDirective);

export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}
