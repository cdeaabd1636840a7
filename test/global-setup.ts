// One temporary folder for a test run, removed when it ends: the tests' projects, outputs and caches go in it.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export default async function setup(): Promise<() => Promise<void>> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'leaflet-tests-'));
  // os.tmpdir() reads TMPDIR each time; the test workers and the processes they start inherit it.
  process.env.TMPDIR = dir;
  return () => rm(dir, { recursive: true, force: true });
}
