// Builds a batch: every leaflet is tried, one failure never stops the others, results come in input order.
import path from 'node:path';
import { VFile } from 'vfile';
import type { Summary } from '../diagnostics/format.js';
import type { FileStatus } from '../diagnostics/json-report.js';
import { pipelineMessages as says } from '../diagnostics/catalogue/pipeline.js';
import { error, hasErrors, makeStrict, messageOf } from '../diagnostics/messages.js';
import { say } from '../diagnostics/say.js';
import type { PrintRequest } from '../print/print-settings.js';
import type { BuildPlan } from './build-plan.js';
import type { BuildResult } from './build-leaflet.js';
import { BuildSession } from './build-session.js';
import { findLeaflets, type Target } from './find-leaflets.js';
import { openBrand } from './open-brand.js';
import { defaultJobs } from './renderers.js';

export interface BatchOptions {
  paths: string[];
  outDir: string;
  brandPath: string;
  strict?: boolean;
  dryRun?: boolean;
  /** The project folder; no file outside it is read. The working directory by default. */
  root?: string;
  /** The most leaflets rendered at once, each in a worker thread; by default as `defaultJobs` says for the batch. */
  jobs?: number;
  /** Render every leaflet, even one whose PDF is up to date in the build cache. */
  force?: boolean;
  print?: PrintRequest;
  /** Also write `<name>.ics` next to each event flyer. */
  ics?: boolean;
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

/** A failure of leaflet itself becomes an error on that leaflet, never the end of the batch. */
function internalError(target: Target, cause: unknown): BuildResult {
  const file = new VFile({ path: target.source });
  error(file, 'internal-error', say(says.internalError, { cause: messageOf(cause) }), {
    place: { line: 1, column: 1 },
    hint: say(says.internalErrorHint),
    cause,
  });
  return { file };
}

/** Starts a leaflet's build; the result settles when it is rendered and written. */
async function start(session: BuildSession, target: Target, plan: BuildPlan | undefined): Promise<{ done: Promise<BuildResult> }> {
  try {
    const { done } = await session.start(target, plan);
    return { done: done.catch((cause: unknown) => internalError(target, cause)) };
  } catch (cause) {
    return { done: Promise.resolve(internalError(target, cause)) };
  }
}

export async function buildMany(options: BatchOptions): Promise<BatchResult> {
  const loaded = await openBrand(options.brandPath, options.root, { dir: path.join(options.outDir, '.cache'), write: !options.dryRun });
  if (options.strict) makeStrict(loaded.file);
  if (!loaded.brand || hasErrors(loaded.file)) return { brand: loaded.file, results: [] };
  const { targets, missing } = await findLeaflets(options.paths, options.root);
  options.onStart?.([...missing, ...targets.map((target) => target.source)]);
  const ordered = inOrder(options.onResult);
  for (const input of missing) {
    const file = new VFile({ path: input });
    error(file, 'read-error', say(says.noSuchPath));
    ordered.add(Promise.resolve({ file }));
  }
  const session = await BuildSession.open({ ...options, brand: loaded, jobs: options.jobs ?? defaultJobs(targets.length) });
  try {
    const taken = new Map<string, string>();
    for (const target of targets) {
      const plan = session.plan(target);
      const output = plan?.output ?? target.name;
      const first = taken.get(output);
      if (first) {
        const file = new VFile({ path: target.source });
        error(file, 'write-failed', say(says.sameOutput, { first, output }), { hint: say(says.sameOutputHint) });
        ordered.add(Promise.resolve({ file }));
        continue;
      }
      taken.set(output, target.source);
      ordered.add((await start(session, target, plan)).done);
    }
    session.flush();
    await ordered.done();
  } finally {
    await session.close();
  }
  return { brand: loaded.file, results: ordered.results };
}

/** What became of a leaflet: built into a PDF, checked (by `check`, which writes none), or failed. */
export function statusOf(result: BuildResult): FileStatus {
  if (hasErrors(result.file)) return 'failed';
  return result.output ? 'built' : 'checked';
}

/** The counts of the summary line; `checked` only for a dry run. Warnings count the brand file's too. */
export function summarize(batch: BatchResult, dryRun = false): Summary {
  const statuses = batch.results.map(statusOf);
  const count = (status: FileStatus) => statuses.filter((s) => s === status).length;
  const files = [batch.brand, ...batch.results.map((result) => result.file)];
  const warnings = files.flatMap((file) => file.messages).filter((m) => !m.fatal).length;
  const cached = batch.results.filter((result) => result.cached && !hasErrors(result.file)).length;
  return { built: count('built') - cached, failed: count('failed') + (hasErrors(batch.brand) ? 1 : 0), warnings, ...(dryRun ? { checked: count('checked') } : { cached }) };
}

export function batchFailed(batch: BatchResult): boolean {
  return hasErrors(batch.brand) || batch.results.some((result) => hasErrors(result.file));
}
