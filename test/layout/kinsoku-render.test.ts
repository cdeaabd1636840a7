import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { closing, opening } from '../../src/layout/line-break.js';
import { build, buildText, fixtures, designBrand } from '../helpers/build.js';
import { textLines, type Line } from '../helpers/pdf.js';

const samples = ['stem-cells-and-scleroderma.md', 'autologous-stem-cell-transplant.md'].map((name) => path.join(fixtures, 'samples', name));

function badLines(lines: Line[]): string[] {
  return lines
    .map((line) => line.text.trim())
    .filter((text) => text.length > 1 && (closing.includes(text[0]!) || opening.includes(text.at(-1)!)));
}

/** Paragraphs of the sample leaflets, shifted by a few characters each time so that lines break elsewhere. */
async function longDocument(paragraphCount: number): Promise<string> {
  const bodies = await Promise.all(samples.map((file) => readFile(file, 'utf8')));
  const paragraphs = bodies
    .flatMap((body) => body.split('---').at(-1)!.split('\n\n'))
    .map((p) => p.trim())
    .filter((p) => p && !p.startsWith('#') && !p.startsWith('-'));
  const shifts = ['', '据报道，', '《指南》', '“重要”', 'HSCT与', '一二三', '（注）'];
  const out = ['---', 'title: 长文档', '---', ''];
  for (let i = 0; i < paragraphCount; i += 1) {
    const text = paragraphs[i % paragraphs.length]!.replace(/^\d\) /, '');
    out.push(`${shifts[i % shifts.length]}${text.replace('，', i % 3 === 0 ? '，**免疫调节**：' : '，')}`, '');
  }
  return out.join('\n');
}

describe('Chinese line breaking in the rendered PDF', () => {
  it.each(samples)('no line of %s opens with a closing mark or ends with an opening mark', async (file) => {
    const built = await build(file);
    const lines = await textLines(built.bytes!);
    expect(lines.length).toBeGreaterThan(40);
    expect(badLines(lines)).toEqual([]);
    expect(lines.map((l) => l.text).join('\n')).not.toMatch(/[\u4e00-\u9fff]-\n|-\n[\u4e00-\u9fff]/);
  });

  it('holds over a document of 30 pages and more', async () => {
    const built = await buildText(await longDocument(380), 'long', await designBrand());
    const lines = await textLines(built.bytes!);
    expect(Math.max(...lines.map((l) => l.page))).toBeGreaterThanOrEqual(30);
    expect(badLines(lines)).toEqual([]);
  }, 120_000);

  it('keeps text inside the margins', async () => {
    const built = await build(samples[0]!);
    const lines = await textLines(built.bytes!);
    for (const line of lines) {
      expect(line.left).toBeGreaterThanOrEqual(0);
      expect(line.right).toBeLessThanOrEqual(595.28 - 20);
    }
  });
});
