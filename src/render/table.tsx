// GFM tables: column widths from the content, the header repeated on every page, zebra or ruled rows.
import { Text, View } from '../typeset/react-pdf.js';
import type { Span, Table } from '../model/types.js';
import { hyphenate, isWide } from '../typeset/line-break.js';
import { spacingPoints } from '../typeset/prepare-spans.js';
import { Spans } from './spans.js';
import { tint, type Theme } from './theme.js';

/** How wide a text is in half ems: a Chinese character counts two, a Latin one about one. */
function visualLength(text: string): number {
  return [...text].reduce((n, c) => n + (isWide(c) ? 2 : 1.15), 0);
}

/** Cells this short (in half ems) are never wrapped: a wrapped `第1例` or `年龄` reads badly. */
const keepWhole = 10;

/** The narrowest a cell may be, and the width of the whole cell, in half ems. */
function measure(spans: Span[]): { min: number; max: number } {
  const text = spans.map((s) => s.text).join('');
  // Room for the quarter em between Chinese and Latin.
  const max = visualLength(text) + spacingPoints([...text]).size / 2 + 0.5;
  const pieces = hyphenate(text).filter((piece) => piece !== '');
  const widest = Math.max(0, ...pieces.flatMap((p) => p.split(' ')).map(visualLength));
  return { min: max <= keepWhole ? max : widest, max };
}

/**
 * Column widths in percent, as a browser lays out a table: every column gets at least its widest
 * unbreakable piece, and the rest of the line goes to the columns with the most text.
 */
export function columnWidths(table: Table, available: number): number[] {
  const padding = 2.2;
  const cells = table.header.map((head, i) => [head, ...table.rows.map((row) => row[i] ?? [])].map(measure));
  const min = cells.map((column) => Math.max(...column.map((c) => c.min)) + padding);
  const max = cells.map((column) => Math.max(...column.map((c) => c.max)) + padding);
  const total = max.reduce((a, b) => a + b, 0);
  let units: number[];
  if (total <= available) {
    units = max.map((m) => (m / total) * available);
  } else {
    const spare = Math.max(0, available - min.reduce((a, b) => a + b, 0));
    const wants = max.map((m, i) => m - min[i]!);
    const wanted = wants.reduce((a, b) => a + b, 0) || 1;
    units = min.map((m, i) => m + (spare * wants[i]!) / wanted);
  }
  const sum = units.reduce((a, b) => a + b, 0);
  return units.map((u) => (u / sum) * 100);
}

function Row({ cells, table, widths, theme, header, index }: { cells: Span[][]; table: Table; widths: number[]; theme: Theme; header?: boolean; index: number }) {
  const size = theme.body * 0.92;
  const zebra = theme.brand.tables.style === 'zebra';
  const background = header ? theme.colors.primary : zebra && index % 2 === 1 ? tint(theme.colors.primary, 0.07) : undefined;
  return (
    <View
      fixed={header}
      wrap={false}
      style={{
        flexDirection: 'row',
        backgroundColor: background,
        borderBottom: !header && !zebra ? `0.5pt solid ${theme.colors.muted}` : undefined,
      }}
    >
      {cells.map((spans, i) => (
        <View key={i} style={{ width: `${widths[i]}%`, paddingHorizontal: size * 0.45, paddingVertical: size * 0.3 }}>
          <Text style={{ fontSize: size, lineHeight: 1.45, textAlign: table.align[i], fontWeight: header ? 700 : 400, color: header ? theme.colors.on_primary : theme.colors.text }}>
            <Spans spans={spans} theme={theme} size={size} />
          </Text>
        </View>
      ))}
    </View>
  );
}

export function TableBlock({ block, theme }: { block: Table; theme: Theme }) {
  const size = theme.body * 0.92;
  const widths = columnWidths(block, theme.textWidth / (size / 2));
  return (
    <View style={{ marginBottom: theme.gap * 1.2, borderBottom: `1pt solid ${theme.colors.primary}` }}>
      <Row cells={block.header} table={block} widths={widths} theme={theme} header index={0} />
      {block.rows.map((cells, i) => (
        <Row key={i} cells={cells} table={block} widths={widths} theme={theme} index={i} />
      ))}
    </View>
  );
}
