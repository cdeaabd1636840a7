// Builds leaflets one after another on shared state: the brand, the build cache and the renderers.
import { readFile } from 'node:fs/promises';
import { hasErrors } from '../diagnostics/messages.js';
import { saveFontFacts } from '../layout/font-facts.js';
import { BuildCache } from './build-cache.js';
import type { PrintSettings } from '../print/print-settings.js';
import type { BuildOptions, BuildResult } from './build-leaflet.js';
import { phoneFiles, planOf, printSettingsOf, type BuildPlan } from './build-plan.js';
import type { Target } from './find-leaflets.js';
import { olderPhone } from './older-phone.js';
import { Renderers } from './renderers.js';

export interface SessionOptions extends BuildOptions {
  /** The most leaflets rendered at once; 1 renders one after the other (a large one in a worker, under the memory cap). */
  jobs: number;
  /** Render every leaflet, even one whose PDF is up to date. */
  force?: boolean;
}

export class BuildSession {
  private readonly renderers: Renderers;

  private constructor(
    private readonly options: SessionOptions,
    private readonly print: PrintSettings | undefined,
    /** None for a dry run, which writes nothing. */
    private readonly cache: BuildCache | undefined,
  ) {
    this.renderers = new Renderers(options.jobs);
  }

  static async open(options: SessionOptions): Promise<BuildSession> {
    const print = printSettingsOf(options);
    // Everything besides the files that changes the PDF: a change of any of these makes every entry miss.
    const settings = { root: options.root ?? process.cwd(), strict: options.strict ?? false, epoch: process.env.SOURCE_DATE_EPOCH, print, ics: options.ics ?? false };
    return new BuildSession(options, print, options.dryRun ? undefined : await BuildCache.open(options.outDir, settings));
  }

  /**
   * Runs the cheap steps now (cache lookup, read, model, checks) and hands the render on; `done`
   * settles once the leaflet is rendered and written.
   */
  /** The plan of a leaflet in this session: its settings are the session's, resolved once. */
  plan(target: Target): BuildPlan | undefined {
    return planOf(target.name, this.options, this.print);
  }

  async start(target: Target, plan = this.plan(target)): Promise<{ done: Promise<BuildResult> }> {
    const { done } = await this.run(target, plan);
    // Told of on every build until it is made again, whether the PDF was rendered now or before.
    const noted = async (result: BuildResult): Promise<BuildResult> => {
      const older = plan && result.output && (await olderPhone(target.name, this.options.outDir, plan.settings, [target.source, ...(result.inputs ?? [])]));
      return older ? { ...result, olderPhone: older } : result;
    };
    return { done: done.then(noted) };
  }

  private async run(target: Target, plan: BuildPlan | undefined): Promise<{ done: Promise<BuildResult> }> {
    const output = plan?.output ?? `${target.name}.pdf`;
    const bytes = await readFile(target.source).catch(() => undefined);
    const key = bytes && { source: target.source, bytes, output, ...(plan ? { phone: phoneFiles(plan) } : {}) };
    if (key && this.cache && !this.options.force) {
      const hit = await this.cache.lookup(key);
      if (hit) {
        // The files beside the PDF: the phone edition's that this build asks for, and the calendar.
        const calendar = hit.others.find((other) => other.endsWith('.ics'));
        const beside = { ...(hit.phone.length > 0 ? { phone: hit.phone } : {}), ...(calendar ? { calendar } : {}), ...(hit.heading ? { heading: hit.heading } : {}) };
        return { done: Promise.resolve({ file: hit.file, output, cached: true, inputs: hit.inputs, fills: hit.fills, ...beside }) };
      }
    }
    // The Markdown, model and image modules load only when a leaflet is actually built.
    const { checkLeaflet, inputsOf, modelLeaflet, resultOf } = await import('./build-leaflet.js');
    const modelled = await modelLeaflet(target.source, this.options, bytes);
    const inputs = modelled.leaflet && inputsOf(modelled.leaflet, this.options.brand);
    const meta = modelled.leaflet?.meta;
    const record = key && inputs && meta && !hasErrors(modelled.file) ? await this.cache?.prepare(key, inputs, { title: meta.title, series: meta.series }) : undefined;
    const job = await checkLeaflet(modelled, plan, this.options);
    if (!job) return { done: Promise.resolve({ ...modelled, inputs }) };
    const done = this.renderers.render(job).then(async (outcome) => {
      const result = { ...resultOf(modelled, job, outcome), inputs };
      if (outcome.ok && outcome.sha256 && outcome.size !== undefined) {
        await record?.(result.file, { sha256: outcome.sha256, size: outcome.size, fills: outcome.fills }, outcome.others).catch(() => undefined); // the cache only saves time
      }
      return result;
    });
    return { done };
  }

  /** Builds one leaflet to the end. */
  async build(target: Target): Promise<BuildResult> {
    const { done } = await this.start(target);
    this.renderers.flush();
    return done;
  }

  /** No more leaflets will start: renders still waiting for company go ahead. */
  flush(): void {
    this.renderers.flush();
  }

  async close(): Promise<void> {
    await this.renderers.close();
    await this.cache?.save().catch(() => undefined);
    saveFontFacts();
  }
}
