// Block handlers: mdast flow content → model blocks, one handler per node type, positions kept.
import type { BlockContent, DefinitionContent, List as MdList, Paragraph as MdParagraph, RootContent, Table as MdTable } from 'mdast';
import type { ContainerDirective, LeafDirective } from 'mdast-util-directive';
import type { VFile } from 'vfile';
import { modelMessages as m } from '../diagnostics/catalogue/model.js';
import { warn } from '../diagnostics/messages.js';
import { say, listed } from '../diagnostics/say.js';
import { figureOf } from './figures.js';
import { sourceOf, spansOf, warnRawHtml } from './inline.js';
import type { Align, Block, CalloutKind, Paragraph } from './types.js';

type Flow = RootContent | BlockContent | DefinitionContent;
type Handler = (node: never, file: VFile) => Block[];

const circled = /^[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf\u2776-\u277f]/u;
const calloutKinds: readonly CalloutKind[] = ['note', 'tip', 'warning'];
/** The boxes by their Chinese names, Simplified and Traditional: `:::提示` is `:::tip`. */
const chineseBoxes: Record<string, CalloutKind> = {
  提示: 'tip',
  小贴士: 'tip',
  小貼士: 'tip',
  说明: 'note',
  說明: 'note',
  备注: 'note',
  備註: 'note',
  注意: 'warning',
  警告: 'warning',
  警示: 'warning',
};

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

export function flow(nodes: Flow[], file: VFile): Block[] {
  return nodes.flatMap((node) => block(node, file));
}

function paragraph(node: MdParagraph, file: VFile): Block[] {
  const figure = figureOf(node, file);
  if (figure) return figure;
  const spans = spansOf(node.children, file);
  if (spans.length === 0) return [];
  if (spans.map((s) => s.text).join('').trim() === '\\newpage') return [{ type: 'pagebreak', position: node.position }];
  return [withMarker({ type: 'paragraph', spans, position: node.position })];
}

/** A table; a row with fewer cells than its header has the rest left empty, and one with more loses them, each with a warning. */
function table(node: MdTable, file: VFile): Block[] {
  const [head, ...body] = node.children;
  const cells = (row: typeof head) => (row?.children ?? []).map((cell) => spansOf(cell.children, file));
  const header = cells(head);
  const rows = body.map((row) => {
    const written = cells(row);
    if (written.length !== header.length) {
      const values = { count: written.length, columns: header.length };
      const extra = written.slice(header.length).map((spans) => spans.map((span) => span.text).join('').trim());
      const said = written.length < header.length ? say(m.tableFewCells, values) : say(m.tableManyCells, { ...values, left: extra.join(' | ') });
      warn(file, 'table-cells', said, { place: row.position?.start, hint: say(m.tableCellsHint) });
    }
    return header.map((_, i) => written[i] ?? []);
  });
  return [{ type: 'table', align: header.map((_, i) => (node.align?.[i] ?? 'left') as Align), header, rows, position: node.position }];
}

/** `:::note`, `:::tip`, `:::warning` boxes and `:::pagebreak`; any other name is reported. */
function container(node: ContainerDirective, file: VFile): Block[] {
  const [first, ...rest] = node.children;
  const labelled = first?.type === 'paragraph' && (first.data as { directiveLabel?: boolean } | undefined)?.directiveLabel;
  const children = flow(labelled ? rest : node.children, file);
  if (node.name === 'pagebreak') return [{ type: 'pagebreak', position: node.position }, ...children];
  const kind = Object.hasOwn(chineseBoxes, node.name) ? chineseBoxes[node.name] : (calloutKinds as string[]).includes(node.name) ? (node.name as CalloutKind) : undefined;
  if (kind) {
    const title = labelled ? spansOf(first.children, file) : undefined;
    return [{ type: 'callout', kind, title, children, position: node.position }];
  }
  warn(file, 'unsupported-node', say(m.unknownBox, { name: node.name }), {
    place: node.position?.start,
    hint: say(m.unknownBoxHint, { boxes: listed(calloutKinds.map((kind) => `:::${kind}`)) }),
  });
  return children;
}

function leaf(node: LeafDirective, file: VFile): Block[] {
  if (node.name === 'pagebreak') return [{ type: 'pagebreak', position: node.position }];
  return [{ type: 'paragraph', spans: [{ text: sourceOf(file, node), marks: {} }], position: node.position }];
}

const handlers: Record<string, Handler> = {
  yaml: () => [],
  definition: () => [],
  // Footnote texts are collected before the body and printed as the reference list after it.
  footnoteDefinition: () => [],
  heading: (node: { depth: number; children: never[]; position?: Block['position'] }, file) => [
    {
      type: 'heading',
      depth: Math.min(node.depth, 4) as 1 | 2 | 3 | 4,
      spans: spansOf(node.children, file),
      position: node.position,
    },
  ],
  paragraph,
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
  html: (node: { value: string; position?: Block['position'] }, file) => {
    warnRawHtml(file, node, true);
    return [];
  },
  table,
  containerDirective: container,
  leafDirective: leaf,
};

/** One flow node → blocks. Unknown nodes get a warning at their position and are never dropped silently. */
export function block(node: Flow, file: VFile): Block[] {
  const handler = handlers[node.type];
  if (handler) return handler(node as never, file);
  warn(file, 'unsupported-node', say(m.unsupportedBlock, { type: node.type }), { place: node.position?.start });
  return [];
}
