import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { diagnosticsOf } from '../../src/diagnostics/messages.js';
import { readFrontMatter } from '../../src/source/front-matter.js';
import { FrontMatter } from '../../src/source/leaflet-schema.js';
import { parseMarkdown } from '../../src/source/parse-markdown.js';
import { sourceFromBytes } from '../../src/source/read-source.js';

const file = (text: string) => new VFile({ path: 'x.md', value: text });
const where = (f: VFile) => f.messages.map((m) => `${m.line}:${m.column} ${m.fatal ? 'error' : 'warning'} ${m.ruleId}`);

describe('readFrontMatter', () => {
  it('reads YAML settings', () => {
    const f = file('---\ntitle: 标题\nkeywords: [a, b]\n---\n\n正文\n');
    expect(readFrontMatter(f).data).toEqual({ title: '标题', keywords: ['a', 'b'] });
    expect(f.messages).toEqual([]);
  });

  it('reports YAML syntax errors at their line and column in the file', () => {
    const f = file('---\ntitle: 标题\nsubtitle: [未闭合\n---\n');
    expect(readFrontMatter(f).ok).toBe(false);
    expect(where(f)).toEqual(['3:11 error yaml-syntax']);
  });

  it('never runs a ---js header', () => {
    const marker = `leaflet_ran_${Date.now()}`;
    const f = file(`---js\n{ title: (globalThis.${marker} = 'ran') }\n---\n\n正文\n`);
    expect(readFrontMatter(f).ok).toBe(false);
    expect((globalThis as Record<string, unknown>)[marker]).toBeUndefined();
    expect(where(f)).toEqual(['1:4 error front-matter-language']);
  });

  it.each([
    ['---javascript\n({ title: 1 })\n---\n', '1:4', 'javascript'],
    ['--- js\n---\n', '1:5', 'js'],
    ['---json\n{"title": "a"}\n---\n', '1:4', 'json'],
    ['---coffee\ntitle: 1\n---\n', '1:4', 'coffee'],
  ])('refuses every front-matter language but YAML: %j', (text, place, language) => {
    const f = file(text);
    expect(readFrontMatter(f)).toMatchObject({ ok: false, data: {} });
    expect(where(f)).toEqual([`${place} error front-matter-language`]);
    expect(f.messages[0]!.reason).toBe(`front matter in '${language}' is not allowed; only YAML is read`);
  });

  it('asks for a bare fence when the first line names YAML', () => {
    const f = file('---yaml\ntitle: 标题\n---\n');
    expect(readFrontMatter(f).ok).toBe(false);
    expect(f.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.reason}`)).toEqual([
      "1:4 front-matter-language: the settings start with a line of just three dashes (---), without 'yaml'",
    ]);
  });

  it.each(['!!js/function "function () { return 1 }"', '!!binary aGVsbG8=', '!!timestamp 2024-01-01', '!foo bar'])(
    'constructs no object from the tag in `title: %s`',
    (value) => {
      const f = file(`---\ntitle: ${value}\n---\n`);
      const { data, ok } = readFrontMatter(f);
      expect(ok).toBe(true);
      expect(typeof data.title).toBe('string');
      const tag = value.split(' ')[0]!;
      expect(f.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.reason}`)).toEqual([
        `2:8 yaml-syntax: the tag '${tag}' is ignored; the value is read as written`,
      ]);
    },
  );

  it('reads tagged collections as plain lists and maps', () => {
    const { data } = readFrontMatter(file('---\nkeywords: !!set {a, b}\nqr: !!omap [url: x]\n__proto__: {polluted: 1}\n---\n'));
    expect(Object.getPrototypeOf(data.keywords)).toBe(Object.prototype);
    expect(Array.isArray(data.qr)).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports a block that is never closed', () => {
    const f = file('---\ntitle: 标题\n\n正文\n');
    readFrontMatter(f);
    expect(where(f)).toEqual(['1:1 error yaml-syntax']);
  });

  it('treats a file without front matter as having none', () => {
    expect(readFrontMatter(file('# 标题\n')).present).toBe(false);
    expect(readFrontMatter(file('-----\n\n正文\n---\n')).present).toBe(false);
  });
});

describe('a front-matter fence typed with other dashes', () => {
  const said = (f: VFile, lang: 'en' | 'zh-CN') => diagnosticsOf(f, lang).map((d) => `${d.line}:${d.column} ${d.rule}: ${d.reason}`);

  it('is one error at line 1 when both lines are, and the settings are read', () => {
    const f = file('———\ntitle: 雷诺现象\nlang: en\n———\n\n正文\n');
    expect(readFrontMatter(f)).toMatchObject({ ok: true, present: true, data: { title: '雷诺现象', lang: 'en' } });
    expect(said(f, 'en')).toEqual(["1:1 fence-slip: the settings start and end with '———' (lines 1 and 4); the lines around them are three ASCII dashes (---)"]);
    expect(said(f, 'zh-CN')).toEqual(["1:1 fence-slip: 开头设置的第 1 行和第 4 行写成了 '———'；这两行都应该是三个英文减号 ---"]);
  });

  it('is an error at the line that is wrong: full-width hyphens opening, or a closing line of dashes', () => {
    const opening = file('－－－\ntitle: 雷诺现象\n---\n\n正文\n');
    expect(readFrontMatter(opening).data).toEqual({ title: '雷诺现象' });
    expect(said(opening, 'en')).toEqual(["1:1 fence-slip: the settings start with '－－－'; the line that starts them is three ASCII dashes (---)"]);
    const closing = file('---\ntitle: 雷诺现象\n——\n\n正文\n');
    expect(readFrontMatter(closing).data).toEqual({ title: '雷诺现象' });
    expect(said(closing, 'en')).toEqual(["3:1 fence-slip: the settings end with '——'; the line that ends them is three ASCII dashes (---)"]);
  });

  it('is not a fence when no settings follow, nor a closing line after the text', () => {
    const rule = file('———\n\n正文\n');
    expect(readFrontMatter(rule).present).toBe(false);
    expect(rule.messages).toEqual([]);
    const unclosed = file('---\ntitle: 雷诺\n\n正文\n\n———\n');
    readFrontMatter(unclosed);
    expect(said(unclosed, 'en')).toEqual(['1:1 yaml-syntax: the front matter is not closed']);
  });

  it('is left out of the text, which keeps its places', () => {
    const f = file('———\ntitle: 雷诺现象\n———\n\n正文\n');
    const tree = parseMarkdown(f, readFrontMatter(f).end);
    expect(tree!.children.map((node) => [node.type, node.position?.start.line])).toEqual([['paragraph', 5]]);
  });
});

