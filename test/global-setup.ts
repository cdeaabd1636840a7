// One temporary folder for a test run, removed when it ends: the tests' projects, outputs and caches go in it.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export default async function setup(): Promise<() => Promise<void>> {
  // Each test project runs this setup: the first makes the folder, the others use it. A folder inside a
  // folder inside a folder would make a path too long for Chromium's socket (the preview's test).
  if (process.env.LEAFLET_TEST_TMP) return async () => {};
  const dir = await mkdtemp(path.join(os.tmpdir(), 'leaflet-tests-'));
  // os.tmpdir() reads TMPDIR each time; the test workers and the processes they start inherit it.
  process.env.TMPDIR = dir;
  process.env.LEAFLET_TEST_TMP = dir;
  return async () => {
    delete process.env.LEAFLET_TEST_TMP;
    await rm(dir, { recursive: true, force: true });
  };
}
