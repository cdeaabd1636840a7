import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { safeDump, safeLoad } from '../../../src/source/lazy/js-yaml.js';

const require = createRequire(import.meta.url);

describe("the bundle's stand-in for js-yaml, which loads it on first use", () => {
  it("reads and writes YAML as gray-matter's js-yaml does", () => {
    const yaml = require(require.resolve('js-yaml', { paths: [require.resolve('gray-matter')] })) as { safeLoad(text: string): unknown; safeDump(value: unknown): string };
    const text = 'title: 干细胞与硬皮病\ntags: [硬皮病, 干细胞]\n';
    expect(safeLoad(text)).toEqual(yaml.safeLoad(text));
    expect(safeDump({ title: '紫贝壳', pages: 2 })).toBe(yaml.safeDump({ title: '紫贝壳', pages: 2 }));
  });
});
