// Before rendering: warns of text that is wider than its column (it will be broken inside) and of tables too wide for it.
import type { Point, Position } from 'unist';
import type { VFile } from 'vfile';
import { renderMessages as says } from '../diagnostics/catalogue/render.js';
import { warn } from '../diagnostics/messages.js';
import { say, type Said } from '../diagnostics/say.js';
import type { Block, Leaflet, Span, Table } from '../model/types.js';
import { pointsOf } from '../source/positions.js';
import { fitTable, type TableFit } from './table-fit.js';
import { measureSpans, type Piece } from './text-measure.js';
import { indentOf, referenceSize, tableFloor, type Theme } from './theme.js';

/** A text as it is set: its type, the width of its lines, and the part of the file it comes from. */
interface Setting {
  spans: Span[];
  size: number;
  weight: number;
  width: number;
  position?: Position;
}

interface Column {
  width: number;
  /** The size the text inherits. */
  size: number;
}

const plain = (text: string): Span[] => [{ text, marks: {} }];

/** The texts of `blocks` set in `column`, and their tables with the width each is set in. */
function collect(blocks: Block[], theme: Theme, column: Column, texts: Setting[], tables: { table: Table; width: number }[]): void {
  const { width, size } = column;
  const inner = (indent: number): Column => ({ width: width - indent, size });
  for (const block of blocks) {
    const { position } = block;
    switch (block.type) {
      case 'heading':
        texts.push({ spans: block.spans, size: theme.headings[block.depth], weight: theme.typography.heading_weight, width, position });
        break;
      case 'paragraph':
        texts.push({ spans: block.spans, size, weight: 400, width: width - (block.marker ? indentOf(theme, 'marker') : 0), position });
        break;
      case 'list':
        for (const item of block.items) collect(item, theme, inner(indentOf(theme, block.ordered ? 'ordered' : 'bullet')), texts, tables);
        break;
      case 'quote':
        collect(block.children, theme, inner(indentOf(theme, 'quote')), texts, tables);
        break;
      case 'callout': {
        const box = inner(indentOf(theme, 'callout'));
        if (block.title) texts.push({ spans: block.title, size, weight: 700, width: box.width, position });
        collect(block.children, theme, box, texts, tables);
        break;
      }
      case 'code':
        texts.push({ spans: plain(block.value), size: theme.small, weight: 400, width: width - indentOf(theme, 'code'), position });
        break;
      case 'figure':
        texts.push({ spans: plain(block.title || block.alt), size: theme.small, weight: 400, width, position });
        break;
      case 'table':
        tables.push({ table: block, width });
        break;
      default:
        break;
    }
  }
}

/** Each cell of a fitted table as a text of its own, at the table's size and in its column's width. */
function cellSettings(table: Table, fit: TableFit): Setting[] {
  const lineWidth = (column: number, header: boolean) =>
    (fit.stacked ? fit.widths[header ? 0 : 1]! : fit.widths[column]!) - 2 * fit.padding;
  const { position } = table;
  return [
    ...table.header.map((spans, c) => ({ spans, size: fit.size, weight: 700, width: lineWidth(c, true), position })),
    ...table.rows.flatMap((row) => row.map((spans, c) => ({ spans, size: fit.size, weight: 400, width: lineWidth(c, false), position }))),
  ];
}

const pt = (size: number) => Math.round(size * 10) / 10;

function warnTable(file: VFile, table: Table, fit: TableFit, theme: Theme): void {
  if (!fit.stacked && fit.size === fit.base) return;
  const place = table.position?.start;
  const hint = say(says.wideTableHint);
  if (fit.stacked) {
    const floor = Math.min(fit.base, tableFloor(theme));
    warn(file, 'wide-table', say(says.tableStacked, { columns: table.header.length, size: pt(floor) }), { place, hint });
  } else {
    warn(file, 'wide-table', say(says.tableSmaller, { base: pt(fit.base), size: pt(fit.size) }), { place, hint });
  }
}

/** Where a piece of text is in the file: searched for in its block's part of the file, else the block's start. */
function finder(source: string) {
  const pointAt = pointsOf(source);
  return (piece: Piece, position: Position | undefined, from: number): { point: Point; next: number } => {
    const start = position?.start.offset ?? 0;
    const end = position?.end.offset ?? source.length;
    // Markdown may write the ends differently (a link's brackets, a printed address without its scheme).
    const lead = /^[^\p{L}\p{N}]*/u.exec(piece.text)![0].length;
    const core = piece.text.slice(lead, lead + 40).replace(/[^\p{L}\p{N}]+$/u, '');
    const found = core ? source.indexOf(core, Math.max(start, from)) : -1;
    if (found !== -1 && found < end) return { point: pointAt(found), next: found + 1 };
    return { point: position?.start ?? { line: 1, column: 1 }, next: from };
  };
}

/** The warning for a run too wide for its column: the run itself, or its start and length when it is long. */
function tooWide(text: string): Said {
  const chars = [...text];
  return chars.length <= 40 ? say(says.longWord, { text }) : say(says.longWordCut, { start: chars.slice(0, 30).join(''), count: chars.length });
}

/**
 * Warns, at its place, of every run without a break opportunity that is wider than the lines it is set in,
 * measured with the fonts at its size: the renderer breaks it inside (see layout/line-break.ts). Warns of every
 * table too wide for its column, which table-fit.ts sets smaller or stacks. `theme` is the page the leaflet is printed on.
 */
export function checkOverflow(file: VFile, leaflet: Leaflet, theme: Theme): void {
  const texts: Setting[] = [];
  const tables: { table: Table; width: number }[] = [];
  const { meta } = leaflet;
  texts.push({ spans: plain(meta.title), size: theme.title, weight: theme.typography.heading_weight, width: theme.textWidth });
  if (meta.subtitle) texts.push({ spans: plain(meta.subtitle), size: theme.body * 1.15, weight: 400, width: theme.textWidth });
  if (meta.qr.caption) texts.push({ spans: plain(meta.qr.caption), size: theme.small, weight: 400, width: theme.qr });
  collect(leaflet.blocks, theme, { width: theme.textWidth, size: theme.body }, texts, tables);
  const references = { width: theme.textWidth - indentOf(theme, 'reference'), size: referenceSize(theme) };
  for (const reference of leaflet.references) collect(reference.blocks, theme, references, texts, tables);
  for (const { table, width } of tables) {
    const fit = fitTable(table, theme, width);
    warnTable(file, table, fit, theme);
    texts.push(...cellSettings(table, fit));
  }
  const find = finder(String(file.value));
  const cursors = new Map<Position | undefined, number>();
  for (const text of texts) {
    for (const piece of measureSpans(text.spans, theme, text.size, text.weight).pieces) {
      if (piece.width <= text.width) continue;
      const { point, next } = find(piece, text.position, cursors.get(text.position) ?? 0);
      cursors.set(text.position, next);
      const address = /[/?=&]|\.\w/.test(piece.text);
      warn(file, 'long-word', tooWide(piece.text), {
        place: { line: point.line, column: point.column },
        hint: say(address ? says.longAddressHint : says.longWordHint),
      });
    }
  }
}
