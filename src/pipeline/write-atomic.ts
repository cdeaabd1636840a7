// Write stage: a temporary file in the same folder, then a rename, so a reader never sees half a PDF.
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export async function writeAtomic(target: string, bytes: Uint8Array): Promise<void> {
  const dir = path.dirname(target);
  await mkdir(dir, { recursive: true });
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, bytes);
    await rename(temp, target);
  } catch (cause) {
    await rm(temp, { force: true });
    throw cause;
  }
}
