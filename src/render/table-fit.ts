// How a table fits its column: column widths from the content, smaller type when it is too wide, else one block per row.
import type { Span, Table } from '../model/types.js';
import { measureSpans } from './text-measure.js';
import { tableFloor, type Theme } from './theme.js';

export interface TableFit {
  /** The type size of the cells, in points. */
  size: number;
  /** The size a table is set in when it fits. */
  base: number;
  /** One block per row, each cell beside its header: the table is too wide even in the smallest type. */
  stacked: boolean;
  /** Widths in points: one per column, or a header's and its cell's when stacked. */
  widths: number[];
  /** Stacked: how many header–cell pairs go on a line. */
  fields: number;
  /** The space inside a cell on its left and on its right, each. */
  padding: number;
}

export const tableSize = (theme: Theme) => Math.max(theme.body * 0.92, theme.largePrint ? theme.small : 0);
const paddingAt = (size: number) => size * 0.45;
/** What a cell's line lacks of its width: the padding on each side, and a quarter em to spare (a text exactly as wide as its line may still wrap). */
const cellSpare = (size: number) => 2 * paddingAt(size) + size / 4;

/** Cells this short (in em) are never wrapped: a wrapped `第1例` or `年龄` reads badly. */
const keepWhole = 5;
/**
 * A column whose text wraps is at least this many em wide, in smaller type if need be, or the table is stacked:
 * three or four characters to a line read badly. On a phone, where type is not made smaller, wider still.
 */
const narrowest = (theme: Theme) => (theme.phone ? 7 : 6);
/** Smaller type is tried in steps of half a point. */
const step = 0.5;

interface Needs {
  /** The narrowest the column may be: its widest piece, or its whole text when short. */
  min: number;
  /** Its width when nothing wraps. */
  max: number;
  /** The narrowest it should be: `narrowest` em, or its whole text when shorter. */
  room: number;
}

/** The cells of a column, the header first (set in bold). */
function cellsOf(table: Table, column: number): { spans: Span[]; weight: number }[] {
  return [{ spans: table.header[column]!, weight: 700 }, ...table.rows.map((row) => ({ spans: row[column] ?? [], weight: 400 }))];
}

/** What each column needs at `size`; a piece wider than `cap` breaks wherever the table is set, so counts as `cap`. */
function needsAt(table: Table, theme: Theme, size: number, cap: number): Needs[] {
  const padding = cellSpare(size);
  return table.header.map((_, column) => {
    let min = 0;
    let max = 0;
    for (const { spans, weight } of cellsOf(table, column)) {
      const measured = measureSpans(spans, theme, size, weight);
      min = Math.max(min, measured.total <= keepWhole * size ? measured.total : Math.min(measured.widest, cap));
      max = Math.max(max, measured.total);
    }
    return { min: min + padding, max: max + padding, room: Math.max(min, Math.min(max, narrowest(theme) * size)) + padding };
  });
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/**
 * Column widths as a browser lays out a table: every column gets at least its widest unbreakable piece (and,
 * where the line has room, `narrowest` em), and the rest of the line goes to the columns with the most text.
 */
function share(columns: Needs[], width: number): number[] {
  const total = sum(columns.map((c) => c.max));
  if (total <= width) return columns.map((c) => (c.max / total) * width);
  const least = sum(columns.map((c) => c.room)) <= width ? columns.map((c) => c.room) : columns.map((c) => c.min);
  const spare = width - sum(least);
  const wants = columns.map((c, i) => c.max - least[i]!);
  const wanted = sum(wants) || 1;
  return columns.map((c, i) => least[i]! + (spare * wants[i]!) / wanted);
}

/** The widest of these cells, unwrapped, with a cell's padding and a quarter em to spare, at the table's own size. */
function widestCell(cells: Span[][], theme: Theme, weight: number): number {
  const size = tableSize(theme);
  return cells.reduce((w, spans) => Math.max(w, measureSpans(spans, theme, size, weight).total), 0) + cellSpare(size);
}

/** A stacked table's header beside a cell that has a line of its own: as wide as the widest, a quarter to two fifths of the line. */
function headerWidth(table: Table, theme: Theme, width: number): number {
  return Math.min(Math.max(widestCell(table.header, theme, 700), width * 0.25), width * 0.4);
}

/**
 * A stacked table: each row a block of fields, a cell beside its header. Fields are as wide as the widest header
 * and cell need, and as many go on a line as fit; or one to a line, with the header as in `headerWidth`.
 */
function stackedLayout(table: Table, theme: Theme, width: number): { widths: number[]; fields: number } {
  const label = widestCell(table.header, theme, 700);
  const value = widestCell(table.rows.flat(), theme, 400);
  // On a phone each row is a card, one field to a line.
  const fields = theme.phone ? 1 : Math.max(1, Math.min(table.header.length, Math.floor(width / (label + value))));
  if (fields === 1) {
    const header = headerWidth(table, theme, width);
    return { widths: [header, width - header], fields };
  }
  const field = width / fields;
  return { widths: [(field * label) / (label + value), (field * value) / (label + value)], fields };
}

/** The sizes tried, largest first: the table's own size, then half points down to the floor. */
function sizes(base: number, floor: number): number[] {
  const out = [base];
  for (let size = Math.ceil(base / step - 1) * step; size >= floor - 1e-9; size -= step) out.push(size);
  return out;
}

/** How `table` is set in a column `width` points wide. */
export function fitTable(table: Table, theme: Theme, width: number): TableFit {
  const base = tableSize(theme);
  // A piece wider than a stacked cell with a line of its own breaks however the table is set: it makes no table stack.
  const cap = width - headerWidth(table, theme, width) - 2 * paddingAt(base);
  for (const size of sizes(base, Math.min(base, tableFloor(theme)))) {
    const columns = needsAt(table, theme, size, cap);
    if (sum(columns.map((c) => c.min)) > width) continue;
    const widths = share(columns, width);
    const narrow = columns.some((c, i) => c.max > widths[i]! + 0.01 && widths[i]! - cellSpare(size) < narrowest(theme) * size - 0.01);
    if (narrow && theme.phone) break;
    if (narrow) continue;
    return { size, base, stacked: false, widths, fields: 1, padding: paddingAt(size) };
  }
  return { size: base, base, stacked: true, ...stackedLayout(table, theme, width), padding: paddingAt(base) };
}
