import { describe, expect, it } from 'vitest';
import { buildText, designBrand } from '../helpers/build.js';
import { textLines } from '../helpers/pdf.js';

const source = `# 列表

第一段正文，用来量出段落之间的距离。

第二段正文。

①成体干细胞有很多类型，包括：

- 造血干细胞，与血液和免疫细胞有关。
- 神经干细胞，可分化为某些类型的神经细胞。
- 表皮干细胞，比如可以更新小肠壁。

最后一段正文。
`;

describe('lists', () => {
  it('sets items closer together than paragraphs, and a list after a numbered paragraph under its text', async () => {
    const lines = await textLines((await buildText(source, 'leaflet', await designBrand())).bytes!);
    const top = (start: string) => lines.find((l) => l.text.replace(/^[•\s]+/, '').startsWith(start))!;
    const paragraphStep = top('第二段').top - top('第一段').top;
    const itemStep = top('神经').top - top('造血').top;
    // One line of text plus the gap after it: paragraphs and items are single lines here.
    expect(paragraphStep - itemStep).toBeGreaterThan(3);
    const lineHeight = 10.5 * 1.65;
    expect(itemStep - lineHeight).toBeGreaterThan(2.5);
    expect(itemStep - lineHeight).toBeLessThan(4.5);
    // The bullet hangs where the numbered paragraph's text starts.
    const numbered = top('①');
    const textLeft = numbered.left + 1.4 * 10.5;
    expect(top('造血').left).toBeCloseTo(textLeft, 0);
    // After the list, the paragraph gap again.
    expect(top('最后').top - top('表皮').top).toBeCloseTo(paragraphStep, 0);
  });
});
