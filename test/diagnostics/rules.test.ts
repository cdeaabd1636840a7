import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildMany } from '../../src/pipeline/build-many.js';
import { formatFile } from '../../src/diagnostics/format.js';
import { rules, type RuleId } from '../../src/diagnostics/rules.js';
import type { MessageLang } from '../../src/diagnostics/say.js';
import { brandFile, fixtures, root, tempDir } from '../helpers/build.js';

/**
 * One folder per rule under test/fixtures/rules/<rule-id>/: its leaflets (and a brand.yaml when the rule is
 * about the brand file), and the exact report that `check` and `build` print for it: expected.txt in
 * English, expected.zh-CN.txt in Chinese.
 */
const rulesDir = path.join(fixtures, 'rules');
const folders = readdirSync(rulesDir).sort();

/** Rules that no file can trigger on its own, and where they are tested instead. */
const testedElsewhere: Partial<Record<RuleId, string>> = {
  'read-error': 'test/cli.test.ts: a path that does not exist',
  'render-failed': 'test/pipeline/build-many.test.ts: a renderer that throws',
  'write-failed': 'test/pipeline/build-many.test.ts: two leaflets that build to the same PDF',
  'internal-error': 'test/pipeline/build-many.test.ts: a model stage that throws',
  'layout-unsupported': 'test/templates/event.test.ts: an event flyer asked for as a booklet',
  'trifold-overflow': 'test/print/trifold.test.ts: the overflow error',
  'font-not-embedded': 'test/print/press-checks.test.ts: a font that is not embedded',
  'pack-invalid': 'test/pack/build-pack.test.ts: a manifest that does not match the schema',
  'pack-leaflet': 'test/pack/build-pack.test.ts: a missing leaflet and a leaflet with errors',
  'page-fill': 'test/render/copyfit.test.ts: a page that no variant fills (build only: it needs the rendered pages)',
};

/** Rules about the rendered pages, which `build` reports and `check`, rendering no handout, does not. */
const buildOnly = ['page-fill'];

async function report(folder: string, dryRun: boolean, skip: string[] = [], lang: MessageLang = 'en'): Promise<string> {
  const dir = path.join(rulesDir, folder);
  const brand = path.join(dir, 'brand.yaml');
  const batch = await buildMany({
    paths: [dir],
    outDir: await tempDir(),
    brandPath: existsSync(brand) ? brand : brandFile,
    root,
    dryRun,
  });
  const files = [batch.brand, ...batch.results.map((result) => result.file)];
  for (const file of files) file.messages = file.messages.filter((message) => !skip.includes(message.ruleId ?? ''));
  return files.flatMap((file) => formatFile(file, root, { lang })).join('\n');
}

describe('the rule catalogue', () => {
  it('has a fixture for every rule that a file can trigger', () => {
    const untested = Object.keys(rules).filter((rule) => !folders.includes(rule) && !(rule in testedElsewhere));
    expect(untested).toEqual([]);
    expect(folders.filter((folder) => !(folder in rules))).toEqual([]);
  });
});

describe.each(folders)('rule %s', (rule) => {
  it('is reported at its place by check, and the same by build', async () => {
    const expected = readFileSync(path.join(rulesDir, rule, 'expected.txt'), 'utf8').trimEnd();
    const checked = await report(rule, true);
    expect(checked).toBe(expected);
    expect(checked).toContain(`[${rule}]`);
    expect(await report(rule, false, buildOnly)).toBe(checked);
  });

  it('is reported in Chinese as expected.zh-CN.txt has it', async () => {
    const file = path.join(rulesDir, rule, 'expected.zh-CN.txt');
    expect(existsSync(file), `${rule}/expected.zh-CN.txt`).toBe(true);
    expect(await report(rule, true, [], 'zh-CN')).toBe(readFileSync(file, 'utf8').trimEnd());
  });
});
