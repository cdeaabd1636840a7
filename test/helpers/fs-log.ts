// Records every path that the code under test hands to node:fs, to show that nothing outside a folder is touched.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The file system itself, not the recording copy that the tests mock in.
const { realpathSync } = createRequire(import.meta.url)('node:fs') as typeof import('node:fs');

/** Every path handed to a file-system function, as written (made absolute). */
export const touched: string[] = [];
/** The real files (links followed) that were opened or read. */
export const opened: string[] = [];

/** Functions whose second argument is a path too. */
const twoPaths = new Set(['rename', 'renameSync', 'copyFile', 'copyFileSync', 'cp', 'cpSync', 'link', 'linkSync', 'symlink', 'symlinkSync']);
const opening = new Set(['open', 'openSync', 'readFile', 'readFileSync', 'createReadStream', 'copyFile', 'copyFileSync', 'cp', 'cpSync']);

function pathOf(arg: unknown): string | undefined {
  if (typeof arg === 'string') return path.resolve(arg);
  if (arg instanceof URL && arg.protocol === 'file:') return fileURLToPath(arg);
  if (Buffer.isBuffer(arg)) return path.resolve(arg.toString());
  return undefined;
}

function real(target: string): string {
  try {
    return realpathSync(target);
  } catch {
    return target;
  }
}

function recording(name: string, fn: (...args: unknown[]) => unknown): (...args: unknown[]) => unknown {
  const wrapped = function (this: unknown, ...args: unknown[]) {
    const first = pathOf(args[0]);
    if (first) touched.push(first);
    if (first && opening.has(name)) opened.push(real(first));
    const second = twoPaths.has(name) ? pathOf(args[1]) : undefined;
    if (second) touched.push(second);
    return fn.apply(this, args);
  };
  return Object.assign(wrapped, fn);
}

/** A copy of `node:fs` or `node:fs/promises` whose functions record their path arguments. */
export function recordingFs<T extends object>(actual: T): T {
  const copy = { ...actual } as Record<string, unknown>;
  for (const [name, value] of Object.entries(actual)) {
    if (typeof value === 'function' && /^[a-z]/.test(name)) copy[name] = recording(name, value as (...args: unknown[]) => unknown);
    else if ((name === 'default' || name === 'promises') && value && typeof value === 'object') copy[name] = recordingFs(value);
  }
  return copy as T;
}

/** Forgets what was recorded so far. */
export function forget(): void {
  touched.length = 0;
  opened.length = 0;
}

/** The paths of `list` that lie in `folder` or below it. */
export function within(list: string[], folder: string): string[] {
  return list.filter((used) => used === folder || used.startsWith(`${folder}${path.sep}`));
}
