import path from 'node:path';
import { syllables } from '@react-pdf/hyphenate/en-us';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatFile } from '../../src/diagnostics/format.js';
import { hyphenate, isMarker, markers } from '../../src/layout/line-break.js';
import { mm } from '../../src/layout/page-formats.js';
import { build, buildText, designBrand, fixtures, root, type Built } from '../helpers/build.js';
import { overprints, textBoxes, textLines, textOutsideTrim, type Line } from '../helpers/pdf.js';
import { makeProject } from '../helpers/project.js';

const overflow = (name: string) => path.join(fixtures, 'overflow', name);
const url =
  'https://mp.weixin.qq.com/s?__biz=MzA5NjU0MzI1MQ==&mid=2650123456&idx=1&sn=0123456789abcdef0123456789abcdef&chksm=8b5e1234bc29a5c6d7e8f90a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3d&scene=21#rd';
const word = 'Pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(3);
/** The right edge of an A4 page's text column. */
const columnRight = 210 * mm - 20 * mm;

/** The messages of a build as printed, each without its file name and hint: `5:125: warning: … [rule]`. */
const report = (built: Built) => formatFile(built.file, root).map((line) => line.split('\n')[0]!.replace(/^.*?\.md:/, ''));
/** The body's lines: what lies between the title and the disclaimer on page 1. */
const bodyText = (lines: Line[]) => lines.filter((l) => l.page === 1 && l.size >= 8 && l.size <= 11).map((l) => l.text);

