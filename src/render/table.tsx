// GFM tables: column widths from the content, the header repeated on every page, zebra or ruled rows.
import { Text, View } from '@react-pdf/renderer';
import type { Span, Table } from '../model/types.js';
import { isWide } from '../typeset/line-break.js';
import { Spans } from './spans.js';
import { tint, type Theme } from './theme.js';

/** How wide a cell's text is, counting a Chinese character as two Latin ones. */
function visualLength(spans: Span[]): number {
  return [...spans.map((s) => s.text).join('')].reduce((n, c) => n + (isWide(c) ? 2 : 1), 0);
}

/** Column widths in percent: proportional to the longest cell, within limits so no column starves. */
export function columnWidths(table: Table): number[] {
  const weights = table.header.map((head, i) => {
    const longest = Math.max(visualLength(head), ...table.rows.map((row) => visualLength(row[i] ?? [])));
    return Math.min(Math.max(longest, 6), 40);
  });
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => (w / total) * 100);
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
  const widths = columnWidths(block);
  return (
    <View style={{ marginBottom: theme.gap * 1.2, borderBottom: `1pt solid ${theme.colors.primary}` }}>
      <Row cells={block.header} table={block} widths={widths} theme={theme} header index={0} />
      {block.rows.map((cells, i) => (
        <Row key={i} cells={cells} table={block} widths={widths} theme={theme} index={i} />
      ))}
    </View>
  );
}
