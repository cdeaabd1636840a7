import { describe, expect, it } from 'vitest';
import type { Span } from '../../src/model/types.js';
import { prepareSpans } from '../../src/layout/prepare-spans.js';

const text = (spans: Span[]) => spans.map((s) => [s.text, s.marks.strong ? 'b' : '']);

describe('prepareSpans', () => {
  it('moves closing marks that start a run to the run before', () => {
    const spans: Span[] = [
      { text: '科研人员认为，', marks: {} },
      { text: '免疫调节', marks: { strong: true } },
      { text: '：硬皮病', marks: {} },
    ];
    expect(text(prepareSpans(spans, { cjkLatinSpacing: false }))).toEqual([
      ['科研人员认为，', ''],
      ['免疫调节：', 'b'],
      ['硬皮病', ''],
    ]);
  });

  it('moves opening marks that end a run to the run after', () => {
    const spans: Span[] = [
      { text: '试验“', marks: {} },
      { text: '重置', marks: { strong: true } },
      { text: '”免疫', marks: {} },
    ];
    expect(text(prepareSpans(spans, { cjkLatinSpacing: false }))).toEqual([
      ['试验', ''],
      ['“重置”', 'b'],
      ['免疫', ''],
    ]);
  });

  it('leaves Latin-only paragraphs alone', () => {
    const spans: Span[] = [{ text: 'Hello ', marks: {} }, { text: 'world', marks: { strong: true } }, { text: '.', marks: {} }];
    expect(prepareSpans(spans, { cjkLatinSpacing: false })).toEqual(spans);
  });

  it('binds what a line never parts: et al., and an identifier with its label', () => {
    const spans: Span[] = [{ text: 'van den Hoogen F, Khanna D, et al. Arthritis Rheum. doi: 10.21037/sci. PMID: 27777937; PMCID: PMC5067369. Betal al', marks: {} }];
    const [out] = prepareSpans(spans, { cjkLatinSpacing: true });
    expect(out!.text).toBe('van den Hoogen F, Khanna D, et\u00a0al. Arthritis Rheum. doi:\u00a010.21037/sci. PMID:\u00a027777937; PMCID:\u00a0PMC5067369. Betal al');
  });
});