describe('a WeChat address of 209 characters', () => {
  let built: Built;
  let lines: Line[];
  beforeAll(async () => {
    // In the design's own sizes, which the body lines are picked by.
    built = await build(overflow('wechat-url.md'), await designBrand());
    lines = await textLines(built.bytes!);
  });

  it('is broken inside the column, with a warning at each place', async () => {
    const messages = report(built).filter((line) => line.includes('[long-word]'));
    expect(messages.map((m) => m.split(': warning')[0])).toEqual(['5:125', '7:130', '9:16', '11:123', '13:123']);
    expect(messages[0]).toContain("'=8b5e1234bc29a5c6d7e8f90a1b2c3…' (91 characters) is wider than its column");
    expect(await textOutsideTrim(built.bytes!)).toEqual([]);
    for (const line of lines) expect(line.right, line.text).toBeLessThanOrEqual(columnRight + 0.5);
  });

  it('keeps every character, in order', () => {
    const text = bodyText(lines).join('');
    // In the text, as a list item and in a quote; the printed address of the link has no scheme.
    expect(text.split(url).length - 1).toBe(4);
    expect(text).toContain(`原文链接 (${url.replace('https://', '')})`);
  });

  it('never leaves an opening bracket at a line end, nor spreads a short line across the column', () => {
    for (const line of bodyText(lines)) expect(line).not.toMatch(/[(（]$/);
    const link = bodyText(lines).find((line) => line.startsWith('原文链接'))!;
    expect(link).toMatch(/^原文链接 \(mp\.weixin\.qq\.com\/s\?__biz=/);
    expect(link.length).toBeGreaterThan(60);
  });
});

describe('a word of 135 letters', () => {
  let built: Built;
  beforeAll(async () => {
    built = await build(overflow('long-word.md'));
  });

  it('is broken inside the column wherever it is set, with a warning at each place', async () => {
    const places = report(built).filter((line) => line.includes('[long-word]')).map((m) => m.split(': warning')[0]);
    // The subtitle, a paragraph, a Chinese paragraph, a heading, two list items, a quote, a box and a table cell.
    expect(places).toEqual(['3:11', '6:10', '8:9', '10:4', '12:11', '13:15', '15:10', '18:9', '23:8']);
    expect(await textOutsideTrim(built.bytes!)).toEqual([]);
    for (const box of await textBoxes(built.bytes!)) expect(box.right, box.text).toBeLessThanOrEqual(columnRight + 0.5);
  });

  it('keeps every letter, and adds a hyphen only where it breaks a line between two syllables', async () => {
    const lines = (await textLines(built.bytes!)).map((l) => l.text);
    // Hyphens end lines, never stand inside one; without them the word is whole, at each of its places.
    expect(lines.join('\n')).not.toMatch(/[a-z]-[a-z]/);
    const text = lines.map((line) => line.replace(/(?<=[a-z])-$/, '')).join('');
    expect(text.split(word).length - 1).toBe(9);
    const syllableEnds = new Set(hyphenate(word, syllables).flatMap((piece, i, pieces) => (piece === markers.hyphen ? [pieces.slice(0, i).filter((p) => !isMarker(p)).join('').length] : [])));
    for (const line of lines.filter((line) => /[a-z]-$/.test(line))) {
      const end = line.slice(0, -1).match(/[A-Za-z]+$/)![0];
      expect(end.length <= word.length && [...syllableEnds].some((at) => word.slice(0, at).endsWith(end) || end.endsWith(word.slice(0, at))), line).toBe(true);
    }
  });
});

describe('a line of 200 KB without a space', () => {
  const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  const line = Array.from({ length: 200_000 }, (_, i) => alphabet[i % alphabet.length]).join('');

  it('runs over many pages inside the column and loses no character', async () => {
    const built = await buildText(`---\ntitle: Long line\nlang: en\n---\n\n${line}\n`, 'long-line', await designBrand());
    expect(report(built)).toContain(
      `6:1: warning: '${line.slice(0, 30)}…' (200000 characters) is wider than its column and has no place to break; it is broken inside [long-word]`,
    );
    const lines = await textLines(built.bytes!);
    expect(Math.max(...lines.map((l) => l.page))).toBeGreaterThan(50);
    const body = lines.filter((l) => l.size === 10.5 && /^[A-Za-z0-9]+$/.test(l.text));
    const joined = body.map((l) => l.text).join('');
    // Compared as a whole, not printed: a mismatch would print 200 KB.
    expect(joined.length).toBe(line.length);
    expect(joined === line).toBe(true);
    for (const l of body) expect(l.right).toBeLessThanOrEqual(columnRight + 0.5);
    expect(await textOutsideTrim(built.bytes!)).toEqual([]);
  }, 120_000);
});

describe('a run taller than a page', () => {
  const run = Array.from({ length: 8000 }, (_, i) => 'abcdefghij0123456789'[i % 20]).join('');
  const places = {
    box: `:::warning\n${run}\n:::`,
    cell: `| 项目 | 说明 |\n|---|---|\n| 长 | ${run} |`,
    header: `| 项目 | ${run} |\n|---|---|\n| 长 | 短 |`,
    footnote: `正文[^a]。\n\n[^a]: ${run}`,
    caption: `![${run}](images/tiny.png)`,
    'QR caption': '',
  };

  it.each(Object.keys(places))('in a %s loses no character', async (place) => {
    const source = place === 'QR caption' ? `---\ntitle: 很长\nqr:\n  url: https://www.sscchina.org\n  caption: ${run}\n---\n\n正文。\n` : `---\ntitle: 很长\n---\n\n${places[place as keyof typeof places]}\n`;
    const project = await makeProject({ [place]: source }, ['images/tiny.png']);
    await project.build();
    const bytes = await project.pdf(place);
    const boxes = await textBoxes(bytes);
    expect(Math.max(...boxes.map((b) => b.page))).toBeGreaterThan(2);
    // The run's pieces of text in the order they are drawn (a caption may share a baseline with the contacts).
    const text = boxes.map((b) => b.text).filter((t) => /^[a-j0-9]+$/.test(t)).join('');
    expect(text.includes(run)).toBe(true);
    expect(await textOutsideTrim(bytes)).toEqual([]);
  }, 60_000);
});

describe('a table too wide for the page', () => {
  it('of 12 columns is set in smaller type, side by side, without overprinting', async () => {
    const built = await build(overflow('shrink-table.md'));
    expect(report(built)).toContain(
      '7:1: warning: the table is too wide for the page in 9.7 pt type; it is set in 8 pt [wide-table]',
    );
    const lines = await textLines(built.bytes!);
    const rows = lines.filter((l) => l.size === 8);
    expect(rows).toHaveLength(6);
    expect(rows[1]!.text).toBe('血沉 mm/h 10.0±1 17.1±2 24.2±3 31.3±4 38.4±5 45.5±6 52.6±7 59.7±8 66.8±9 73.9±1 80.0±2');
    const boxes = await textBoxes(built.bytes!);
    expect(overprints(boxes)).toEqual([]);
    for (const box of boxes) expect(box.right, box.text).toBeLessThanOrEqual(columnRight + 0.5);
  });

  it('of 60 columns is stacked, one block per row, every cell beside its header', async () => {
    const built = await build(overflow('wide-table.md'));
    expect(report(built)).toContain(
      "7:1: warning: the table's 60 columns do not fit the page even in 7 pt type; each row is printed as a block, every cell beside its header [wide-table]",
    );
    const boxes = await textBoxes(built.bytes!);
    expect(overprints(boxes)).toEqual([]);
    for (const box of boxes) expect(box.right, box.text).toBeLessThanOrEqual(columnRight + 0.5);
    const text = (await textLines(built.bytes!)).map((l) => l.text).join('\n');
    // Each row: 列1 to 列60, each followed by its cell.
    for (let row = 0; row < 4; row += 1) {
      for (let column = 0; column < 60; column += 1) expect(text).toContain(`列 ${column + 1} ${(row * 7 + column * 3) % 100}`);
    }
    expect(text.split('列 60 ').length - 1).toBe(4);
  });
});
