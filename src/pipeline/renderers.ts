// Renders jobs: small ones may run in this process; the rest in a pool of warm worker threads, each under a memory cap.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type Tinypool from 'tinypool';
import { VFile } from 'vfile';
import { pipelineMessages as says } from '../diagnostics/catalogue/pipeline.js';
import { error } from '../diagnostics/messages.js';
import { say } from '../diagnostics/say.js';
import { toPlain } from './plain-messages.js';
import type { RenderJob, RenderOutcome } from './render-job.js';

const workerFile = fileURLToPath(new URL('./render-job.js', import.meta.url));

/**
 * The heap of a worker under 2 GB: V8 lets a heap capped at 2 GB or more grow to four times what it holds before
 * collecting it, and one capped below to about twice. A 300-page render peaks at about 560 MB, not 650.
 */
const defaultMemoryMb = 2000;

/**
 * A worker's young generation, where V8 makes new objects: 16 MB. V8 sizes it from the heap's cap, larger under
 * a larger cap, and a long render's garbage then piles up in it and in the old generation it promotes to: 3,000
 * paragraphs peaked at 565 MB, and at about 515 MB with this cap, in the same time. 50 leaflets in two workers took
 * 1–2% more CPU and 30 MB less memory.
 */
const youngGenerationMb = 16;

/**
 * The most memory, in MB, that a render in a worker may take for its JavaScript heap: LEAFLET_RENDER_MEMORY_MB,
 * else 2,000. Never less than 64: the renderer and its fonts need about 40 to start.
 */
export function renderMemoryMb(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.LEAFLET_RENDER_MEMORY_MB);
  return Number.isInteger(value) && value > 0 ? Math.max(64, value) : defaultMemoryMb;
}

/**
 * The renders at once for a batch of `leaflets` without `--jobs`: one, in this process, for a batch small enough;
 * else one per core. A worker first loads the renderer and its fonts, and its compiler starts cold. On two cores,
 * 3 leaflets took 1.5 s in this process against 2.0 s in two workers, 24 took 3.5 s against 4.1 s, and at 50 the
 * two were even. With more cores a pool pays sooner: the rule is 48 leaflets for each core beyond the first.
 */
export function defaultJobs(leaflets: number, cores = availableParallelism()): number {
  return cores > 1 && leaflets > Math.ceil(48 / (cores - 1)) ? cores : 1;
}

/**
 * A render of up to this much input needs a few hundred MB at most (a 200 KB leaflet: about 350 MB), so it may
 * run in this process, which needs no worker to start. A larger one always runs in a worker under the memory cap,
 * even alone or with --jobs 1, so that running out of memory fails that leaflet alone.
 */
const inProcessBytes = 256 * 1024;
const needsCap = (job: RenderJob) => job.inputBytes > inProcessBytes;

/** What a render that ran out of memory in its worker comes to: an error on its leaflet, at its start. */
function outOfMemory(job: RenderJob, memoryMb: number): RenderOutcome {
  const file = new VFile({ path: job.source });
  error(file, 'render-failed', say(says.outOfMemory, { memory: memoryMb }), {
    place: { line: 1, column: 1 },
    hint: say(says.outOfMemoryHint),
  });
  return { ok: false, messages: toPlain(file) };
}

interface Held {
  job: RenderJob;
  resolve: (outcome: RenderOutcome) => void;
  reject: (cause: unknown) => void;
}

/**
 * A pool starts only when a second job arrives, or a job that needs the cap, so a single small leaflet never
 * pays for starting one. Each worker loads the renderer and parses the fonts once, then renders job after job.
 */
export class Renderers {
  private pool?: Promise<Tinypool>;
  private held?: Held;
  private here: Promise<unknown> = Promise.resolve();
  /** Why the pool was given up, when a worker failed before it could take a job. */
  private failure?: unknown;

  /** `jobs`: the most leaflets rendered at once; `memoryMb`: the heap of each worker. */
  constructor(
    private readonly jobs: number,
    private readonly memoryMb = renderMemoryMb(),
  ) {}

  render(job: RenderJob): Promise<RenderOutcome> {
    // Run from the TypeScript sources (as in tests) there is no compiled worker: render here.
    if (!existsSync(workerFile)) return this.oneAtATime(() => this.renderHere(job));
    if (this.jobs <= 1) return this.oneAtATime(() => this.renderAlone(job));
    if (this.pool) return this.inPool(job);
    if (!this.held) return new Promise((resolve, reject) => (this.held = { job, resolve, reject }));
    this.startPool(Math.min(2, this.jobs));
    this.release((held) => this.inPool(held.job));
    return this.inPool(job);
  }

  /** No more jobs will come: a job still waiting alone is rendered without company. */
  flush(): void {
    this.release((held) => this.oneAtATime(() => this.renderAlone(held.job)));
  }

  async close(): Promise<void> {
    this.flush();
    await (await this.pool)?.destroy();
  }

  private release(run: (held: Held) => Promise<RenderOutcome>): void {
    const held = this.held;
    this.held = undefined;
    if (held) run(held).then(held.resolve, held.reject);
  }

  private startPool(minThreads: number): void {
    this.pool ??= import('tinypool').then(({ default: Pool }) => {
      const resourceLimits = { maxOldGenerationSizeMb: this.memoryMb, maxYoungGenerationSizeMb: youngGenerationMb };
      const pool = new Pool({ filename: workerFile, name: 'runRenderJob', minThreads, maxThreads: this.jobs, resourceLimits });
      // A worker that failed while it held no job ran out of memory as it started. The pool then starts no more
      // workers, so the jobs still waiting fail with the same cause rather than wait for ever.
      pool.on('error', (cause: unknown) => {
        this.failure ??= cause;
        void pool.destroy();
      });
      return pool;
    });
  }

  /** A job with no other render beside it: here when it is small, else in a worker of its own. */
  private renderAlone(job: RenderJob): Promise<RenderOutcome> {
    if (!needsCap(job)) return this.renderHere(job);
    this.startPool(1);
    return this.inPool(job);
  }

  private async inPool(job: RenderJob): Promise<RenderOutcome> {
    const pool = await this.pool!;
    try {
      if (this.failure) throw this.failure;
      return (await pool.run(job)) as RenderOutcome;
    } catch (cause) {
      const reason = this.failure ?? cause;
      // The worker was stopped at its heap limit; the pool starts another for the jobs after it.
      if ((reason as { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY') return outOfMemory(job, this.memoryMb);
      throw reason;
    }
  }

  private async renderHere(job: RenderJob): Promise<RenderOutcome> {
    return (await import('./render-job.js')).runRenderJob(job);
  }

  /** One at a time: renders in this process share its event loop and gain nothing by overlapping; --jobs 1 means one. */
  private oneAtATime(run: () => Promise<RenderOutcome>): Promise<RenderOutcome> {
    const outcome = this.here.then(run);
    this.here = outcome.catch(() => undefined);
    return outcome;
  }
}
