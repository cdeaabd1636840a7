import { describe, expect, it } from 'vitest';
import { defaultJobs, renderMemoryMb } from '../../src/pipeline/renderers.js';

describe('the memory cap of a render', () => {
  it('is 2,000 MB, or LEAFLET_RENDER_MEMORY_MB in MB, never below what the renderer needs to start', () => {
    expect(renderMemoryMb({})).toBe(2000);
    expect(renderMemoryMb({ LEAFLET_RENDER_MEMORY_MB: '96' })).toBe(96);
    expect(renderMemoryMb({ LEAFLET_RENDER_MEMORY_MB: '1' })).toBe(64);
    for (const value of ['', 'abc', '-5', '1.5', '0']) expect(renderMemoryMb({ LEAFLET_RENDER_MEMORY_MB: value })).toBe(2000);
  });
});

describe('the renders at once without --jobs', () => {
  it('is one, in this process, for a batch of up to 48 leaflets for each core beyond the first; else one per core', () => {
    expect([3, 48, 49, 200].map((leaflets) => defaultJobs(leaflets, 2))).toEqual([1, 1, 2, 2]);
    expect([16, 17].map((leaflets) => defaultJobs(leaflets, 4))).toEqual([1, 4]);
    expect([7, 8].map((leaflets) => defaultJobs(leaflets, 8))).toEqual([1, 8]);
    expect(defaultJobs(500, 1)).toBe(1);
  });
});
