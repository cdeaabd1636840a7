import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findLeaflets } from '../../src/pipeline/find-leaflets.js';
import { tempDir } from '../helpers/build.js';

describe('finding leaflets', () => {
  it('names a leaflet in the project’s leaflets/ from that folder, however the command line names it', async () => {
    const root = await tempDir();
    await mkdir(path.join(root, 'leaflets', 'events'), { recursive: true });
    await mkdir(path.join(root, 'elsewhere'), { recursive: true });
    for (const file of ['leaflets/x.md', 'leaflets/events/y.md', 'elsewhere/z.md']) await writeFile(path.join(root, file), '# 标题\n');
    const names = async (...paths: string[]) => (await findLeaflets(paths.map((p) => path.join(root, p)), root)).targets.map((t) => t.name);
    // The whole folder, a subfolder, or the file itself: `events/y` each time, so the PDF goes to one place.
    expect(await names('leaflets')).toEqual(['events/y', 'x']);
    expect(await names('leaflets/events')).toEqual(['events/y']);
    expect(await names('leaflets/events/y.md', 'leaflets/x.md')).toEqual(['events/y', 'x']);
    // Outside leaflets/: from the folder named, or the file's own name.
    expect(await names('elsewhere')).toEqual(['z']);
    expect(await names('elsewhere/z.md')).toEqual(['z']);
  });
});
