// Renders jobs: in this process for a single leaflet or --jobs 1, else in a pool of warm worker threads.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type Tinypool from 'tinypool';
import type { RenderJob, RenderOutcome } from './render-job.js';

const workerFile = fileURLToPath(new URL('./render-job.js', import.meta.url));

interface Held {
  job: RenderJob;
  resolve: (outcome: RenderOutcome) => void;
  reject: (cause: unknown) => void;
}

/**
 * A pool starts only when a second job arrives, so a single leaflet never pays for starting one.
 * Each worker loads the renderer and parses the fonts once, then renders job after job.
 */
export class Renderers {
  private pool?: Promise<Tinypool>;
  private held?: Held;
  private here: Promise<unknown> = Promise.resolve();

  /** `jobs`: the most leaflets rendered at once. */
  constructor(private readonly jobs: number) {}

  render(job: RenderJob): Promise<RenderOutcome> {
    // Run from the TypeScript sources (as in tests) there is no compiled worker: render here.
    if (this.jobs <= 1 || !existsSync(workerFile)) return this.renderHere(job);
    if (this.pool) return this.inPool(job);
    if (!this.held) return new Promise((resolve, reject) => (this.held = { job, resolve, reject }));
    this.pool = import('tinypool').then(
      ({ default: Pool }) => new Pool({ filename: workerFile, name: 'runRenderJob', minThreads: Math.min(2, this.jobs), maxThreads: this.jobs }),
    );
    this.release((held) => this.inPool(held.job));
    return this.inPool(job);
  }

  /** No more jobs will come: a job still waiting alone is rendered in this process. */
  flush(): void {
    this.release((held) => this.renderHere(held.job));
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

  private async inPool(job: RenderJob): Promise<RenderOutcome> {
    return (await this.pool!).run(job) as Promise<RenderOutcome>;
  }

  /** One at a time: renders in this process share its event loop and gain nothing by overlapping. */
  private renderHere(job: RenderJob): Promise<RenderOutcome> {
    const outcome = this.here.then(async () => (await import('./render-job.js')).runRenderJob(job));
    this.here = outcome.catch(() => undefined);
    return outcome;
  }
}
