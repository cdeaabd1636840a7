import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, fixtures } from '../helpers/build.js';
import { openPdf, textLines } from '../helpers/pdf.js';

describe('the outline of a single leaflet', () => {
  it('lists its headings of levels 1 and 2 as bookmarks, each on the page where the heading is printed', async () => {
    const built = await build(path.join(fixtures, 'samples', 'mesenchymal-stem-cells-two-cases.md'));
    const doc = await openPdf(built.bytes!);
    const outline = (await doc.getOutline()) ?? [];
    const titles = outline.map((entry) => entry.title);
    expect(titles).toEqual(['引言', '间充质干细胞治疗硬皮病机制', '2则案例分享：脐带间充质干细胞有效治疗硬皮病', '患者自述', '小结']);
    const lines = await textLines(built.bytes!);
    const squeeze = (text: string) => text.replace(/\s+/g, '');
    for (const entry of outline) {
      const dest = (typeof entry.dest === 'string' ? await doc.getDestination(entry.dest) : entry.dest)!;
      const page = (await doc.getPageIndex(dest[0] as never)) + 1;
      const printed = squeeze(lines.filter((line) => line.page === page).map((line) => line.text).join(''));
      expect(printed, entry.title).toContain(squeeze(entry.title));
    }
    await doc.destroy();
    expect(built.bytes!.includes('/PageMode /UseOutlines')).toBe(true);
  });
});
