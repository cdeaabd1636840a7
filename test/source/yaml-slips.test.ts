// Typing slips in YAML: one message each, at the slip's own place, and the settings read as they were meant.
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { diagnosticsOf } from '../../src/diagnostics/messages.js';
import type { MessageLang } from '../../src/diagnostics/say.js';
import { parseYaml, placeOf } from '../../src/source/yaml-source.js';

function parsed(text: string, keys?: string[]) {
  const file = new VFile({ path: 'x.yaml' });
  const schema = keys && z.object(Object.fromEntries(keys.map((key) => [key, z.string().optional()])));
  const result = parseYaml(file, text, 1, { schema });
  const said = (lang: MessageLang) => diagnosticsOf(file, lang).map((d) => `${d.line}:${d.column} ${d.severity} ${d.rule}: ${d.reason}`);
  return { file, result, data: result?.data, en: said('en'), zh: said('zh-CN') };
}

describe('a key followed by a full-width colon or space', () => {
  it('is one error at the colon, in both languages, and the value is read', () => {
    const { data, en, zh } = parsed('title：雷诺现象\nsubtitle: Raynaud\n');
    expect(data).toEqual({ title: '雷诺现象', subtitle: 'Raynaud' });
    expect(en).toEqual(["1:6 error colon-slip: 'title' is followed by a full-width colon '：'; write an ASCII colon and a space: 'title: 雷诺现象'"]);
    expect(zh).toEqual(["1:6 error colon-slip: 'title' 后面是中文冒号 '：'；请改成英文冒号加一个空格：'title: 雷诺现象'"]);
  });

  it('gives the line to type with the key’s own name when the key is written in Chinese', () => {
    const { data, en, zh } = parsed('标题：雷诺现象\n纸张：A5\n', ['title', 'format']);
    expect(zh).toEqual([
      "1:1 warning unknown-key: '标题' 按 'title' 读取",
      "1:3 error colon-slip: '标题' 后面是中文冒号 '：'；请改成英文冒号加一个空格：'title: 雷诺现象'",
      "2:1 warning unknown-key: '纸张' 按 'format' 读取",
      "2:3 error colon-slip: '纸张' 后面是中文冒号 '：'；请改成英文冒号加一个空格：'format: A5'",
    ]);
    // And read as those keys, as meant.
    expect(data).toEqual({ title: '雷诺现象', format: 'A5' });
    // Where no such key is known (a brand file's keys), the key stays as written.
    expect(parsed('标题：雷诺现象\n', ['name']).en).toEqual([
      "1:3 error colon-slip: '标题' is followed by a full-width colon '：'; write an ASCII colon and a space: '标题: 雷诺现象'",
    ]);
    expect(en).toHaveLength(4);
  });

  it('points at a full-width space before or after the colon', () => {
    const { data, en } = parsed('title:　雷诺现象\nseries　: 症状\n');
    expect(data).toEqual({ title: '雷诺现象', series: '症状' });
    expect(en.map((line) => line.split(' error ')[0])).toEqual(['1:7', '2:7']);
    expect(en[1]).toContain("'series' is followed by a full-width space '　'");
  });

  it('keeps the places of everything after the slip as written', () => {
    const { result, en } = parsed('title：雷诺现象\nlang:zh-cm\n');
    expect(en.map((line) => line.split(' error ')[0])).toEqual(['1:6', '2:5']);
    // The values start one column later in the text that was parsed; their places are still those written.
    expect(placeOf(result!.source, ['title'])).toEqual({ line: 1, column: 7 });
    expect(placeOf(result!.source, ['lang'])).toEqual({ line: 2, column: 6 });
  });
});

