import { VFile } from 'vfile';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBrand, type LoadedBrand } from '../../src/brand/load-brand.js';
import { buildModel } from '../../src/model/build-model.js';
import { maxNesting } from '../../src/model/nesting.js';
import { brandFile, root } from '../helpers/build.js';

let brand: LoadedBrand;
beforeAll(async () => {
  brand = await loadBrand(brandFile, root);
});

function model(text: string) {
  const file = new VFile({ path: 'x.md', value: text });
  return { leaflet: buildModel(file, brand), messages: file.messages.map((m) => `${m.line}:${m.column} ${m.fatal ? 'error' : 'warning'} ${m.ruleId}: ${m.reason}`) };
}

describe('buildModel', () => {
  it('keeps the structure: headings, lists, circled markers, quotes, rules', () => {
    const { leaflet, messages } = model('---\ntitle: 标题\n---\n\n## 一\n\n①第一\n\n1) 甲\n2) 乙\n\n> 引用\n\n---\n\n- 外\n  - 内\n');
    expect(messages).toEqual([]);
    expect(leaflet!.blocks.map((b) => b.type)).toEqual(['heading', 'paragraph', 'list', 'quote', 'rule', 'list']);
    expect(leaflet!.blocks[1]).toMatchObject({ marker: '①', spans: [{ text: '第一' }] });
    expect(leaflet!.blocks[2]).toMatchObject({ ordered: true, delimiter: ')', start: 1 });
    const nested = leaflet!.blocks[5];
    expect(nested?.type === 'list' && nested.items[0]?.[1]?.type).toBe('list');
  });

  it('prints a link URL after its text when they differ', () => {
    const { leaflet } = model('# 标题\n\n见[官网](https://www.sscchina.org/)与<https://example.org>。\n');
    const spans = leaflet!.blocks[0]!.type === 'paragraph' ? leaflet!.blocks[0]!.spans : [];
    expect(spans.map((s) => s.text).join('')).toBe('见官网 (www.sscchina.org)与https://example.org。');
    expect(spans.filter((s) => s.href).map((s) => s.href)).toContain('https://www.sscchina.org/');
  });

  it('leaves link addresses out when print_urls is false', () => {
    const { leaflet } = model('---\ntitle: 标题\nprint_urls: false\n---\n\n见[官网](https://www.sscchina.org/)。\n');
    const spans = leaflet!.blocks[0]!.type === 'paragraph' ? leaflet!.blocks[0]!.spans : [];
    expect(spans.map((s) => s.text).join('')).toBe('见官网。');
  });

  it('refuses javascript: links with their position', () => {
    expect(model('# 标题\n\n点[这里](javascript:alert(1))。\n').messages).toEqual([
      "3:2 error invalid-url: link: the address scheme 'javascript:' is not allowed; use http, https, mailto, tel",
    ]);
  });

  it('refuses a QR URL that is not http(s)', () => {
    const { leaflet, messages } = model('---\ntitle: 标题\nqr:\n  url: ftp://example.org\n---\n\n正文\n');
    expect(leaflet).toBeUndefined();
    expect(messages).toEqual(["4:8 error invalid-url: QR code: the address scheme 'ftp:' is not allowed; use http, https"]);
  });

  it('places a link that remark-gfm finds after parsing, inside the text of another link', () => {
    expect(model('# 标题\n\n见[[[甲](https://a.org)](https://b.org)](https://c.org)。\n').messages).toEqual([
      "3:24 error invalid-url: link: 'https://b.org)](' is not a valid address",
    ]);
  });

  it('suggests a language', () => {
    expect(model('---\ntitle: 标题\nlang: zh-cm\n---\n\n正文\n').messages).toEqual([
      "3:7 error invalid-lang: unsupported language 'zh-cm'; did you mean 'zh-CN'?",
    ]);
  });

  it('warns about what it does not render yet, never silently', () => {
    const { leaflet, messages } = model('# 标题\n\n<div>html</div>\n\n:::box\n文字\n:::\n');
    expect(leaflet).toBeDefined();
    expect(messages).toEqual([
      '3:1 warning raw-html: raw HTML is ignored',
      "5:1 warning unsupported-node: ':::box' is not a known box; its text is printed as is",
    ]);
    expect(leaflet!.blocks).toMatchObject([{ type: 'paragraph', spans: [{ text: '文字' }] }]);
  });

  it('refuses quotes and lists nested deeper than a page can hold, at the first level too many', () => {
    const quotes = (n: number) => `# 标题\n\n${'> '.repeat(n)}深\n`;
    expect(model(quotes(maxNesting)).messages).toEqual([]);
    expect(model(quotes(maxNesting + 1)).messages).toEqual([
      `3:${2 * maxNesting + 1} error too-deep: quotes and lists are nested more than ${maxNesting} levels deep here`,
    ]);
    const lists = Array.from({ length: maxNesting + 1 }, (_, i) => `${'  '.repeat(i)}- 项`).join('\n');
    expect(model(`# 标题\n\n${lists}\n`).messages).toEqual([
      `${maxNesting + 3}:${2 * maxNesting + 1} error too-deep: quotes and lists are nested more than ${maxNesting} levels deep here`,
    ]);
  });

  it('reports text nested past what the Markdown parser can hold, instead of crashing', () => {
    const { leaflet, messages } = model(`# 标题\n\n${'>'.repeat(12000)} 深\n`);
    expect(leaflet).toBeUndefined();
    expect(messages).toEqual(['1:1 error too-deep: the text is nested too deeply to be read']);
    expect(model('# 标题\n\n正文\n').leaflet).toBeDefined();
  });

  it('needs a title', () => {
    expect(model('---\nsubtitle: 副标题\n---\n\n正文\n').messages).toEqual(['1:1 error missing-title: the leaflet has no title']);
  });

  it('warns about an empty body', () => {
    expect(model('# 只有标题\n').messages).toEqual(['1:1 warning empty-body: the leaflet has no text besides its title']);
  });

  it('numbers footnotes in the order of first citation and reports unused ones', () => {
    const { leaflet, messages } = model('# 标题\n\n甲[^b]乙[^a]丙[^b]。\n\n[^a]: 注一\n[^b]: 注二\n[^c]: 注三\n');
    expect(messages).toEqual(["7:1 warning footnote-unused: footnote [^c] is never cited, so it is not printed"]);
    const spans = leaflet!.blocks[0]!.type === 'paragraph' ? leaflet!.blocks[0]!.spans : [];
    expect(spans.filter((s) => s.marks.sup).map((s) => s.text)).toEqual(['1', '2', '1']);
    expect(leaflet!.references.map((r) => [r.number, r.blocks[0]?.type === 'paragraph' && r.blocks[0].spans[0]?.text])).toEqual([
      [1, '注二'],
      [2, '注一'],
    ]);
  });

  it('reads tables with their alignment, boxes, page breaks and plain-text colons', () => {
    const { leaflet, messages } = model(
      '# 标题\n\n| a | b |\n|:--|--:|\n| 1 | 2 |\n\n:::tip[小贴士]\n多喝水\n:::\n\n\\newpage\n\n::pagebreak\n\n时间:Monday\n',
    );
    expect(messages).toEqual([]);
    expect(leaflet!.blocks.map((b) => b.type)).toEqual(['table', 'callout', 'pagebreak', 'pagebreak', 'paragraph']);
    expect(leaflet!.blocks[0]).toMatchObject({ align: ['left', 'right'], header: [[{ text: 'a' }], [{ text: 'b' }]] });
    expect(leaflet!.blocks[1]).toMatchObject({ kind: 'tip', title: [{ text: '小贴士' }] });
    expect(leaflet!.blocks[4]).toMatchObject({ spans: [{ text: '时间:Monday' }] });
  });
});

describe('images', () => {
  it('resolves images next to the leaflet and refuses missing, outside and remote ones', async () => {
    const { readFile } = await import('node:fs/promises');
    const source = `${root}/test/fixtures/assets/leaflet.md`;
    const file = new VFile({ path: source, value: await readFile(source, 'utf8') });
    const leaflet = buildModel(file, brand, root);
    expect(leaflet).toBeUndefined();
    expect(file.messages.map((m) => `${m.line}:${m.column} ${m.fatal ? 'error' : 'warning'} ${m.ruleId}`)).toEqual([
      '5:1 error missing-asset',
      '7:1 error asset-outside-project',
      '9:1 error asset-outside-project',
      '11:1 warning remote-asset',
    ]);
  });
});
