// Which blocks stay on one page: short ones, so that a marker or a caption never parts from its text. A long one
// may break: a block that cannot break and is taller than the page would lose what does not fit.
import type { Block, Span } from '../model/types.js';

/** Blocks shorter than this many characters are kept on one page. */
const keepTogetherBelow = 240;

export function spansLength(spans: Span[]): number {
  return spans.reduce((n, s) => n + s.text.length, 0);
}

function textLength(blocks: Block[]): number {
  return blocks.reduce((sum, b) => {
    if ('spans' in b) return sum + spansLength(b.spans);
    if (b.type === 'list') return sum + b.items.reduce((n, item) => n + textLength(item), 0);
    if (b.type === 'quote') return sum + textLength(b.children);
    if (b.type === 'callout') return sum + textLength(b.children) + spansLength(b.title ?? []);
    if (b.type === 'table') return sum + [b.header, ...b.rows].flat(2).reduce((n, s) => n + s.text.length, 0);
    if (b.type === 'figure') return sum + (b.title || b.alt).length;
    return sum + (b.type === 'code' ? b.value.length : 0);
  }, 0);
}

/** Whether these blocks are short enough to be kept on one page. */
export function keepTogether(blocks: Block[]): boolean {
  return textLength(blocks) < keepTogetherBelow;
}

/** Whether these texts (a table row, a credit line) are short enough to be kept on one page. */
export function keepTextTogether(texts: (Span[] | string)[]): boolean {
  return texts.reduce((n, t) => n + (typeof t === 'string' ? t.length : spansLength(t)), 0) < keepTogetherBelow;
}

/** About how tall a text kept on one page is set, at `body` size in a column `width` wide: an em a character (a Latin letter is narrower, so this errs tall). */
export function keptHeight(block: Block, body: number, lineHeight: number, width: number): number {
  return Math.ceil((textLength([block]) * body) / width) * body * lineHeight;
}
