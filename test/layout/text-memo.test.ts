import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { build, fixtures } from '../helpers/build.js';
import type { PrintRequest } from '../../src/print/print-settings.js';

const memo = Symbol.for('leaflet.text-memo');
const setMode = (mode?: 'off' | 'freeze') => ((globalThis as { [memo]?: string })[memo] = mode);

const sample = path.join(fixtures, 'samples', 'stem-cells-and-scleroderma.md');
const mixed = path.join(fixtures, 'typeset', 'mixed.md');
const widths = path.join(fixtures, 'typeset', 'one-text-three-widths.md');
// One after the other, so that each finds lines of the ones before it: the same text at other widths and sizes.
const renders: [string, PrintRequest][] = [
  [sample, {}],
  [sample, { format: 'A5' }],
  [sample, { largePrint: true }],
  [mixed, {}],
  [sample, { layout: 'trifold' }],
  [mixed, { format: 'A5' }],
  [sample, {}],
  [widths, {}],
];

describe('lines laid out once and reused', () => {
  afterEach(() => setMode(undefined));

  it('give the same PDFs as lines laid out every time, and nothing changes them once laid out', async () => {
    setMode('freeze');
    const reused: Buffer[] = [];
    for (const [file, print] of renders) reused.push((await build(file, { print })).bytes!);
    setMode('off');
    for (const [i, [file, print]] of renders.entries()) {
      expect((await build(file, { print })).bytes!.equals(reused[i]!), `${path.basename(file)} ${JSON.stringify(print)}`).toBe(true);
    }
  });
});
