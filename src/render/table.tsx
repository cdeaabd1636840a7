// GFM tables: column widths from the content, the header repeated on every page, zebra or ruled rows; a table
// too wide for its column is set in smaller type, or else as one block per row (see table-fit.ts).
import { Text, View } from '../layout/react-pdf.js';
import type { Span, Table } from '../model/types.js';
import { keepTextTogether, keepTogether } from './keep-together.js';
import { Spans } from './spans.js';
import { fitTable, type TableFit } from './table-fit.js';
import { tint, type Theme } from './theme.js';

interface Props {
  block: Table;
  theme: Theme;
  fit: TableFit;
  /** The widths as shares of the column, so that rounding can never push a cell past its edge. */
  widths: string[];
}

function rowBackground(theme: Theme, index: number): string | undefined {
  return theme.brand.tables.style === 'zebra' && index % 2 === 1 ? tint(theme.colors.primary, 0.07) : undefined;
}

interface CellProps {
  spans: Span[];
  width: string;
  fit: TableFit;
  theme: Theme;
  align: Table['align'][number];
  /** A header: bold, in this colour. */
  header?: string;
}

function Cell({ spans, width, fit, theme, align, header }: CellProps) {
  const { size, padding } = fit;
  return (
    <View style={{ width, paddingHorizontal: padding, paddingVertical: size * 0.3 }}>
      <Text style={{ fontSize: size, lineHeight: 1.45, textAlign: align, fontWeight: header ? 700 : 400, color: header ?? theme.colors.text }}>
        <Spans spans={spans} theme={theme} size={size} />
      </Text>
    </View>
  );
}

function Row({ cells, block, theme, fit, widths, header, index }: Props & { cells: Span[][]; header?: boolean; index: number }) {
  const ruled = theme.brand.tables.style !== 'zebra';
  // A short row stays on one page, and the header row is repeated on each; a row taller than a page must break.
  const keep = keepTextTogether(cells);
  return (
    <View
      fixed={header && keep}
      wrap={!keep}
      style={{
        flexDirection: 'row',
        backgroundColor: header ? theme.colors.primary : rowBackground(theme, index),
        borderBottom: !header && ruled ? `0.5pt solid ${theme.colors.muted}` : undefined,
      }}
    >
      {cells.map((spans, i) => (
        <Cell key={i} spans={spans} width={widths[i]!} fit={fit} theme={theme} align={block.align[i]!} header={header ? theme.colors.on_primary : undefined} />
      ))}
    </View>
  );
}

/** On a phone, a stacked row is a card: tinted, with the brand's colour down its left edge, apart from the next. */
function cardStyle(theme: Theme, fit: TableFit, index: number) {
  return {
    flexDirection: 'row' as const,
    flexWrap: 'wrap' as const,
    backgroundColor: tint(theme.colors.primary, 0.06),
    borderLeft: `2.5pt solid ${theme.colors.primary}`,
    paddingVertical: fit.size * 0.4,
    marginTop: index === 0 ? 0 : theme.gap * 0.8,
  };
}

/** One block per row: each cell beside its header, as many pairs to a line as fit. */
function StackedRows({ block, theme, fit }: Props) {
  const rows = block.rows.length > 0 ? block.rows : [[]];
  const [label = 0, value = 0] = fit.widths;
  const field = `${100 / fit.fields}%`;
  const share = (w: number) => `${(w / (label + value)) * 100}%`;
  // A block of a few lines stays on one page; a longer one may continue on the next.
  const keep = (row: Span[][]) => Math.ceil(block.header.length / fit.fields) <= 12 && keepTextTogether(row);
  return (
    <>
      {rows.map((row, r) => (
        <View
          key={r}
          wrap={!keep(row)}
          style={theme.phone ? cardStyle(theme, fit, r) : {
            flexDirection: 'row',
            flexWrap: 'wrap',
            borderTop: r === 0 ? `1pt solid ${theme.colors.primary}` : `0.5pt solid ${theme.colors.muted}`,
            backgroundColor: rowBackground(theme, r),
            paddingVertical: fit.size * 0.3,
          }}
        >
          {block.header.map((head, c) => (
            <View key={c} wrap={!keepTextTogether([head, row[c] ?? []])} style={{ width: field, flexDirection: 'row' }}>
              <Cell spans={head} width={share(label)} fit={fit} theme={theme} align="left" header={theme.colors.primary} />
              <Cell spans={row[c] ?? []} width={share(value)} fit={fit} theme={theme} align="left" />
            </View>
          ))}
        </View>
      ))}
    </>
  );
}

export function TableBlock({ block, theme, width }: { block: Table; theme: Theme; width: number }) {
  const fit = fitTable(block, theme, width);
  const total = fit.widths.reduce((a, b) => a + b, 0);
  const widths = fit.widths.map((w) => `${(w / total) * 100}%`);
  const props = { block, theme, fit, widths };
  return (
    // A short table stays on one page, as a short paragraph does; a longer one breaks between rows.
    <View wrap={!keepTogether([block])} style={{ marginBottom: theme.gap * 1.2, borderBottom: fit.stacked && theme.phone ? undefined : `1pt solid ${theme.colors.primary}` }}>
      {fit.stacked ? (
        <StackedRows {...props} />
      ) : (
        <>
          <Row {...props} cells={block.header} header index={0} />
          {block.rows.map((cells, i) => (
            <Row key={i} {...props} cells={cells} index={i} />
          ))}
        </>
      )}
    </View>
  );
}
