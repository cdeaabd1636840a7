// Model blocks → react-pdf elements, one component per block type.
import type { ReactNode } from 'react';
import { Text, View } from '../layout/react-pdf.js';
import type { Block, Heading, List, Paragraph } from '../model/types.js';
import { hasWide } from '../layout/prepare-spans.js';
import { CalloutBlock } from './callout.js';
import { FigureBlock, figureSize } from './figure.js';
import { keepTogether, keptHeight } from './keep-together.js';
import { Spans } from './spans.js';
import { TableBlock } from './table.js';
import { fitTable, tableSize } from './table-fit.js';
import { bookmarkAt, indentOf, type Theme } from './theme.js';

interface Props<B> {
  block: B;
  theme: Theme;
  /** The width of the column the block is set in, in points: the text width less the containers' indents. */
  width: number;
}

/** A heading's text as an outline entry: without printed addresses and footnote numbers. */
const headingTitle = (block: Heading) => block.spans.filter((s) => !s.marks.url && !s.marks.sup).map((s) => s.text).join('').trim();

/** The room a block needs under the heading before it: all of it when it is kept on one page, else none. */
function aheadOf(next: Block, theme: Theme, width: number): number {
  // A picture as it is drawn, with its caption's line under it.
  const picture = next.type === 'figure' ? figureSize(next, theme) : undefined;
  if (picture) return picture.height + theme.body * theme.lineHeight * 2;
  // A table stacked as blocks starts with its first row's block, a line to each column, kept whole.
  if (next.type === 'table' && fitTable(next, theme, width).stacked) return next.header.length * tableSize(theme) * theme.lineHeight * 1.2;
  return keepTogether([next]) ? keptHeight(next, theme.body, theme.lineHeight, width) : 0;
}

/** `ahead`: the room the block after the heading needs on its page, when it is kept whole (a short paragraph, a picture). */
function HeadingBlock({ block, theme, outline, ahead = 0 }: Omit<Props<Heading>, 'width'> & { outline?: boolean; ahead?: number }) {
  const size = theme.headings[block.depth];
  // A heading goes to the next page unless what follows it can start under it: never alone at a page's foot.
  const presence = Math.max(size * 3, ahead);
  const text = (
    <Text
      minPresenceAhead={presence}
      style={{
        fontSize: size,
        fontWeight: theme.typography.heading_weight,
        color: block.depth <= 2 ? theme.colors.primary : theme.colors.text,
        marginTop: theme.gap * (block.depth <= 2 ? 1.4 : 1),
        marginBottom: theme.gap * 0.6,
        lineHeight: 1.35,
      }}
    >
      <Spans spans={block.spans} theme={theme} size={size} wholeWords />
    </Text>
  );
  if (!outline || block.depth > 2) return text;
  // react-pdf takes a `bookmark` on any element at run time, though its types have it on pages only; the entry
  // nests under the bookmark of the page it is in (a pack's leaflet). It sits on an unbreakable View: a Text
  // moved to the next page leaves an empty part behind that would keep a second copy of the bookmark.
  const bookmark = { bookmark: bookmarkAt(theme, headingTitle(block), theme.edge) } as object;
  return (
    <View {...bookmark} wrap={false} minPresenceAhead={presence}>
      {text}
    </View>
  );
}

/** A short paragraph in bold throughout (`**造血干细胞：**`) introduces what follows, like a small heading. */
const isLeadIn = (block: Paragraph) =>
  block.spans.every((span) => span.marks.strong || span.text.trim() === '') && block.spans.reduce((n, span) => n + span.text.length, 0) <= 80;

/** A paragraph that ends with a colon (`情况如下：`) introduces what follows it, as a lead-in does. */
const introduces = (block: Paragraph) => /[：:]\s*$/.test(block.spans.map((span) => span.text).join(''));

function ParagraphBlock({ block, theme, next, width }: Props<Paragraph> & { next?: Block }) {
  // A lead-in keeps at least two lines of the text after it on its page, or all of it when that is kept whole.
  const leads = isLeadIn(block) || (next !== undefined && introduces(block));
  const ahead = leads ? theme.gap + Math.max(theme.body * theme.lineHeight * 2, next ? aheadOf(next, theme, width) : 0) : undefined;
  const text = (
    <Text orphans={2} widows={2} style={{ textAlign: hasWide(block.spans) && theme.align === 'justify' ? 'justify' : 'left' }}>
      <Spans spans={block.spans} theme={theme} size={theme.body} />
    </Text>
  );
  if (!block.marker) return <View style={{ marginBottom: theme.gap }} minPresenceAhead={ahead}>{text}</View>;
  return (
    <View style={{ flexDirection: 'row', marginBottom: theme.gap }} wrap={!keepTogether([block])} {...(ahead ? { minPresenceAhead: ahead } : {})}>
      <Text style={{ width: indentOf(theme, 'marker'), color: theme.colors.primary, fontWeight: 700 }}>{block.marker}</Text>
      <View style={{ flex: 1 }}>{text}</View>
    </View>
  );
}