describe('a colon without a space after it', () => {
  it('is one error at the colon, where the parser would report the next line', () => {
    const { data, en, zh } = parsed('title: 雷诺\nsubtitle:Raynaud\nprint_urls:false\n');
    expect(data).toEqual({ title: '雷诺', subtitle: 'Raynaud', print_urls: false });
    expect(en).toEqual([
      "2:9 error colon-slip: no space after the colon of 'subtitle:'; write a space after it: 'subtitle: Raynaud'",
      "3:11 error colon-slip: no space after the colon of 'print_urls:'; write a space after it: 'print_urls: false'",
    ]);
    expect(zh[0]).toBe("2:9 error colon-slip: 'subtitle:' 的冒号后面少了一个空格；请写成：'subtitle: Raynaud'");
  });

  it('leaves addresses in lists, empty values and text blocks alone', () => {
    const { data, en } = parsed('links:\n  - mailto:a@b.org\n  - https://a.org\n  - tel:123\nqr:\nintro: |\n  注意:这是正文\n  Note:text\n');
    expect(en).toEqual([]);
    expect(data).toEqual({ links: ['mailto:a@b.org', 'https://a.org', 'tel:123'], qr: null, intro: '注意:这是正文\nNote:text\n' });
  });
});

describe('tabs in the indentation', () => {
  it('are one error for a run of lines (blank lines between them too), not one per line', () => {
    const { data, en, zh } = parsed('qr:\n\turl: https://a.org\n\tcaption: 扫码\nkeywords:\n\t- 甲\n\n\t- 乙\n');
    expect(data).toEqual({ qr: { url: 'https://a.org', caption: '扫码' }, keywords: ['甲', '乙'] });
    expect(en).toEqual([
      '2:1 error tab-indent: lines 2–3 are indented with tabs; settings are indented with spaces',
      '5:1 error tab-indent: lines 5–7 are indented with tabs; settings are indented with spaces',
    ]);
    expect(zh[0]).toBe('2:1 error tab-indent: 第 2–3 行用了 Tab 缩进；设置只能用空格缩进');
  });

  it('put a run of tabbed lines under the key above it, deeper by a level for each tab more, and say how many spaces', () => {
    const file = new VFile({ path: 'x.yaml' });
    const result = parseYaml(file, 'event:\n  venue:\n\tname: 社区中心\n\taddress: 武侯区\n  fee: 免费\nqr:\n\turl: https://a.org\n', 1, {});
    expect(result!.data).toEqual({ event: { venue: { name: '社区中心', address: '武侯区' }, fee: '免费' }, qr: { url: 'https://a.org' } });
    expect(diagnosticsOf(file, 'en').map((d) => d.hint)).toEqual([
      'indent these lines with spaces instead of tabs: 4 spaces before the first, as under the key above it',
      'indent these lines with spaces instead of tabs: 2 spaces before the first, as under the key above it',
    ]);
  });

  it('keep the places of the parser’s own errors on those lines', () => {
    const { en } = parsed('qr:\n\turl: a\n\turl: b\n');
    expect(en).toEqual([
      '2:1 error tab-indent: lines 2–3 are indented with tabs; settings are indented with spaces',
      "3:2 error yaml-syntax: 'url' is written twice (first on line 2); keep one of them",
    ]);
  });
});

