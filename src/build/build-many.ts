// Builds a batch: every leaflet is tried, one failure never stops the others, results come in input order.
import { availableParallelism } from 'node:os';
import { VFile } from 'vfile';
import { loadBrand } from '../brand/load-brand.js';
import { error, hasErrors } from '../diagnostics/messages.js';
import type { BuildResult } from './build-leaflet.js';
import { BuildSession } from './build-session.js';
import { findLeaflets, outputOf } from './find-leaflets.js';

export interface BatchOptions {
  paths: string[];
  outDir: string;
  brandPath: string;
  strict?: boolean;
  dryRun?: boolean;
  /** The project folder; no file outside it is read. The working directory by default. */
  root?: string;
  /** The most leaflets rendered at once, each in a worker thread; the number of cores by default. */
  jobs?: number;
  /** Render every leaflet, even one whose PDF is up to date in the build cache. */
  force?: boolean;
  /** Called once the leaflets are found, with every input in the order of the results. */
  onStart?: (inputs: string[]) => void;
  /** Called after each leaflet, in input order. */
  onResult?: (result: BuildResult) => void;
}

export interface BatchResult {
  /** The brand file with its own messages; when it has errors nothing else is built. */
  brand: VFile;
  results: BuildResult[];
}

/** Collects results in the order they were queued, whatever order they finish in. */
function inOrder(onResult?: (result: BuildResult) => void) {
  const results: BuildResult[] = [];
  let chain = Promise.resolve();
  return {
    results,
    add(pending: Promise<BuildResult>) {
      pending.catch(() => undefined); // awaited below, in turn; not an unhandled rejection meanwhile
      chain = chain.then(async () => {
        const result = await pending;
        results.push(result);
        onResult?.(result);
      });
    },
    done: () => chain,
  };
}

export async function buildMany(options: BatchOptions): Promise<BatchResult> {
  const loaded = await loadBrand(options.brandPath, options.root);
  if (!loaded.brand) return { brand: loaded.file, results: [] };
  const { targets, missing } = await findLeaflets(options.paths);
  options.onStart?.([...missing, ...targets.map((target) => target.source)]);
  const ordered = inOrder(options.onResult);
  for (const input of missing) {
    const file = new VFile({ path: input });
    error(file, 'read-error', 'no such file or folder');
    ordered.add(Promise.resolve({ file }));
  }
  const session = await BuildSession.open({ ...options, brand: loaded, jobs: options.jobs ?? availableParallelism() });
  try {
    const taken = new Map<string, string>();
    for (const target of targets) {
      const output = outputOf(target.name, options.outDir);
      const first = taken.get(output);
      if (first) {
        const file = new VFile({ path: target.source });
        error(file, 'write-failed', `builds to the same file as ${first}: ${output}`, { hint: 'rename one of the two leaflets' });
        ordered.add(Promise.resolve({ file }));
        continue;
      }
      taken.set(output, target.source);
      ordered.add((await session.start(target)).done);
    }
    session.flush();
    await ordered.done();
  } finally {
    await session.close();
  }
  return { brand: loaded.file, results: ordered.results };
}

export function batchFailed(batch: BatchResult): boolean {
  return hasErrors(batch.brand) || batch.results.some((result) => hasErrors(result.file));
}
