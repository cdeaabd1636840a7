// Block handlers: mdast flow content → model blocks, one handler per node type, positions kept.
import type { BlockContent, DefinitionContent, List as MdList, RootContent, TableRow } from 'mdast';
import type { VFile } from 'vfile';
import { warn } from '../diagnostics/messages.js';
import { spansOf } from './inline.js';
import type { Block, Paragraph } from './types.js';

type Flow = RootContent | BlockContent | DefinitionContent;
type Handler = (node: never, file: VFile) => Block[];

const circled = /^[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf\u2776-\u277f]/u;

/** Hangs a leading circled number (①②…) like a list marker, as the organisation's leaflets do. */
function withMarker(paragraph: Paragraph): Paragraph {
  const first = paragraph.spans[0];
  const marker = first ? circled.exec(first.text)?.[0] : undefined;
  if (!first || !marker) return paragraph;
  const rest = first.text.slice(marker.length).replace(/^\s+/, '');
  const spans = rest ? [{ ...first, text: rest }, ...paragraph.spans.slice(1)] : paragraph.spans.slice(1);
  return { ...paragraph, spans, marker };
}

/** mdast drops the closing mark of a list number; read it back from the source. */
function delimiterOf(node: MdList, file: VFile): '.' | ')' {
  const offset = node.position?.start.offset;
  if (!node.ordered || offset === undefined) return '.';
  return /^\s*\d+\)/.test(String(file.value).slice(offset, offset + 12)) ? ')' : '.';
}

function flow(nodes: Flow[], file: VFile): Block[] {
  return nodes.flatMap((node) => block(node, file));
}

function rowText(row: TableRow, file: VFile): Paragraph {
  const spans = row.children.flatMap((cell, i) => [
    ...(i > 0 ? [{ text: '  |  ', marks: {} }] : []),
    ...spansOf(cell.children, file),
  ]);
  return { type: 'paragraph', spans, position: row.position };
}

const handlers: Record<string, Handler> = {
  yaml: () => [],
  definition: () => [],
  heading: (node: { depth: number; children: never[]; position?: Block['position'] }, file) => [
    {
      type: 'heading',
      depth: Math.min(node.depth, 4) as 1 | 2 | 3 | 4,
      spans: spansOf(node.children, file),
      position: node.position,
    },
  ],
  paragraph: (node: { children: never[]; position?: Block['position'] }, file) => {
    const spans = spansOf(node.children, file);
    return spans.length > 0 ? [withMarker({ type: 'paragraph', spans, position: node.position })] : [];
  },
  list: (node: MdList, file) => [
    {
      type: 'list',
      ordered: node.ordered === true,
      start: node.start ?? 1,
      delimiter: delimiterOf(node, file),
      items: node.children.map((item) => flow(item.children, file)),
      position: node.position,
    },
  ],
  blockquote: (node: { children: Flow[]; position?: Block['position'] }, file) => [
    { type: 'quote', children: flow(node.children, file), position: node.position },
  ],
  thematicBreak: (node: { position?: Block['position'] }) => [{ type: 'rule', position: node.position }],
  code: (node: { value: string; position?: Block['position'] }) => [{ type: 'code', value: node.value, position: node.position }],
  html: (node: { position?: Block['position'] }, file) => {
    warn(file, 'raw-html', 'raw HTML is ignored', { place: node.position?.start, hint: 'write the text in plain Markdown instead' });
    return [];
  },
  table: (node: { children: TableRow[]; position?: Block['position'] }, file) => {
    warn(file, 'unsupported-node', 'tables are not supported yet; each row is printed as a line of text', {
      place: node.position?.start,
    });
    return node.children.map((row) => rowText(row, file));
  },
  footnoteDefinition: (node: { label?: string; identifier: string; children: Flow[]; position?: Block['position'] }, file) => {
    warn(file, 'unsupported-node', 'footnotes are not supported yet; the note is printed where it is written', {
      place: node.position?.start,
    });
    return [{ type: 'quote', children: flow(node.children, file), position: node.position }];
  },
};

/** One flow node → blocks. Unknown nodes get a warning at their position and are never dropped silently. */
export function block(node: Flow, file: VFile): Block[] {
  const handler = handlers[node.type];
  if (handler) return handler(node as never, file);
  warn(file, 'unsupported-node', `'${node.type}' is not supported yet and is left out`, { place: node.position?.start });
  return [];
}

export function blocksOf(nodes: RootContent[], file: VFile): Block[] {
  return flow(nodes, file);
}
