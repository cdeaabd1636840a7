import { describe, expect, it } from 'vitest';
import { renderMemoryMb } from '../../src/pipeline/renderers.js';

describe('the memory cap of a render', () => {
  it('is 2,000 MB, or LEAFLET_RENDER_MEMORY_MB in MB, never below what the renderer needs to start', () => {
    expect(renderMemoryMb({})).toBe(2000);
    expect(renderMemoryMb({ LEAFLET_RENDER_MEMORY_MB: '96' })).toBe(96);
    expect(renderMemoryMb({ LEAFLET_RENDER_MEMORY_MB: '1' })).toBe(64);
    for (const value of ['', 'abc', '-5', '1.5', '0']) expect(renderMemoryMb({ LEAFLET_RENDER_MEMORY_MB: value })).toBe(2000);
  });
});