describe('the parser’s messages', () => {
  it('are in Chinese where a person typing settings meets them, with the parser’s English as it is', () => {
    const { en, zh } = parsed('title: 甲\nsubtitle: 丙\ntitle: 乙\n');
    expect(en).toEqual(["3:1 error yaml-syntax: 'title' is written twice (first on line 1); keep one of them"]);
    expect(zh).toEqual(["3:1 error yaml-syntax: 'title' 写了两次（第一次在第 1 行）；请只保留一个"]);
    // In its own map: the qr's url above is another key.
    expect(parsed('qr:\n  url: a\nevent:\n  register: b\n  url: c\n  url: d\n').en).toEqual([
      "6:3 error yaml-syntax: 'url' is written twice (first on line 5); keep one of them",
    ]);
    expect(parsed('title: "甲').zh).toEqual(['1:8 error yaml-syntax: 引号没有配对：这个值缺少结尾的 "']);
  });

  it('are in Chinese for text after a quoted value, a bad escape in double quotes, and a second ---', () => {
    expect(parsed('title: "干细胞" 与硬皮病\n').zh).toEqual(['1:14 error yaml-syntax: 引号或括号后面还有文字：请把整个值放进一对英文引号里，例如 title: "甲 乙"']);
    expect(parsed('title: [甲] 乙\n').zh).toEqual(['1:12 error yaml-syntax: 引号或括号后面还有文字：请把整个值放进一对英文引号里，例如 title: "甲 乙"']);
    expect(parsed('title: "C:\\q"\n').zh).toEqual(['1:11 error yaml-syntax: 双引号里的 \\q 不是有效的写法：反斜杠要写成 \\\\，或者改用单引号把值括起来']);
    expect(parsed('title: %甲\n').zh).toEqual(['1:8 error yaml-syntax: 值不能以 % 开头：请用英文引号把整个值括起来']);
    expect(parsed('title: 甲\n---\nsubtitle: 乙\n').zh).toEqual(['2:1 error yaml-syntax: 这里有第二行 ---：设置只能写在一段里，请删去多余的 ---']);
  });

  it('point at the quote that a value opens and never closes, however far down the parser found it', () => {
    // The parser reads on to the next quote, in the text three lines down, and gives up there.
    const { en } = parsed('title: "干细胞与硬皮病\nsubtitle: Stem\nseries: 实验\ncredit: 由 "某机构" 授权\n');
    expect(en).toEqual(['1:8 error yaml-syntax: Missing closing "quote']);
    expect(parsed("keywords:\n  - '甲\n  - 乙\n").en).toEqual(["2:5 error yaml-syntax: Missing closing 'quote"]);
  });

  it('point at the bracket that a list or map opens and never closes, not at the next setting', () => {
    expect(parsed('title: 甲\nseries: [实验性治疗方法\nformat: A4\n').zh).toEqual(['2:9 error yaml-syntax: 方括号没有配对：用 [ ] 写的列表要以 ] 结尾']);
    expect(parsed('title: 甲\nkeywords: [硬皮病, 干细胞\n').en[0]).toMatch(/^2:11 error yaml-syntax: Flow sequence in block collection/);
    expect(parsed('title: 甲\nseries: {name: 乙\ndate: 2026-03-01\n').zh).toEqual(['2:9 error yaml-syntax: 花括号没有配对：用 { } 写的设置要以 } 结尾']);
    // A list over several lines is closed: nothing to say.
    expect(parsed('keywords: [硬皮病,\n  干细胞]\ntitle: 甲\n').en).toEqual([]);
  });

  it('is one error at a setting indented under a value, which the parser read as the rest of that value', () => {
    const { en, zh } = parsed('title: 测试\n  subtitle: 副标题\ndate: 2026-03-01\n');
    expect(en).toEqual(['2:3 error yaml-syntax: this setting starts with spaces, so it is read as the rest of the line above: remove the spaces at its start']);
    expect(zh).toEqual(['2:3 error yaml-syntax: 这一行行首有空格，被当成了上一行的一部分：请删去行首的空格']);
    // A value's own colon is still a value's colon: quote it.
    expect(parsed('title: 甲: 乙\n').zh[0]).toMatch(/^1:\d+ error yaml-syntax: 值里有冒号加空格/);
  });

  it('is one error at a setting with a full-width space before it, which is read as if the space were not there', () => {
    const { data, zh } = parsed('title: 测试\n\u3000subtitle: 副标题\nevent:\n  venue:\n\u3000\u3000name: 华西医院\ncredit: |\n  \u3000\u3000本文译自某处。\n');
    expect(zh).toEqual([
      "2:1 error colon-slip: 第 2 行开头有全角空格 '　'；设置前面只能用半角空格缩进，或者不缩进",
      "5:1 error colon-slip: 第 5 行开头有全角空格 '　'；设置前面只能用半角空格缩进，或者不缩进",
    ]);
    // Under a key that opens a block, each full-width space is two: the name is the venue's. A block of text keeps its own.
    expect(data).toEqual({ title: '测试', subtitle: '副标题', event: { venue: { name: '华西医院' } }, credit: '\u3000\u3000本文译自某处。\n' });
  });
});
