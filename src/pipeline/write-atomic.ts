// Write stage: a temporary file in the same folder, then a rename, so a reader never sees half a PDF.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
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

/**
 * Writes `bytes` as writeAtomic does, unless the file already holds them: then it is left as it is, its time
 * included, so that a file's time says when its content last changed (a PDF against its phone image).
 */
export async function writeChanged(target: string, bytes: Uint8Array): Promise<void> {
  const size = await stat(target).then((found) => found.size, () => undefined);
  if (size === bytes.length && Buffer.from(bytes).equals(await readFile(target).catch(() => Buffer.alloc(0)))) return;
  await writeAtomic(target, bytes);
}
