// Blocks on the page: a heading, or a line that introduces what follows (如下：), is never left alone at a page's foot.
import { describe, expect, it } from 'vitest';
import { buildText } from '../helpers/build.js';
import { numberedLeaflet } from '../helpers/leaflets.js';
import { textLines } from '../helpers/pdf.js';

describe('a heading before a short paragraph, and a line that ends with a colon before a table', () => {
  it('go to the next page with what they introduce, wherever the page ends', async () => {
    const short = '采用欧洲硬皮病研究组活性指数临床评估工具对患者治疗前后进行评估。结果证实，脐带间充质干细胞治疗进行性、难治性硬皮病安全有效。两名患者的皮肤评分都下降了。';
    for (const count of [8, 9, 10, 11, 12, 13]) {
      const table = '| 项目 | 时间 |\n|---|---|\n| 血常规 | 每月 |\n| 肝功能 | 每三个月 |\n| 肺功能 | 每年 |\n';
      const text = numberedLeaflet(count).replace(/\n$/, `\n\n### 治疗结果\n\n${short}\n\n${short}\n\n复查项目如下：\n\n${table}`);
      const built = await buildText(text, `heading-${count}`, { print: { format: 'A5' } });
      const lines = await textLines(built.bytes!);
      const heading = lines.find((line) => line.text === '治疗结果')!;
      const after = lines.find((line) => line.text.startsWith('采用欧洲'))!;
      expect(after.page, `${count} paragraphs before it`).toBe(heading.page);
      const intro = lines.find((line) => line.text === '复查项目如下：')!;
      const header = lines.find((line) => line.text.startsWith('项目'))!;
      expect(header.page, `${count} paragraphs before the table`).toBe(intro.page);
    }
  });
});
