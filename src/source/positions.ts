// Positions for nodes that remark-gfm adds after parsing (some autolink literals), found again in the file's text; and
// the places in the file as written of a tree parsed from a repaired copy of it.
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Point, Position } from 'unist';
import { visit } from 'unist-util-visit';

/** The offset at which each line of `text` starts. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Line and column (from 1) of an offset in `text`, by a binary search over its line starts. */
export function pointsOf(text: string): (offset: number) => Point {
  const lineStarts = lineStartsOf(text);
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low]! + 1, offset };
  };
}

/**
 * Gives every node without a position the place of its text, searched after its previous sibling and inside
 * its parent (or, when the text is not found as written, the place right after that sibling).
 */
export function restorePositions(tree: Root, text: string): void {
  const pointAt = pointsOf(text);
  visit(tree, (node) => {
    if (!('children' in node) || !node.position) return;
    let cursor = node.position.start.offset ?? 0;
    const limit = node.position.end.offset ?? text.length;
    for (const child of node.children) {
      if (!child.position) {
        const value = toString(child);
        const found = value ? text.indexOf(value, cursor) : -1;
        const start = found !== -1 && found + value.length <= limit ? found : cursor;
        const end = start === found ? found + value.length : start;
        child.position = { start: pointAt(start), end: pointAt(end) } satisfies Position;
      }
      cursor = child.position.end.offset ?? cursor;
    }
  });
}

/** Moves every node's place from the repaired text it was parsed from to the text as written. */
export function placesAsWritten(tree: Root, text: string, written: (offset: number) => number): void {
  const pointAt = pointsOf(text);
  visit(tree, (node) => {
    const { start, end } = node.position ?? {};
    if (start?.offset === undefined || end?.offset === undefined) return;
    node.position = { start: pointAt(written(start.offset)), end: pointAt(written(end.offset)) };
  });
}
