// Random leaflet files for property tests: tame ones that should build, wild ones full of hostile input, raw bytes.
import fc from 'fast-check';

const anyText = fc.string({ unit: 'binary', maxLength: 20 });

/** Tame choices only (what a careful writer produces), or tame and hostile ones mixed when `wild`. */
function pick<T>(wild: boolean, tame: fc.Arbitrary<T>, hostile: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return wild ? fc.oneof(tame, hostile) : tame;
}

function parts(wild: boolean) {
  const word = pick(
    wild,
    fc.constantFrom('硬皮病', '干细胞', 'Scleroderma', '①', '（注）', '。', '，', '“引号”', '1.5 mg', ' ', '  \n'),
    fc.oneof(fc.constantFrom('😀', '👨‍👩‍👧', '\u200b', '\u202e', '\t', '\\', '*', '_', '`', '[', ']', '<', '>', '&amp;', '|'), anyText),
  );
  const url = pick(
    wild,
    fc.constantFrom('https://www.sscchina.org', 'http://example.org/a?b=1#c', 'mailto:info@sscchina.org', 'tel:+8618180768676'),
    fc.oneof(
      fc.constantFrom('javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', 'page.md', '#top', '//example.org', 'https://', 'http://[::1', ''),
      fc.webUrl(),
      anyText.map(encodeURI),
    ),
  );
  const picture = pick(
    wild,
    fc.constantFrom('images/photo.png', './images/photo.png', 'https://example.org/x.png'),
    fc.oneof(
      fc.constantFrom('images', 'missing.png', '../../etc/passwd', '%2e%2e/%2e%2e/etc/passwd', '/etc/passwd', 'C:\\Windows\\win.ini', '//example.org/x.png', 'data:image/png;base64,iVBORw0KGgo=', 'file:///etc/passwd'),
      anyText.map(encodeURI),
    ),
  );

  const { inline } = fc.letrec((tie) => ({
    inline: fc.oneof(
      { depthSize: 'small' },
      word,
      tie('inline').map((x) => `**${x}**`),
      tie('inline').map((x) => `*${x}*`),
      tie('inline').map((x) => `~~${x}~~`),
      tie('inline').map((x) => `\`${x}\``),
      fc.tuple(tie('inline'), url).map(([x, u]) => `[${x}](${u})`),
      fc.tuple(tie('inline'), picture).map(([x, p]) => `![${x}](${p})`),
      tie('inline').map((x) => `<span onclick="x()">${x}</span>`),
      url.map((u) => `<${u}>`),
      word.map((x) => `[^${x}]`),
    ),
  }));
  const line = fc.array(inline, { maxLength: 6 }).map((pieces) => pieces.join(''));
  // Text with no place to break, wider than any column: pasted addresses, chemical names, a key pressed down.
  const run = (max: number) =>
    fc
      .tuple(fc.constantFrom('abcdefghij', 'ABCDEF0123456789', '/._-?&=#%', '0123456789', 'ｗ', 'é́', '👨‍👩‍👧'), fc.integer({ min: 40, max }), fc.nat())
      .map(([alphabet, length, seed]) => {
        const chars = [...new Intl.Segmenter().segment(alphabet)].map((s) => s.segment);
        return Array.from({ length }, (_, i) => chars[(seed + i * 7 + (i >> 3)) % chars.length]).join('');
      });
  // Rendered, a long run fills pages; the runs of a megabyte have tests of their own (test/render/overflow.test.ts).
  const longRun = (max: number) =>
    fc.oneof(
      run(max),
      run(max).map((text) => `https://mp.weixin.qq.com/s?__biz=${text}&scene=21#rd`),
      fc.tuple(line, run(max)).map(([text, inside]) => `${text}（${inside}）${text}`),
      run(max).map((text) => `[原文](https://example.org/${encodeURIComponent(text)})`),
    );
  // Tables of up to 80 columns, some cells empty or long.
  const wideTable = fc
    .tuple(fc.integer({ min: 5, max: 80 }), fc.integer({ min: 0, max: 3 }), fc.array(fc.oneof(word, run(300), fc.constant('')), { minLength: 1, maxLength: 5 }))
    .map(([columns, rows, cells]) => {
      const row = (r: number) => `| ${Array.from({ length: columns }, (_, c) => cells[(r * columns + c) % cells.length]!.replace(/[|\n]/g, ' ')).join(' | ')} |`;
      return [row(0), `|${'---|'.repeat(columns)}`, ...Array.from({ length: rows }, (_, r) => row(r + 1))].join('\n');
    });
  const depth = wild ? fc.integer({ min: 1, max: 14 }) : fc.integer({ min: 1, max: 6 });

  const block = fc.oneof(
    line,
    fc.tuple(fc.integer({ min: 1, max: 7 }), line).map(([n, text]) => `${'#'.repeat(n)} ${text}`),
    fc.tuple(depth, line).map(([n, text]) => `${'> '.repeat(n)}${text}`),
    fc.tuple(depth, fc.boolean(), line).map(([n, ordered, text]) =>
      Array.from({ length: n }, (_, i) => `${'   '.repeat(i)}${ordered ? `${i + 1})` : '-'} ${text}`).join('\n'),
    ),
    fc.array(line, { minLength: 1, maxLength: 4 }).map((cells) => `| ${cells.join(' | ')} |\n|${cells.map(() => '---').join('|')}|\n| ${cells.join(' | ')} |`),
    line.map((text) => `\`\`\`js\n${text}\n\`\`\``),
    line.map((text) => `<div>\n<script>${text}</script>\n</div>`),
    fc.constantFrom('---', '***', '<!-- comment -->', '[^1]: 脚注', '![引用][pic]\n\n[pic]: images/photo.png'),
    // Markdown typed on a Chinese keyboard, which is read as meant: two lines of it, so that places shift twice.
    fc
      .tuple(fc.constantFrom('＃＃ ', '##', '#　', '-　', '－ ', '• ', '１．', '1。', '1、', '> ＃ ', '![图]（images/photo.png）', '［网站］（https://www.sscchina.org）'), line)
      .map(([mark, text]) => `${mark}${text}\n${mark}${text}`),
    fc.tuple(fc.constantFrom('好', 'a', '，', ' ', '*a ', '['), fc.integer({ min: 200, max: 3000 })).map(([unit, n]) => unit.repeat(n)),
    longRun(1500),
    fc.tuple(depth, longRun(300)).map(([n, text]) => `${'> '.repeat(n)}${text}`),
    fc.tuple(depth, longRun(300)).map(([n, text]) => Array.from({ length: n }, (_, i) => `${'   '.repeat(i)}- ${text}`).join('\n')),
    wideTable,
    ...(wild
      ? [
          // Deeper than the model allows; far deeper nesting is slow in the parser and has its own test.
          fc.integer({ min: 11, max: 150 }).map((n) => `${'>'.repeat(n)} 深`),
          fc.constantFrom('![引用][pic]\n\n[pic]: ../../etc/passwd'),
          fc.string({ unit: 'binary', maxLength: 100 }),
        ]
      : []),
  );
  const body = fc.array(block, { maxLength: 8 }).map((blocks) => blocks.join('\n\n'));

  const tameSetting = fc.oneof(
    fc.constantFrom('subtitle: Stem Cells', 'series: 实验性治疗方法', 'date: 2024-05-21', 'lang: en', 'lang: zh-TW', 'keywords: [硬皮病, 干细胞]', 'format: A5', 'format: Letter', 'titel: 拼错'),
    fc.tuple(fc.constantFrom('https://www.sscchina.org/join', 'http://example.org'), line).map(([u, caption]) => `qr:\n  url: ${u}\n  caption: ${JSON.stringify(caption)}`),
    line.map((text) => `credit: ${JSON.stringify(text)}`),
  );
  const yamlValue = fc.oneof(
    fc.constantFrom(
      ...['"quoted', "'single", '[a, b]', '{a: 1}', '!!binary aGVsbG8=', '!!js/function "function () { return 1 }"', '!!set {a, b}'],
      ...['!!timestamp 2024-01-01', '!<tag:yaml.org,2002:js/undefined> x', '&a [*a]', '*missing', '2024-02-30', 'A6', 'zh-cm', 'null'],
      ...['~', 'true', '1e400', '0x1F', '|\n  block text', '>-\n  folded', ''],
    ),
    anyText.map((text) => JSON.stringify(text)),
    anyText,
    fc.integer({ min: 1, max: 3000 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`),
    fc.integer({ min: 1, max: 3000 }).map((n) => `${'{a: '.repeat(n)}1${'}'.repeat(n)}`),
    fc.integer({ min: 1, max: 5000 }).map((n) => 'x'.repeat(n)),
  );
  const key = fc.oneof(fc.constantFrom('title', 'subtitle', 'date', 'lang', 'keywords', 'format', 'qr', '__proto__', 'constructor', '<<', '? [a]'), anyText);
  const setting = pick(wild, tameSetting, fc.oneof(fc.tuple(key, yamlValue).map(([k, v]) => `${k}: ${v}`), anyText));

  const settings = fc.tuple(line, fc.array(setting, { maxLength: 6 })).map(([title, rest]) => `---\ntitle: ${JSON.stringify(title.trim() ? title : '标题')}\n${rest.join('\n')}\n---\n\n`);
  const frontMatter = pick(
    wild,
    fc.oneof(settings, fc.constant('')),
    fc.oneof(
      fc.array(setting, { maxLength: 6 }).map((lines) => `---\n${lines.join('\n')}\n---\n\n`),
      fc.constantFrom('---js\n{ title: process.exit(3) }\n---\n\n', '---json\n{"title": "x"}\n---\n\n', '---\ntitle: 未闭合\n\n', '---\n---\n\n', '----\n'),
    ),
  );
  // Without front matter the first heading is the title.
  return fc.tuple(frontMatter, body).map(([front, text]) => (front ? front + text : `# 标题\n\n${text}`));
}

const encoder = new TextEncoder();

/** The bytes of a leaflet file: tame or wild front matter and Markdown, sometimes with stray bytes, sometimes noise. */
export const leafletBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  { weight: 4, arbitrary: parts(false).map((text) => encoder.encode(text)) },
  { weight: 4, arbitrary: parts(true).map((text) => encoder.encode(text)) },
  {
    weight: 1,
    arbitrary: fc.tuple(parts(true), fc.uint8Array({ minLength: 1, maxLength: 4 }), fc.nat()).map(([text, stray, at]) => {
      const bytes = encoder.encode(text);
      const cut = at % (bytes.length + 1);
      return Uint8Array.from([...bytes.subarray(0, cut), ...stray, ...bytes.subarray(cut)]);
    }),
  },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 512 }) },
);
