import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, buildText, fixtures } from '../helpers/build.js';
import { numberedLeaflet } from '../helpers/leaflets.js';
import { textLines, type Line } from '../helpers/pdf.js';

/** The last line of each page, where the footer is, by page number. */
function lastLines(lines: Line[]): Map<number, Line> {
  return new Map(lines.map((line) => [line.page, line]));
}

describe('the running footer', () => {
  it('prints title, n / N and the short name at the foot of every page but the first', async () => {
    const built = await build(path.join(fixtures, 'samples', 'stem-cells-and-scleroderma.md'));
    const lines = await textLines(built.bytes!);
    const feet = lastLines(lines);
    expect(feet.size).toBe(2);
    for (const page of [2]) {
      const foot = feet.get(page)!;
      expect(foot.text).toBe(`干细胞与硬皮病 ${page} / 2 紫贝壳公益`);
      expect(foot.top).toBeGreaterThan(841.89 - 20 * 2.835);
    }
    expect(lines.filter((l) => l.page === 1).some((l) => /\d+ \/ \d+/.test(l.text))).toBe(false);
  });

  it('takes the short name in the leaflet language and numbers every page of a long leaflet', async () => {
    const built = await buildText(numberedLeaflet(80, 'A long leaflet').replace('title:', 'lang: en\ntitle:'));
    const feet = lastLines(await textLines(built.bytes!));
    const total = feet.size;
    expect(total).toBeGreaterThan(3);
    for (let page = 2; page <= total; page += 1) expect(feet.get(page)!.text).toBe(`A long leaflet ${page} / ${total} COFS`);
  });

  it('sets the title as the header does, with a quarter em between Chinese and Latin, and cuts a long one short', async () => {
    const spaced = lastLines(await textLines((await buildText(numberedLeaflet(40, '2名硬皮病患者的心声'))).bytes!));
    expect(spaced.get(2)!.text).toMatch(/^2 名硬皮病患者的心声 2 \/ \d+ 紫贝壳公益$/);
    const long = '硬皮病患者在冬天如何保护双手：保暖、戒烟、避免情绪紧张以及定期复查的完整指南与常见问题解答';
    const cut = lastLines(await textLines((await buildText(numberedLeaflet(40, long))).bytes!)).get(2)!.text;
    expect(cut).toMatch(/^硬皮病患者在冬天.*… 2 \/ \d+ 紫贝壳公益$/);
  });
});

