// Schema checks: every problem at its key in one pass, in both languages; unknown keys among the schema's own only.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadBrand } from '../../src/brand/load-brand.js';
import { Brand } from '../../src/brand/brand-schema.js';
import { formatFile } from '../../src/diagnostics/format.js';
import { diagnosticsOf } from '../../src/diagnostics/messages.js';
import { readManifest } from '../../src/pack/read-manifest.js';
import { FrontMatter } from '../../src/source/leaflet-schema.js';
import { checkFields, inspectSchema, suggest } from '../../src/source/schema-check.js';
import { parseYaml } from '../../src/source/yaml-source.js';
import { brandFile, buildText, root, tempDir } from '../helpers/build.js';

/** `line:col severity rule: reason` of each message. */
const messages = (file: Parameters<typeof formatFile>[0]) => file.messages.map((m) => `${m.line}:${m.column} ${m.fatal ? 'error' : 'warning'} ${m.ruleId}: ${m.reason}`);

describe('unknown keys named like built-in properties', () => {
  it('are reported in the brand file, in its lists and its partners, at their place', async () => {
    const text = (await readFile(brandFile, 'utf8'))
      .replace(/^lang: /m, 'constructor: 1\nlang: ')
      .replace('  - kind: phone\n', '  - kind: phone\n    __proto__: { polluted: 1 }\n')
      .replace(/^partners: \{\}.*$/m, 'partners:\n  __proto__: { name: 某医院 }\n  toString: { name: 某诊所 }');
    const dir = await tempDir();
    const brandPath = path.join(dir, 'brand.yaml');
    await writeFile(brandPath, text);
    const loaded = await loadBrand(brandPath, root);
    const lines = text.split('\n');
    const lineOf = (start: string) => lines.findIndex((line) => line.startsWith(start)) + 1;
    expect(messages(loaded.file)).toEqual([
      `${lineOf('constructor')}:1 warning unknown-key: unknown key 'constructor'`,
      `${lineOf('    __proto__')}:5 warning unknown-key: unknown key 'contact[0].__proto__'`,
      `${lineOf('  __proto__')}:3 warning unknown-key: unknown key 'partners.__proto__'`,
    ]);
    expect(loaded.file.messages[2]!.note).toBe("'__proto__' cannot be used as a name");
    // `toString` is an ordinary partner name, and nothing was polluted.
    expect(Object.keys(loaded.brand!.partners)).toEqual(['toString']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('are reported in a pack manifest', async () => {
    const dir = await tempDir();
    await mkdir(path.join(dir, 'leaflets'));
    await writeFile(path.join(dir, 'leaflets', 'a.md'), '# 甲\n\n正文。\n');
    const manifest = path.join(dir, 'pack.yaml');
    await writeFile(manifest, 'title: 资料包\nrecipient: 某医院\ndate: 2026-03-01\ntoString: x\nleaflets: [leaflets/a.md]\n');
    const { file, entries } = await readManifest(manifest, dir);
    expect(messages(file)).toEqual(["4:1 warning unknown-key: unknown key 'toString'"]);
    expect(entries).toHaveLength(1);
  });

  it('do not make a leaflet’s partner known', async () => {
    const built = await buildText('---\ntitle: 伙伴\npartner: constructor\n---\n\n正文。\n');
    expect(messages(built.file)).toEqual(["3:10 error front-matter-invalid: unknown partner 'constructor'"]);
  });
});

/** Checks YAML text against a schema; the messages as `line:col rule: reason` in a language. */
function check<T extends z.ZodObject>(schema: T, text: string, options?: Parameters<typeof checkFields>[5]) {
  const file = new VFile({ path: 'x.yaml' });
  const parsed = parseYaml(file, text)!;
  const result = checkFields(file, parsed.source, schema, parsed.data as Record<string, unknown>, 'front-matter-invalid', options);
  const said = (lang: 'en' | 'zh-CN') => diagnosticsOf(file, lang).map((d) => `${d.line}:${d.column} ${d.rule}: ${d.reason}`);
  return { ...result, en: said('en'), zh: said('zh-CN') };
}

describe('checking settings key by key', () => {
  it('reports every problem at once and keeps the settings that pass', () => {
    const { value, failed, en } = check(FrontMatter, 'title: [甲]\nsubtitle: 副标题\nformat: A6\nprint_urls: 是\nkeywords: 甲\n');
    expect(value).toEqual({ subtitle: '副标题', keywords: ['甲'] });
    expect([...failed].sort()).toEqual(['format', 'print_urls', 'title']);
    expect(en).toEqual([
      "1:8 front-matter-invalid: 'title': Invalid input: expected string, received array",
      "3:9 front-matter-invalid: 'format': expected one of A4, A5, Letter (or A3, for an event poster)",
      "4:13 front-matter-invalid: 'print_urls': Invalid input: expected boolean, received string",
    ]);
  });

  it('says what zod says in Chinese: types, choices, either type, empty values, the schema’s own words', () => {
    const { zh } = check(FrontMatter, 'title:\nlang: [zh-CN]\nalign: center\nkeywords: 5\ndate: 明天\nevent:\n  starts: 2026-12-12\n  venue: {}\n');
    expect(zh).toEqual([
      "1:7 front-matter-invalid: 'title'：这里应该写文字，现在什么也没写",
      "2:7 front-matter-invalid: 'lang'：这里应该写文字，现在写的是列表",
      "3:8 front-matter-invalid: 'align'：只能是 justify、left 中的一个",
      "4:11 front-matter-invalid: 'keywords'：这里应该写列表（[甲, 乙] 或每行一个 - 甲）或文字，现在写的是数字",
      "5:7 front-matter-invalid: 'date'：日期要写成 YYYY-MM-DD（年-月-日），例如 2026-11-20",
      "7:11 front-matter-invalid: 'event.starts'：日期和时间要写成 2026-12-12T14:00 或 2026-12-12T14:00+08:00 这样",
      "8:10 front-matter-invalid: 缺少必须写的 'event.venue.name'",
    ]);
  });

  it('says sizes and the brand schema’s own words in Chinese', () => {
    const schema = z.object({ intro: Brand.shape.profile.shape.intro, size: z.number().min(6), count: z.number().int().positive() });
    expect(check(schema, 'intro: []\nsize: 3\ncount: 0\n').zh).toEqual([
      "1:8 front-matter-invalid: 'intro'：至少要写 1 项",
      "2:7 front-matter-invalid: 'size'：不能小于 6",
      "3:8 front-matter-invalid: 'count'：要大于 0",
    ]);
    expect(check(z.object({ primary: Brand.shape.colors.shape.primary }), 'primary: red\n').zh).toEqual([
      "1:10 front-matter-invalid: 'primary'：颜色要写成 #RRGGBB 的形式（# 后面六位十六进制数字）",
    ]);
  });

  it('makes a missing required key and its misspelling one error, at the misspelling', () => {
    const { en, zh } = check(FrontMatter, 'title: 活动\nevent:\n  strats: 2026-12-12T14:00\n  venue: { name: 会议室 }\n');
    expect(en).toEqual(["3:3 front-matter-invalid: 'event.starts' is missing, and 'event.strats' is not a known key: did you mean 'event.starts'?"]);
    expect(zh).toEqual(["3:3 front-matter-invalid: 缺少必须写的 'event.starts'，而 'event.strats' 不是可以用的设置项：是不是想写 'event.starts'？"]);
  });

  it('does the same for a key the caller wants, with the caller’s rule, and says which it explained', () => {
    const wanted = [{ path: ['title'], rule: 'missing-title' as const }];
    const misspelt = check(FrontMatter, 'titel: 雷诺现象\n', { wanted });
    expect(misspelt.explained).toEqual([['title']]);
    expect(misspelt.en).toEqual(["1:1 missing-title: 'title' is missing, and 'titel' is not a known key: did you mean 'title'?"]);
    // Without the want, it is the usual warning; with the title there, nothing is missing.
    expect(check(FrontMatter, 'titel: 雷诺现象\n').en).toEqual(["1:1 unknown-key: unknown key 'titel'; did you mean 'title'?"]);
    expect(check(FrontMatter, 'title: 甲\nsubtitel: 乙\n', { wanted }).explained).toEqual([]);
  });

  it('leaves out the issues of values already reported', () => {
    const { en, failed } = check(FrontMatter, 'event:\n  starts: 下午2点\n  venue: { name: 会议室 }\n', { reported: [['event', 'starts']] });
    expect(en).toEqual([]);
    expect(failed.has('event')).toBe(true);
  });
});

describe('suggest', () => {
  it('suggests a close name that shares letters with the one written, and nothing for a name in other letters', () => {
    expect(suggest('titel', ['title', 'template'])).toBe('title');
    expect(suggest('备注', ['title', 'qr'])).toBeUndefined();
    expect(suggest('xy', ['qr'])).toBeUndefined();
  });

  it('knows the keys by their Chinese names, where the key is one of those known at that place', () => {
    expect(suggest('标题', ['title', 'qr'])).toBe('title');
    expect(suggest('纸张', ['title', 'format'])).toBe('format');
    expect(suggest('二維碼', ['qr'])).toBe('qr');
    // 地址 is a venue's address, not a key of the QR settings.
    expect(suggest('地址', ['url', 'caption'])).toBeUndefined();
  });

  it('is used once per unknown key', () => {
    const file = new VFile({ path: 'x.yaml' });
    const parsed = parseYaml(file, 'title: 甲\n日期: 2026-11-20\n')!;
    inspectSchema(file, parsed.source, FrontMatter, parsed.data, 'front-matter-invalid');
    expect(diagnosticsOf(file, 'zh-CN').map((d) => d.reason)).toEqual(["不认识的设置项 '日期'；是不是想写 'date'？"]);
  });
});