describe('a value in curly quotation marks', () => {
  it('is read as the text inside them, with a warning at the value', () => {
    const f = file('---\ntitle: “雷诺现象”\nsubtitle: ‘Raynaud’s’\nkeywords: [“甲”, 乙]\nseries: "“症状”"\ncredit: “甲”与“乙”\n---\n');
    expect(readFrontMatter(f).data).toEqual({ title: '雷诺现象', subtitle: 'Raynaud’s', keywords: ['甲', '乙'], series: '“症状”', credit: '“甲”与“乙”' });
    expect(diagnosticsOf(f, 'zh-CN').map((d) => `${d.line}:${d.column} ${d.severity} ${d.reason}`)).toEqual([
      "2:8 warning '雷诺现象' 两边的引号 “ ” 不算在值里，已经去掉",
      "3:11 warning 'Raynaud’s' 两边的引号 ‘ ’ 不算在值里，已经去掉",
      "4:12 warning '甲' 两边的引号 “ ” 不算在值里，已经去掉",
    ]);
  });
});

describe('a value typed another way than the settings read it', () => {
  it('is text as typed where text is wanted: a phone number keeps its leading zero, a title its digits', () => {
    const f = file('---\ntitle: 2026\nevent:\n  contact:\n    phone: 02888888888\n  capacity: 30\nprint_urls: true\nkeywords: [2026, 硬皮病]\n---\n');
    const { data } = readFrontMatter(f);
    expect(data).toMatchObject({ title: '2026', event: { contact: { phone: '02888888888' }, capacity: 30 }, print_urls: true, keywords: ['2026', '硬皮病'] });
    expect(f.messages).toEqual([]);
  });

  it('is the choice it means when typed in another case, in full width (with a warning that names it) or as 是 or 否', () => {
    const f = file('---\nformat: Ａ４\nalign: Left\ntemplate: EVENT\n---\n');
    expect(readFrontMatter(f).data).toEqual({ format: 'A4', align: 'left', template: 'event' });
    expect(diagnosticsOf(f, 'zh-CN').map((d) => `${d.line}:${d.column} ${d.rule}: ${d.reason}`)).toEqual(["2:9 front-matter-invalid: 'Ａ４' 是用全角字符输入的；已按 'A4' 读取"]);
    expect(readFrontMatter(file('---\nprint_urls: 是\n---\n')).data).toEqual({ print_urls: true });
    expect(readFrontMatter(file('---\nprint_urls: 否\n---\n')).data).toEqual({ print_urls: false });
    // A paper size with its word after it: the size, with a warning that says to write it alone.
    const worded = file('---\nformat: A5纸\n---\n');
    expect(readFrontMatter(worded).data).toEqual({ format: 'A5' });
    expect(diagnosticsOf(worded, 'zh-CN').map((d) => `${d.reason} / ${d.hint}`)).toEqual(["'A5纸' 已按 'A5' 读取 / 只写 A5 就可以了"]);
    // What is no choice at all is still refused by the schema.
    expect(readFrontMatter(file('---\nformat: A6\n---\n')).data).toEqual({ format: 'A6' });
  });

  it('parts keywords at commas of either width and at 、', () => {
    expect(FrontMatter.parse({ keywords: ['甲，乙', '丙'] }).keywords).toEqual(['甲', '乙', '丙']);
    expect(FrontMatter.parse({ keywords: '硬皮病、雷诺现象, 干细胞' }).keywords).toEqual(['硬皮病', '雷诺现象', '干细胞']);
  });
});

describe('sourceFromBytes', () => {
  it('refuses binary input with the position of the first NUL byte', () => {
    const f = sourceFromBytes('x.md', new Uint8Array([0x61, 0x0a, 0x62, 0x00]));
    expect(where(f)).toEqual(['2:2 error not-text']);
  });

  it('refuses invalid UTF-8 with its position', () => {
    const f = sourceFromBytes('x.md', new Uint8Array([0xe4, 0xb8, 0xad, 0x0a, 0x61, 0xff]));
    expect(where(f)).toEqual(['2:2 error not-text']);
  });

  it('points at the lead byte of a sequence that is not UTF-8, as in a file saved as GBK', () => {
    expect(where(sourceFromBytes('x.md', new Uint8Array([0x23, 0x20, 0xd6, 0xd0, 0xce, 0xc4])))).toEqual(['1:3 error not-text']);
    expect(where(sourceFromBytes('x.md', new Uint8Array([0x61, 0xe4, 0xb8])))).toEqual(['1:2 error not-text']);
  });

  it('drops a byte-order mark and normalises line endings', () => {
    const f = sourceFromBytes('x.md', new TextEncoder().encode('\ufeff---\r\ntitle: a\r\n---\r\n'));
    expect(String(f.value)).toBe('---\ntitle: a\n---\n');
  });
});
