// Markdown typed with a Chinese keyboard: read as meant, one warning for each kind of slip, places as written.
import type { Heading, Image, Link, List, Root } from 'mdast';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { diagnosticsOf } from '../../src/diagnostics/messages.js';
import type { MessageLang } from '../../src/diagnostics/say.js';
import { parseMarkdown } from '../../src/source/parse-markdown.js';

function parsed(text: string) {
  const file = new VFile({ path: 'x.md', value: text });
  const tree = parseMarkdown(file) as Root;
  const said = (lang: MessageLang) => diagnosticsOf(file, lang).map((d) => `${d.line}:${d.column} ${d.rule}: ${d.reason}`);
  return { tree, kinds: tree.children.map((node) => node.type), en: said('en'), zh: said('zh-CN') };
}

describe('Markdown typed with a Chinese keyboard', () => {
  it('reads a heading with full-width number signs, or with no space, as a heading, with one warning at the first', () => {
    const { tree, kinds, zh, en } = parsed('＃＃ 全角井号\n\n##没有空格\n\n#　全角空格\n');
    expect(kinds).toEqual(['heading', 'heading', 'heading']);
    expect(tree.children.map((node) => (node as Heading).depth)).toEqual([2, 2, 1]);
    expect(zh).toEqual([
      "1:1 markdown-slip: '＃＃ 全角井号' 在 Markdown 里不算标题：标题要以英文（半角）井号 # 开头，后面加一个空格；这里已经按标题排版，标准写法是 '## 全角井号'（后面还有 2 处同样的写法，也已这样处理）",
    ]);
    expect(en[0]).toContain("it is set as a heading, as '## 全角井号' (2 more like it");
    // Places stay those of the file as written, past the space that was not typed.
    const second = tree.children[1]!.position!;
    expect([second.start.line, second.start.column, second.end.column]).toEqual([3, 1, 7]);
    const text = (tree.children[1] as Heading).children[0]!.position!;
    expect([text.start.column, text.end.column]).toEqual([3, 7]);
  });

  it('reads bullets and numbers typed in full width as lists', () => {
    const { tree, kinds, en } = parsed('-　全角空格\n－ 全角减号\n• 粘贴的圆点\n\n１．全角数字\n２。第二项\n');
    expect(kinds).toEqual(['list', 'list']);
    expect((tree.children[0] as List).children).toHaveLength(3);
    expect((tree.children[1] as List).ordered).toBe(true);
    expect((tree.children[1] as List).children).toHaveLength(2);
    expect(en.map((line) => line.slice(0, 4))).toEqual(['1:1 ', '5:1 ']);
  });

  it('reads items typed with no space, or with a pasted dot, as lists; emphasis and a negative number stay text', () => {
    const { kinds, en } = parsed('1.少吃辛辣\n2.多喝温水\n\n-每天散步\n·保持心情愉快\n\n*重要*的事\n\n-5度以下要保暖\n');
    expect(kinds).toEqual(['list', 'list', 'paragraph', 'paragraph']);
    expect(en.map((line) => line.slice(0, 4))).toEqual(['1:1 ', '4:1 ']);
  });

  it('keeps each line that starts with its own number (①, (1), 一、) on a line of its own', () => {
    const { tree, en } = parsed('步骤如下：\n①量体温\n②记录\n\n(1) 第一点\n(2) 第二点\n');
    const breaks = (i: number) => (tree.children[i] as { children: { type: string }[] }).children.filter((node) => node.type === 'break').length;
    expect([breaks(0), breaks(1)]).toEqual([2, 1]);
    expect(en).toHaveLength(1);
    expect(en[0]).toMatch(/^2:1 markdown-slip: '①量体温' starts its own line.*\(2 more like it/);
  });

  it('reads bold, a quote, a box, a footnote and a table typed with full-width marks', () => {
    const text = '＊＊重要提醒＊＊：按时服药。\n\n＞ 医生说\n\n：：：warning\n不要自行停药。\n：：：\n\n见注释[^1]。\n\n[^1]：脚注。\n\n｜ 时间 ｜ 项目（空腹） ｜\n｜－－－｜－－－｜\n｜ 每3个月 ｜ 血常规 ｜\n';
    const { tree, kinds, en } = parsed(text);
    expect(kinds).toEqual(['paragraph', 'blockquote', 'containerDirective', 'paragraph', 'footnoteDefinition', 'table']);
    expect((tree.children[0] as { children: { type: string }[] }).children[0]!.type).toBe('strong');
    // The table's cells keep their own full-width brackets.
    expect(JSON.stringify(tree.children[5])).toContain('项目（空腹）');
    expect(en).toHaveLength(1);
    expect(en[0]).toMatch(/^1:1 markdown-slip: '＊＊重要提醒＊＊' has a Markdown mark typed in full width .* \(7 more like it/);
  });

  it('reads a picture whose path has a space', () => {
    const { tree, en } = parsed('![照片](images/手部 照片.png)\n');
    const image = (tree.children[0] as { children: Image[] }).children[0]!;
    expect([image.type, image.url]).toEqual(['image', 'images/手部 照片.png']);
    expect(en[0]).toContain("as '![照片](<images/手部 照片.png>)'");
  });

  it('reads 1、 lines as a numbered list only where two stand together', () => {
    const list = parsed('1、保暖\n2、戒烟\n');
    expect(list.kinds).toEqual(['list']);
    expect((list.tree.children[0] as List).children).toHaveLength(2);
    const alone = parsed('1、只有一行\n');
    expect([alone.kinds, alone.en]).toEqual([['paragraph'], []]);
  });

  it('reads a picture or link written with full-width brackets', () => {
    const { tree, en } = parsed('![图]（images/x.png）\n\n注意！［紫贝壳］（https://www.zibeike.org）\n');
    const image = (tree.children[0] as { children: Image[] }).children[0]!;
    expect([image.type, image.url, image.alt]).toEqual(['image', 'images/x.png', '图']);
    const [words, link] = (tree.children[1] as unknown as { children: [{ value: string }, Link] }).children;
    expect([words.value, link.type, link.url]).toEqual(['注意！', 'link', 'https://www.zibeike.org']);
    expect(en).toHaveLength(1);
    expect(en[0]).toMatch(/^1:1 markdown-slip: '!\[图\]（images\/x.png）' .* '!\[图\]\(images\/x.png\)' \(1 more like it/);
  });

  it('reads a paragraph indented as in a letter as a paragraph, not a box of code', () => {
    const { tree, kinds, en } = parsed('\t硬皮病是一种自身免疫病。\n\n    第二段缩进了四个空格，\n    下一行也是。\n\n- 列表项\n\n    列表项的第二段\n\n```\n    代码\n```\n\n    let x = 1;\n');
    expect(kinds).toEqual(['paragraph', 'paragraph', 'list', 'code', 'code']);
    expect(en).toHaveLength(1);
    expect(en[0]).toMatch(/^1:1 markdown-slip: '硬皮病是一种自身免疫病。' starts with a tab or four spaces.*\(2 more like it/);
    // The item's own second paragraph stays in the item; the text keeps its place as written.
    expect((tree.children[2] as List).children[0]!.children).toHaveLength(2);
    expect(tree.children[1]!.position!.start).toMatchObject({ line: 3, column: 5 });
  });

  it('reads a sentence with --- right under it as text and a dividing line; a short title so underlined stays a heading', () => {
    const { kinds, en, zh } = parsed('这是一段完整的话。\n---\n\n短标题\n---\n\n第一行\n第二行\n---\n');
    expect(kinds).toEqual(['paragraph', 'thematicBreak', 'heading', 'paragraph', 'thematicBreak']);
    expect(en).toHaveLength(1);
    expect(zh[0]).toMatch(/^1:1 markdown-slip: '这是一段完整的话。' 下一行紧跟着 ---.*（后面还有 1 处/);
  });

  it('reads marks followed by a no-break space pasted from Word or WeChat', () => {
    const { kinds, tree } = parsed('##\u00a0一、少食多餐\n\n•\u00a0出门戴手套\n•\u00a0穿厚袜子\n\n1.\u00a0第一步\n');
    expect(kinds).toEqual(['heading', 'list', 'list']);
    expect((tree.children[1] as List).children).toHaveLength(2);
  });

  it('reads a picture with a Chinese file name or a title in Chinese quotes', () => {
    const { tree, en } = parsed('![护手霜的涂抹方法]（images/护手霜涂抹.png）\n\n![图](images/x.png “护手霜”)\n');
    const pictures = tree.children.map((node) => (node as { children: Image[] }).children[0]!);
    expect(pictures.map((picture) => [picture.type, picture.url, picture.title])).toEqual([
      ['image', 'images/护手霜涂抹.png', null],
      ['image', 'images/x.png', '护手霜'],
    ]);
    expect(en[0]).toMatch(/\(1 more like it/);
  });

  it('reads a dividing line of Chinese dashes as a dividing line, the sentence above it kept as text', () => {
    const { kinds, en } = parsed('小心冻伤，注意刺痛。\n——\n成都的冬天很冷。\n\n－－－\n\n正文\n');
    expect(kinds).toEqual(['paragraph', 'thematicBreak', 'paragraph', 'thematicBreak', 'paragraph']);
    expect(en[0]).toMatch(/^2:1 markdown-slip: '——' is not a dividing line.*\(1 more like it/);
  });

  it('reads a table whose line under the header is typed with Chinese dashes and colons', () => {
    for (const text of ['｜ 项目 ｜ 时间 ｜\n｜：——｜——：｜\n｜ 血常规 ｜ 每月 ｜\n', '| 项目 | 时间 |\n|——|——|\n| 血常规 | 每月 |\n']) {
      const { kinds, tree, en } = parsed(text);
      expect(kinds, text).toEqual(['table']);
      expect((tree.children[0] as unknown as { children: unknown[] }).children).toHaveLength(2);
      expect(en).toHaveLength(1);
    }
  });

  it('leaves alone what is written as meant: a hashtag, a decimal, a bracket in words, code', () => {
    expect(parsed('```\n代码\n```\n①第一步\n').kinds).toEqual(['code', 'paragraph']);
    const { kinds, en } = parsed('#紫贝壳# 话题\n\n1.5 毫克\n\n１．５毫克\n\n［注］（见第 2 页）\n\n```\n＃＃ 代码\n```\n\n## 标题\n\n- 项\n1. 项\n');
    expect(en).toEqual([]);
    expect(kinds).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph', 'code', 'heading', 'list', 'list']);
  });
});
