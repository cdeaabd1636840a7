// Content hashes of the files a build reads, remembered by size and modification time between runs.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { isNumber, isRecord, isString, shape } from './plain-shape.js';
import { writeAtomic } from './write-atomic.js';

interface Known {
  size: number;
  mtimeMs: number;
  ino: number;
  hash: string;
}
type Remembered = Record<string, Known>;

const isKnown = shape<Known>({ size: isNumber, mtimeMs: isNumber, ino: isNumber, hash: isString });
const isRemembered = (value: unknown): value is Remembered => isRecord(value) && Object.values(value).every(isKnown);

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Hashes files by content. A file whose size, modification time and inode are those of the last run
 * keeps its hash: the fonts (tens of MB) are then not read on every build. A missing file hashes as
 * `missing`, so that creating it changes the key. The memory file is checked and ignored when damaged.
 */
export class FileHashes {
  private readonly pending = new Map<string, Promise<string>>();
  private changed = false;

  private constructor(
    private readonly memoryFile: string,
    private readonly remembered: Remembered,
  ) {}

  /** Loads the hashes remembered in `memoryFile` (none when it is missing or damaged). */
  static async load(memoryFile: string): Promise<FileHashes> {
    const text = await readFile(memoryFile, 'utf8').catch(() => undefined);
    let remembered: Remembered = {};
    try {
      const parsed: unknown = text ? JSON.parse(text) : {};
      if (isRemembered(parsed)) remembered = parsed;
    } catch {
      // A damaged memory is ignored: every file is then read and hashed again.
    }
    return new FileHashes(memoryFile, remembered);
  }

  /** The content hash of a file, computed at most once per path and run. */
  hash(file: string): Promise<string> {
    let hash = this.pending.get(file);
    if (!hash) {
      hash = this.compute(file);
      this.pending.set(file, hash);
    }
    return hash;
  }

  private async compute(file: string): Promise<string> {
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) return 'missing';
    const known = this.remembered[file];
    if (known && known.size === info.size && known.mtimeMs === info.mtimeMs && known.ino === info.ino) return known.hash;
    const hash = sha256(await readFile(file));
    this.remembered[file] = { size: info.size, mtimeMs: info.mtimeMs, ino: info.ino, hash };
    this.changed = true;
    return hash;
  }

  async save(): Promise<void> {
    if (!this.changed) return;
    this.changed = false;
    await writeAtomic(this.memoryFile, Buffer.from(JSON.stringify(this.remembered)));
  }
}
