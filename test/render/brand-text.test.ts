// Brand texts in a leaflet of another Chinese script: the right characters, each in the face of its own language.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { openBrand } from '../../src/pipeline/open-brand.js';
import { brandFile, build, fixtures, tempDir, type Built } from '../helpers/build.js';
import { openPdf } from '../helpers/pdf.js';

interface Drawn {
  text: string;
  font: string;
}

/** Every text item of a PDF with the name of the embedded font it is drawn in. */
async function drawnText(bytes: Uint8Array): Promise<Drawn[]> {
  const doc = await openPdf(bytes);
  const out: Drawn[] = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const page = await doc.getPage(n);
    await page.getOperatorList();
    const content = await page.getTextContent();
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const font = page.commonObjs.get(item.fontName) as { name: string };
      out.push({ text: item.str, font: font.name });
    }
  }
  return out;
}

const squeeze = (text: string) => text.replace(/\s+/g, '');
const brand = parse(await readFile(brandFile, 'utf8')) as {
  disclaimer: { 'zh-CN': string };
  profile: { intro: string[]; vision: string; mission: string; slogan: string };
  contact: { label: { 'zh-CN': string }; value: string }[];
};

describe('a zh-TW leaflet', () => {
  let built: Built;
  let drawn: Drawn[];
  beforeAll(async () => {
    built = await build(path.join(fixtures, 'zh-tw', 'leaflet.md'));
    drawn = await drawnText(built.bytes!);
  });

  it("prints the brand's Simplified texts exactly as the brand file has them", () => {
    const text = squeeze(drawn.map((d) => d.text).join(''));
    for (const expected of [brand.disclaimer['zh-CN'], ...brand.profile.intro, brand.profile.vision, brand.profile.mission, brand.profile.slogan]) {
      // Extraction reads the quarter em between Chinese and Latin as a space, which squeeze removes.
      expect(text).toContain(squeeze(expected));
    }
    for (const entry of brand.contact) expect(text).toContain(`${entry.label['zh-CN']}：${entry.value}`);
  });

  it('sets the brand texts in the Simplified face and the leaflet in the Traditional one', () => {
    const fontOf = (needle: string) => drawn.find((d) => d.text.includes(needle))?.font;
    expect(fontOf(brand.disclaimer['zh-CN'].slice(0, 8))).toMatch(/NotoSansSC/);
    expect(fontOf(brand.profile.intro[1]!.slice(0, 8))).toMatch(/NotoSansSC/);
    expect(fontOf('雷諾現象是硬皮病')).toMatch(/NotoSansTC/);
  });

  it('takes a character the Traditional face lacks from the Simplified face, without a warning for it', () => {
    expect(drawn.find((d) => d.text === '专' || d.text.endsWith('专') || d.text.startsWith('专'))?.font).toMatch(/NotoSansSC/);
    const glyphs = built.file.messages.filter((m) => m.ruleId === 'missing-glyph').map((m) => `${m.line}:${m.column} ${m.reason}`);
    // The SVG's text is drawn and checked; its <title> is not drawn.
    expect(glyphs).toEqual(["13:1 colours.svg: U+E000 '\uE000' is not in the font"]);
  });

  it('uses a Traditional text when the brand gives one', async () => {
    const dir = await tempDir();
    const own = path.join(dir, 'brand.yaml');
    const text = (await readFile(brandFile, 'utf8')).replace(/^disclaimer:\n/m, 'disclaimer:\n  zh-TW: 本手冊不提供專業醫療建議。\n');
    await writeFile(own, text);
    const result = await build(path.join(fixtures, 'zh-tw', 'leaflet.md'), { brand: own });
    const items = await drawnText(result.bytes!);
    expect(items.find((d) => d.text.includes('本手冊不提供'))?.font).toMatch(/NotoSansTC/);
  });
});

describe('the brand file', () => {
  it('warns at the place of a character that no font has, in values only', async () => {
    const dir = await tempDir();
    const own = path.join(dir, 'brand.yaml');
    const text = (await readFile(brandFile, 'utf8')).replace('slogan: 爱，让我们更柔软', 'slogan: 爱，让我们\uE000更柔软  # 注释里的\uE001不打印');
    await writeFile(own, text);
    const loaded = await openBrand(own, path.dirname(brandFile).replace(/assets$/, ''));
    const line = text.split('\n').findIndex((l) => l.includes('slogan: 爱')) + 1;
    const found = loaded.file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`);
    expect(found).toEqual([`${line}:${'  slogan: 爱，让我们'.length + 1} missing-glyph`]);
  });
});