/** The space after each item of a list: visibly tighter than between paragraphs (about 3.5 pt in body text). */
const itemGap = (theme: Theme) => theme.body / 3;

function ListBlock({ block, theme, width }: Props<List>) {
  const indent = indentOf(theme, block.ordered ? 'ordered' : 'bullet');
  // Blocks inside an item are spaced like items; after the list, the paragraph gap again.
  const inner = { ...theme, gap: itemGap(theme) };
  return (
    <View style={{ marginBottom: theme.gap - itemGap(theme) }}>
      {block.items.map((item, i) => (
        <View key={i} style={{ flexDirection: 'row' }} wrap={!keepTogether(item)}>
          <Text style={{ width: indent, color: theme.colors.primary }}>
            {block.ordered ? `${block.start + i}${block.delimiter}` : '•'}
          </Text>
          <View style={{ flex: 1 }}>
            <Blocks blocks={item} theme={inner} width={width - indent} />
          </View>
        </View>
      ))}
    </View>
  );
}

/** `next`: the block that follows, which a heading keeps with it. */
type BlockProps<T extends Block> = Props<T> & { outline?: boolean; next?: Block };

/** One drawing per kind of block: a new kind of block does not compile until it is drawn here. */
const drawings: { [K in Block['type']]: (props: BlockProps<Extract<Block, { type: K }>>) => ReactNode } = {
  heading: ({ block, theme, outline, next, width }) => <HeadingBlock block={block} theme={theme} outline={outline} ahead={next && aheadOf(next, theme, width)} />,
  paragraph: ({ block, theme, next, width }) => <ParagraphBlock block={block} theme={theme} next={next} width={width} />,
  list: ({ block, theme, width }) => <ListBlock block={block} theme={theme} width={width} />,
  quote: ({ block, theme, width }) => (
    <View style={{ borderLeft: `2pt solid ${theme.colors.accent}`, paddingLeft: indentOf(theme, 'quote') - 2, marginBottom: theme.gap, color: theme.colors.muted }}>
      <Blocks blocks={block.children} theme={theme} width={width - indentOf(theme, 'quote')} />
    </View>
  ),
  rule: ({ theme }) => <View style={{ borderBottom: `0.75pt solid ${theme.colors.muted}`, marginVertical: theme.gap }} />,
  table: ({ block, theme, width }) => <TableBlock block={block} theme={theme} width={width} />,
  callout: ({ block, theme, width }) => (
    <CalloutBlock block={block} theme={theme}>
      <Blocks blocks={block.children} theme={theme} width={width - indentOf(theme, 'callout')} />
    </CalloutBlock>
  ),
  figure: ({ block, theme }) => <FigureBlock block={block} theme={theme} />,
  pagebreak: () => <View break />,
  code: ({ block, theme }) => (
    <View style={{ backgroundColor: theme.colors.tint, padding: indentOf(theme, 'code') / 2, marginBottom: theme.gap }}>
      <Text style={{ fontSize: theme.small }}>{block.value}</Text>
    </View>
  ),
};

export function BlockView(props: BlockProps<Block>) {
  // Each kind of block goes to its own drawing: the map's type pairs them.
  const draw = drawings[props.block.type] as (props: BlockProps<Block>) => ReactNode;
  return draw(props);
}

/**
 * `outline`: the headings of levels 1 and 2 become bookmarks (in a pack). `width`: the text width unless given.
 * `breaks`: the blocks that start a new page (a tri-fold's panel); with it, each block is one node.
 */
export function Blocks({ blocks, theme, outline, width, breaks }: { blocks: Block[]; theme: Theme; outline?: boolean; width?: number; breaks?: Set<number> }) {
  const full = width ?? theme.textWidth;
  const drawn = blocks.map((block, i) => {
    const before = blocks[i - 1];
    // A list right after a paragraph with a hung marker (①②…) belongs to it: it is set under its text.
    if (block.type === 'list' && before?.type === 'paragraph' && before.marker) {
      const indent = indentOf(theme, 'marker');
      return (
        <View key={i} style={{ paddingLeft: indent }}>
          <BlockView block={block} theme={theme} outline={outline} width={full - indent} />
        </View>
      );
    }
    return <BlockView key={i} block={block} theme={theme} outline={outline} width={full} next={blocks[i + 1]} />;
  });
  if (!breaks) return <>{drawn}</>;
  return (
    <>
      {drawn.map((node, i) => (
        <View key={i} break={breaks.has(i)}>
          {node}
        </View>
      ))}
    </>
  );
}
