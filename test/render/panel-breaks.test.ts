// Where a short tri-fold's panels start: about a fifth of the text each, and never a heading left at a panel's end.
import { describe, expect, it } from 'vitest';
import { panelBreaks } from '../../src/render/panel-breaks.js';

/** Header band and title, then the blocks, then the disclaimer. */
const heights = (blocks: number[]) => [60, 40, ...blocks, 50];

describe('panelBreaks', () => {
  it('gives each panel about a fifth of the text', () => {
    const blocks = Array.from({ length: 10 }, () => 100);
    expect(panelBreaks(heights(blocks), blocks.map(() => false), 1000)).toEqual([1, 3, 5, 7]);
  });

  it('moves a heading to the next panel with its text', () => {
    const blocks = Array.from({ length: 10 }, () => 100);
    const headings = blocks.map((_, i) => i === 2);
    // The second panel would end after the heading (block 2): it starts the third.
    expect(panelBreaks(heights(blocks), headings, 1000)).toEqual([1, 2, 5, 7]);
  });

  it('keeps a heading with its text when it would be alone on a panel, though panels are left blank', () => {
    // A paragraph, a heading, a paragraph, a picture: too few blocks for five panels.
    const breaks = panelBreaks(heights([40, 20, 40, 120]), [false, true, false, false], 500);
    expect(breaks).toEqual([1, 3]);
    // Each panel that starts with the heading holds its paragraph too.
    for (const at of breaks) expect(breaks).not.toContain(at + 1);
  });
});
