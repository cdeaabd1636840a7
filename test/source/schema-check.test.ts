// Unknown keys are found among the schema's own keys only: names that every object inherits get the warning too.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBrand } from '../../src/brand/load-brand.js';
import { formatFile } from '../../src/diagnostics/format.js';
import { readManifest } from '../../src/pack/read-manifest.js';
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
