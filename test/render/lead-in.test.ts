// A bold lead-in line (`**造血干细胞：**`) keeps at least two lines of the text after it on its page.
import { describe, expect, it } from 'vitest';
import { buildText, designBrand } from '../helpers/build.js';
import { paragraph } from '../helpers/leaflets.js';
import { textLines } from '../helpers/pdf.js';

const following =
  '造血干细胞存在于骨髓中，能够分化为各种血细胞。移植前需要先用化疗清除原有的免疫细胞，再回输患者自己的干细胞。这一过程需要数周时间，并需要在有经验的中心进行。';

describe('a bold lead-in line', () => {
  // With 9 paragraphs before it, the lead-in would otherwise be the last line of the first A5 page.
  it.each([8, 9, 10])('stays on the page of the next two lines, after %i paragraphs', async (count) => {
    const body = Array.from({ length: count }, (_, i) => paragraph(i + 1)).join('\n\n');
    const built = await buildText(`---\ntitle: 引导\nformat: A5\n---\n\n${body}\n\n**造血干细胞：**\n\n${following}\n`, 'leaflet', await designBrand());
    const lines = await textLines(built.bytes!);
    const lead = lines.findIndex((line) => line.text === '造血干细胞：');
    expect(lead).toBeGreaterThan(-1);
    expect(lines[lead + 1]!.text.startsWith('造血干细胞存在')).toBe(true);
    expect([lines[lead + 1]!.page, lines[lead + 2]!.page]).toEqual([lines[lead]!.page, lines[lead]!.page]);
  });

  // A lead-in of a whole sentence in bold, over a line long: a small heading too.
  it.each([7, 8, 9])('of a whole sentence stays with the next two lines too, after %i paragraphs', async (count) => {
    const body = Array.from({ length: count }, (_, i) => paragraph(i + 1)).join('\n\n');
    const lead = '截至2016年12月，已完成或正在进行的四项测试自体干细胞移植治疗硬皮病的临床试验如下：';
    const built = await buildText(`---\ntitle: 引导\nformat: A5\n---\n\n${body}\n\n**${lead}**\n\n${following}\n`, 'leaflet', await designBrand());
    const lines = await textLines(built.bytes!);
    const last = lines.findIndex((line) => line.text.endsWith('如下：'));
    expect(lines[last + 1]!.text.startsWith('造血干细胞存在')).toBe(true);
    expect([lines[last + 1]!.page, lines[last + 2]!.page]).toEqual([lines[last]!.page, lines[last]!.page]);
  });
});
