import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { mm } from '../../src/layout/page-formats.js';
import { build, buildText, fixtures, type Built } from '../helpers/build.js';
import { textFills } from '../helpers/fill.js';
import { numberedLeaflet } from '../helpers/leaflets.js';
import { overprints, textBoxes, textLines, textOutsideTrim } from '../helpers/pdf.js';

// Each page's fill is read from the rendered PDF's text positions: how far down a page the text reaches
// (every page but the last), and how much of the page lines of text cover (the last).
const formats = {
  A4: { height: 297 * mm, margin: 20 * mm },
  A5: { height: 210 * mm, margin: 13 * mm },
  Letter: { height: 11 * 72, margin: 0.75 * 72 },
};

const pageFillWarnings = (built: Built) => built.file.messages.filter((m) => m.ruleId === 'page-fill');

async function expectFilled(built: Built, format: keyof typeof formats) {
  expect(built.bytes, String(built.file.messages)).toBeDefined();
  const fills = await textFills(built.bytes!, formats[format].height, formats[format].margin);
  const label = fills.map((f) => `${f.reach.toFixed(2)}/${f.covered.toFixed(2)}`).join(' ');
  // Nothing is squeezed over anything else.
  expect(overprints(await textBoxes(built.bytes!))).toEqual([]);
  // A page that no variant could fill is named by a warning; so is a page of the back matter alone (in large
  // print on A5 it breaks over two pages, between the profile and the contact details). Every other page meets
  // the rules.
  // The disclaimer goes with the back matter: a page without a paragraph of the text is one of the back matter
  // alone, told of by its warning, which stands for the short page before it too.
  const lines = await textLines(built.bytes!);
  const backOnly = fills.map((f) => f.page).filter((page) => !lines.some((line) => line.page === page && /第 ?\d\d ?段/.test(line.text)));
  const warnings = pageFillWarnings(built).map((m) => Number(/^page (\d+) of/.exec(m.reason)?.[1]));
  const warned = [...backOnly, ...backOnly.filter((page) => warnings.includes(page)).map((page) => page - 1), ...warnings];
  for (const fill of fills.slice(0, -1)) {
    if (!warned.includes(fill.page)) expect(fill.reach, `page ${fill.page} of ${fills.length}: ${label}`).toBeGreaterThanOrEqual(0.75);
  }
  if (fills.length > 1 && !warned.includes(fills.length)) expect(fills.at(-1)!.reach, `last page: ${label}`).toBeGreaterThanOrEqual(1 / 3);
  return fills;
}

// Paragraphs of text, about twenty to an A4 page: 0.5, 1, 1.5, 2 and 5 pages of text.
const lengths = [10, 20, 30, 40, 100];
const cases = (['A4', 'A5', 'Letter'] as const).flatMap((format) => [false, true].flatMap((largePrint) => lengths.map((count) => [format, largePrint, count] as const)));

describe('copyfit of handouts', () => {
  it.each(cases)('fills the pages of %s, large print %s, %i paragraphs', async (format, largePrint, count) => {
    const built = await buildText(numberedLeaflet(count), 'fill', { print: { format, largePrint } });
    await expectFilled(built, format);
    if (largePrint) {
      const body = (await textLines(built.bytes!)).filter((line) => /第 ?\d\d ?段/.test(line.text));
      expect(Math.min(...body.map((line) => line.size))).toBeGreaterThanOrEqual(14 - 0.01);
    }
  });
});

describe('a handout whose back matter goes to a page of its own', () => {
  it('is set on one page when a tighter variant and the compact back matter fit, and warns when nothing does', async () => {
    // Eight paragraphs fill most of an A4 page: the back matter cannot join them there, at any size the brand allows.
    const built = await buildText(numberedLeaflet(8), 'back', { print: { format: 'A4' } });
    expect(pageFillWarnings(built).map((m) => [m.reason, m.note])).toEqual([
      ['page 2 of 2 has only what ends the leaflet (the disclaimer, profile, contacts and QR code), none of its text', 'add text so that some of it runs onto that page, or cut text so that the leaflet and its back matter fit on one page fewer'],
    ]);
    // The disclaimer goes with the profile, right above it: the closing block is never parted.
    const lines = await textLines(built.bytes!);
    const disclaimer = lines.find((line) => line.text.startsWith('本网站不提供'))!;
    const profile = lines.find((line) => line.text.includes('机构简介'))!;
    expect([disclaimer.page, profile.page]).toEqual([2, 2]);
    expect(profile.top - disclaimer.top).toBeLessThan(40 * mm);
    // Four fit on one page with it.
    const short = await buildText(numberedLeaflet(4), 'short', { print: { format: 'A4' } });
    expect(pageFillWarnings(short)).toEqual([]);
    expect(Math.max(...(await textLines(short.bytes!)).map((l) => l.page))).toBe(1);
  });
});

describe('the seed leaflets', () => {
  const built: Record<string, Built> = {};
  beforeAll(async () => {
    for (const name of ['stem-cells-and-scleroderma', 'autologous-stem-cell-transplant']) {
      built[name] = await build(path.join(fixtures, 'samples', `${name}.md`));
    }
  });

  it('come out as two full A4 pages, the back matter at the foot of page 2', async () => {
    for (const [name, result] of Object.entries(built)) {
      const fills = await expectFilled(result, 'A4');
      expect(fills.length, name).toBe(2);
      expect(result.fills!.every((fill) => fill >= 0.8), `${name}: ${result.fills}`).toBe(true);
      const lines = await textLines(result.bytes!);
      const contact = lines.find((line) => line.text.includes('联系方式'))!;
      expect(contact.page, name).toBe(2);
      // The QR caption, the last line of the back matter, sits just above the running footer.
      const last = lines.filter((line) => line.page === 2 && line.top < formats.A4.height - formats.A4.margin).at(-1)!;
      expect(formats.A4.height - formats.A4.margin - last.top, name).toBeLessThan(25 * mm);
    }
  });

  it('report each page’s fill, the same as their text shows', async () => {
    for (const result of Object.values(built)) {
      const fills = await textFills(result.bytes!, formats.A4.height, formats.A4.margin);
      expect(result.fills![0]! - fills[0]!.reach).toBeLessThan(0.06);
    }
  });
});

describe('a back matter that does not fit after the body', () => {
  it('starts the next page whole, never squeezed over itself', async () => {
    // Found by the property test: a long title on A5 left too little room, and the back matter was printed over itself.
    const built = await build(path.join(fixtures, 'copyfit', 'long-title-a5.md'));
    expect(await textOutsideTrim(built.bytes!)).toEqual([]);
    const lines = await textLines(built.bytes!);
    const contact = lines.find((line) => line.text.includes('联系方式'))!;
    expect(contact.page).toBe(2);
    expect(lines.find((line) => line.text.includes('机构简介'))!.page).toBe(2);
  });
});
