import { VFile } from 'vfile';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBrand, type LoadedBrand } from '../../src/brand/load-brand.js';
import { formatFile } from '../../src/diagnostics/format.js';
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

  it('joins a paragraph of Chinese typed over several lines without a space, and Latin words with one', () => {
    const { leaflet } = model('---\ntitle: 换行\n---\n\n每周固定时间称\n一次体重，如果\n**一周内**\n增加超过 2 公斤。\nWe use\nMSCs “按时”\n复查。\n');
    const spans = leaflet!.blocks[0]!.type === 'paragraph' ? leaflet!.blocks[0]!.spans : [];
    expect(spans.map((span) => span.text).join('')).toBe('每周固定时间称一次体重，如果一周内增加超过 2 公斤。 We use MSCs “按时”复查。');
  });

  it('sets bold the way a Chinese writer types it: closing after Chinese punctuation, before a character', () => {
    const { leaflet, messages } = model('---\ntitle: 加粗\n---\n\n**注意事项：**洗手后要擦干。这是**“加粗的引号”**测试。\n');
    expect(messages).toEqual([]);
    const spans = leaflet!.blocks[0]!.type === 'paragraph' ? leaflet!.blocks[0]!.spans : [];
    expect(spans.map((span) => [span.text, span.marks.strong ?? false])).toEqual([
      ['注意事项：', true],
      ['洗手后要擦干。这是', false],
      ['“加粗的引号”', true],
      ['测试。', false],
    ]);
  });

  it('reads settings named in Chinese as the keys they stand for, at any depth, each with a warning', () => {
    const text = '---\n标题: 雷诺现象\n日期: 2026年11月20日\n纸张: A5\ntemplate: event\n活动:\n  开始: 2026-12-12T14:00\n  地点:\n    名称: 社区中心\n---\n\n正文。\n';
    const { leaflet, messages } = model(text);
    expect(leaflet!.meta).toMatchObject({ title: '雷诺现象', format: 'A5', event: { venue: { name: '社区中心' } } });
    expect(leaflet!.meta.date).toBe('2026-11-20');
    expect(messages.filter((m) => m.includes('unknown-key')).map((m) => m.split(' warning ')[0])).toEqual(['2:1', '3:1', '4:1', '6:1', '7:3', '8:3', '9:5']);
    // Written twice, the English key wins and the Chinese one stays unknown.
    const both = model('---\ntitle: 甲\n标题: 乙\n---\n\n正文。\n');
    expect(both.leaflet!.meta.title).toBe('甲');
    expect(both.messages).toEqual(["3:1 warning unknown-key: unknown key '标题'; did you mean 'title'?"]);
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
      "3:1 warning raw-html: raw HTML is ignored: '<div>html</div>' is left out",
      "5:1 warning unsupported-node: ':::box' is not a known box; its text is printed as is",
    ]);
    expect(leaflet!.blocks).toMatchObject([{ type: 'paragraph', spans: [{ text: '文字' }] }]);
  });

  it('reads a box by its Chinese name', () => {
    const { leaflet, messages } = model('# 标题\n\n:::提示\n多喝水。\n:::\n\n:::注意\n不要自行停药。\n:::\n\n:::說明\n文字\n:::\n');
    expect(messages).toEqual([]);
    expect(leaflet!.blocks.map((block) => (block.type === 'callout' ? block.kind : block.type))).toEqual(['tip', 'warning', 'note']);
  });

  it('warns once for an HTML tag in a line, at its opening tag, and prints the words between', () => {
    const { leaflet, messages } = model('# 标题\n\n注意<font color=red>不要吸烟</font>。\n');
    expect(messages).toEqual(["3:3 warning raw-html: raw HTML is ignored: '<font color=red>' is left out"]);
    expect(leaflet!.blocks).toMatchObject([{ type: 'paragraph', spans: [{ text: '注意不要吸烟。' }] }]);
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

describe('every problem in one pass', () => {
  /** The report of a leaflet, as `check` prints it, in a language. */
  function report(text: string, lang: 'en' | 'zh-CN') {
    const file = new VFile({ path: `${root}/x.md`, value: text });
    const leaflet = buildModel(file, brand, root);
    return { leaflet, lines: formatFile(file, root, { lang }) };
  }

  const fiveProblems = [
    '---',
    'title: [雷诺, 现象]',
    'lang: zh-cm',
    'qr:',
    '  url: javascript:alert(1)',
    'subtitel: Raynaud',
    '---',
    '',
    '正文。',
    '',
    '![示意图](images/nope.png)',
    '',
  ].join('\n');

  it('reports five independent problems of a leaflet together, in line order', () => {
    const { leaflet, lines } = report(fiveProblems, 'en');
    expect(leaflet).toBeUndefined();
    expect(lines).toEqual([
      "x.md:2:8: error: 'title': Invalid input: expected string, received array [front-matter-invalid]",
      "x.md:3:7: error: unsupported language 'zh-cm'; did you mean 'zh-CN'? [invalid-lang]\n  hint: use one of zh-CN, zh-TW, en",
      "x.md:5:8: error: QR code: the address scheme 'javascript:' is not allowed; use http, https [invalid-url]",
      "x.md:6:1: warning: unknown key 'subtitel'; did you mean 'subtitle'? [unknown-key]",
      "x.md:11:1: error: image 'images/nope.png' does not exist [missing-asset]\n  hint: looked for images/nope.png in the project folder",
    ]);
  });

  it('reports them in Chinese', () => {
    expect(report(fiveProblems, 'zh-CN').lines).toEqual([
      "x.md:2:8: 错误：'title'：这里应该写文字，现在写的是列表 [front-matter-invalid]",
      "x.md:3:7: 错误：不支持的语言 'zh-cm'；是不是想写 'zh-CN'？ [invalid-lang]\n  提示：只能用 zh-CN、zh-TW、en 中的一个",
      "x.md:5:8: 错误：二维码：网址不能以 'javascript:' 开头；只能用 http、https [invalid-url]",
      "x.md:6:1: 警告：不认识的设置项 'subtitel'；是不是想写 'subtitle'？ [unknown-key]",
      "x.md:11:1: 错误：图片 'images/nope.png' 不存在 [missing-asset]\n  提示：在项目文件夹里找的是 images/nope.png",
    ]);
  });

  it('reports the slips and the problems behind them in the same run', () => {
    const { lines } = report('---\ntitle：雷诺现象\nlang:zh-cm\ndate: 2026年11月20日\n---\n\n正文。\n', 'en');
    expect(lines.map((line) => line.split(': ').slice(0, 2).join(': ') + ' ' + /\[[a-z-]+\]/.exec(line)![0])).toEqual([
      'x.md:2:6: error [colon-slip]',
      'x.md:3:5: error [colon-slip]',
      'x.md:3:6: error [invalid-lang]',
      'x.md:4:7: warning [date-spelling]',
    ]);
  });

  it('does not blame a setting again in the checks that use it', () => {
    const messages = (text: string) => model(text).messages;
    // A title of the wrong type is not also a missing title.
    expect(messages('---\ntitle: [12]\n---\n\n正文\n')).toEqual(["2:8 error front-matter-invalid: 'title': Invalid input: expected string, received array"]);
    // A misspelt template does not make A3 a handout's format; a broken event is not a missing one.
    expect(messages('---\ntemplate: evnet\ntitle: 甲\nformat: A3\n---\n\n正文\n')).toEqual([
      "2:11 error front-matter-invalid: 'template': expected one of handout, event",
    ]);
    expect(messages('---\ntemplate: event\ntitle: 甲\nevent:\n  starts: 2026年12月12日下午2点\n  venue: { name: 会议室 }\n---\n\n正文\n')).toEqual([
      "5:11 error date-spelling: 'event.starts': '2026年12月12日下午2点' is not a time leaflet can read; write the date and a 24-hour time in digits, such as 2026-12-12T14:00",
    ]);
    // The event's other settings are still checked: its sign-up address too, in the same run.
    expect(messages('---\ntemplate: event\ntitle: 甲\nevent:\n  starts: 2026-12-12T14:00\n  ends: 下午5点\n  venue: { name: 会议室 }\n  register: www.sscchina.org/signup\n---\n\n正文\n')).toEqual([
      "6:9 error date-spelling: 'event.ends': '下午5点' is not a time leaflet can read; write the date and a 24-hour time in digits, such as 2026-12-12T17:00",
      "8:13 error invalid-url: 'event.register': 'www.sscchina.org/signup' is not a full address; write it with http:// or https://",
    ]);
    // A language named in words is that language, with a warning that gives its code; a paper size not offered
    // names the sizes, A3 as the poster's.
    const named = model('---\ntitle: 甲\nlang: 繁体\nformat: B5\n---\n\n正文\n');
    expect(named.messages).toEqual([
      "4:9 error front-matter-invalid: 'format': expected one of A4, A5, Letter (or A3, for an event poster)",
      "3:7 warning invalid-lang: language '繁体' is read as zh-TW",
    ]);
    expect(model('---\ntitle: 甲\nlang: 中文\n---\n\n正文\n').leaflet?.meta.lang).toBe('zh-CN');
    // A date written another way is read: one warning, no "not a real calendar date".
    const dated = model('---\ntitle: 甲\ndate: 2026/11/20\n---\n\n正文\n');
    expect(dated.messages).toEqual(["3:7 warning date-spelling: 'date': '2026/11/20' is read as 2026-11-20"]);
    expect(dated.leaflet?.meta.date).toBe('2026-11-20');
  });

  it('says in Chinese why an event time is not real', () => {
    const { lines } = report('---\ntemplate: event\ntitle: 活动\nevent:\n  starts: 2026-02-30T14:00\n  venue: { name: 会议室 }\n---\n\n正文\n', 'zh-CN');
    expect(lines).toEqual(["x.md:5:11: 错误：'event.starts'：日历上没有这个日期或时间（月、日、时或分超出了范围） [front-matter-invalid]"]);
  });

  it('makes a misspelt title one error, unless the text has its own title', () => {
    expect(model('---\ntitel: 雷诺现象\n---\n\n正文\n').messages).toEqual([
      "2:1 error missing-title: 'title' is missing, and 'titel' is not a known key: did you mean 'title'?",
    ]);
    expect(model('---\ntitel: 雷诺现象\n---\n\n# 雷诺现象\n\n正文\n').messages).toEqual([
      "2:1 warning unknown-key: unknown key 'titel'; did you mean 'title'?",
    ]);
  });

  it('reads the settings of a leaflet whose fence is typed with other dashes, and says only that', () => {
    const { leaflet, messages } = model('———\ntitle: 雷诺现象\nlang: xx\n———\n\n正文\n');
    expect(leaflet).toBeUndefined();
    expect(messages).toEqual([
      "1:1 error fence-slip: the settings start and end with '———' (lines 1 and 4); the lines around them are three ASCII dashes (---)",
      "3:7 error invalid-lang: unsupported language 'xx'",
    ]);
  });
});
