import { readFile, stat, utimes } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAtomic, writeChanged } from '../../src/pipeline/write-atomic.js';
import { tempDir } from '../helpers/build.js';

describe('writeChanged', () => {
  it('leaves a file that holds the bytes as it is, its time included, and writes one that does not', async () => {
    const file = path.join(await tempDir(), 'out', 'x.pdf');
    await writeChanged(file, Buffer.from('%PDF first'));
    expect(await readFile(file, 'utf8')).toBe('%PDF first');
    await utimes(file, new Date(1000), new Date(1000));
    await writeChanged(file, Buffer.from('%PDF first'));
    expect((await stat(file)).mtimeMs).toBe(1000);
    await writeChanged(file, Buffer.from('%PDF other'));
    expect(await readFile(file, 'utf8')).toBe('%PDF other');
    expect((await stat(file)).mtimeMs).toBeGreaterThan(1000);
    // writeAtomic writes whatever the file holds.
    await utimes(file, new Date(1000), new Date(1000));
    await writeAtomic(file, Buffer.from('%PDF other'));
    expect((await stat(file)).mtimeMs).toBeGreaterThan(1000);
  });
});
