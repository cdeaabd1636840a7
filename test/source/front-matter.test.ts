import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../src/source/front-matter.js';
import { sourceFromBytes } from '../../src/source/read-source.js';

const file = (text: string) => new VFile({ path: 'x.md', value: text });
const where = (f: VFile) => f.messages.map((m) => `${m.line}:${m.column} ${m.fatal ? 'error' : 'warning'} ${m.ruleId}`);

describe('readFrontMatter', () => {
  it('reads YAML settings', () => {
    const f = file('---\ntitle: 标题\nkeywords: [a, b]\n---\n\n正文\n');
    expect(readFrontMatter(f).data).toEqual({ title: '标题', keywords: ['a', 'b'] });
    expect(f.messages).toEqual([]);
  });

  it('reports YAML syntax errors at their line in the file', () => {
    const f = file('---\ntitle: 标题\nsubtitle: [未闭合\n---\n');
    expect(readFrontMatter(f).ok).toBe(false);
    expect(where(f)[0]).toMatch(/^(3|4):\d+ error yaml-syntax$/);
  });

  it('never runs a ---js header', () => {
    const marker = `leaflet_ran_${Date.now()}`;
    const f = file(`---js\n{ title: (globalThis.${marker} = 'ran') }\n---\n\n正文\n`);
    expect(readFrontMatter(f).ok).toBe(false);
    expect((globalThis as Record<string, unknown>)[marker]).toBeUndefined();
    expect(where(f)).toEqual(['1:4 error front-matter-language']);
  });

  it('does not construct objects from YAML tags', () => {
    const f = file('---\ntitle: !!js/function "function () { return 1 }"\n---\n');
    const { data } = readFrontMatter(f);
    expect(typeof (data as { title?: unknown }).title).not.toBe('function');
  });

  it('reports a block that is never closed', () => {
    const f = file('---\ntitle: 标题\n\n正文\n');
    readFrontMatter(f);
    expect(where(f)).toEqual(['1:1 error yaml-syntax']);
  });

  it('treats a file without front matter as having none', () => {
    expect(readFrontMatter(file('# 标题\n')).present).toBe(false);
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

  it('drops a byte-order mark and normalises line endings', () => {
    const f = sourceFromBytes('x.md', new TextEncoder().encode('\ufeff---\r\ntitle: a\r\n---\r\n'));
    expect(String(f.value)).toBe('---\ntitle: a\n---\n');
  });
});
