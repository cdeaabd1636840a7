// Watch API: builds the leaflets, then rebuilds on each change, in this process with its renderer kept warm.
import { EventEmitter } from 'node:events';
import path from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import type { VFile } from 'vfile';
import type { MessageLang } from '../diagnostics/say.js';
import type { PrintRequest } from '../print/print-settings.js';
import { openBrand } from '../pipeline/open-brand.js';
import type { BuildResult } from '../pipeline/build-leaflet.js';
import { BuildSession } from '../pipeline/build-session.js';
import { findLeaflets, type Target } from '../pipeline/find-leaflets.js';

export interface WatchOptions {
  /** Leaflet files and folders, searched recursively. */
  paths: string[];
  outDir: string;
  brandPath: string;
  strict?: boolean;
  /** The project folder; no file outside it is read. The working directory by default. */
  root?: string;
  /** Render every leaflet once at the start, even those whose PDF is up to date. */
  force?: boolean;
  /** How long to wait for more changes after one, in ms: one save can touch a file twice. */
  settleMs?: number;
  /** The language of the messages shown to the user (the preview page's too): Chinese by default. */
  lang?: MessageLang;
  /** What to print, over the brand's defaults: the preview asks for the phone edition too. */
  print?: PrintRequest;
}

export interface Round {
  results: BuildResult[];
  /** Absolute paths; empty for the first round. */
  changed: string[];
  elapsedMs: number;
}

export interface WatchEvents {
  /** The brand file was loaded, at the start or after a change: its messages. */
  brand: [file: VFile];
  /** A leaflet was built (or found up to date): its messages and output path. */
  build: [result: BuildResult];
  /** A round of builds is over: its results in input order, the changed files that began it, its time. */
  round: [round: Round];
  /** Something went wrong outside any leaflet; the watcher goes on. */
  error: [cause: unknown];
}

export interface LeafletWatcher extends EventEmitter<WatchEvents> {
  /** Settles once the first round of builds is over and files are watched. */
  ready: Promise<void>;
  close(): Promise<void>;
}

class Watcher extends EventEmitter<WatchEvents> implements LeafletWatcher {
  readonly ready: Promise<void>;
  private readonly fsWatcher: FSWatcher;
  private changed = new Set<string>();
  private timer?: NodeJS.Timeout;
  private running: Promise<void> = Promise.resolve();
  private closed = false;
  /** The files the PDFs were made from: brand, logo, fonts, images. */
  private readonly inputs = new Set<string>();

  constructor(private readonly options: WatchOptions) {
    super();
    const out = path.resolve(options.outDir);
    // The whole project: images and the logo may lie anywhere in it. Only relevant changes count.
    this.fsWatcher = watch([options.root ?? process.cwd(), options.brandPath, ...options.paths], {
      ignoreInitial: true,
      // Our own output, hidden files (editors' swap files, .git) and installed packages (the fonts).
      ignored: (file) => {
        const full = path.resolve(file);
        return full.startsWith(out + path.sep) || /[/\\](\.[^/\\]|node_modules([/\\]|$))/.test(full);
      },
    });
    this.fsWatcher.on('all', (_event, file) => this.schedule(path.resolve(file)));
    this.fsWatcher.on('error', (cause) => this.report(cause));
    const watching = new Promise<void>((resolve) => this.fsWatcher.once('ready', () => resolve()));
    this.ready = watching.then(() => this.enqueue([], options.force ?? false));
  }

  /** A leaflet under the watched paths, the brand file, or a file that a PDF was made from. */
  private relevant(file: string): boolean {
    const leaflet = /\.md$/i.test(file) && this.options.paths.some((p) => !path.relative(path.resolve(p), file).startsWith('..'));
    return leaflet || file === path.resolve(this.options.brandPath) || this.inputs.has(file);
  }

  private schedule(file: string): void {
    if (!this.relevant(file)) return;
    this.changed.add(file);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const files = [...this.changed];
      this.changed = new Set();
      void this.enqueue(files, false);
    }, this.options.settleMs ?? 20);
  }

  /** One round at a time: changes during a round wait for the next. */
  private enqueue(files: string[], force: boolean): Promise<void> {
    this.running = this.running.then(async () => {
      if (this.closed) return;
      try {
        await this.round(files, force);
      } catch (cause) {
        this.report(cause);
      }
    });
    return this.running;
  }

  /** Emitted as `error` when someone listens; a warning otherwise, never a crash of the watcher. */
  private report(cause: unknown): void {
    if (this.listenerCount('error') > 0) this.emit('error', cause);
    else process.emitWarning(cause instanceof Error ? cause : String(cause));
  }

  /**
   * A changed leaflet is rebuilt alone; any other change (brand, logo, image, a leaflet added or
   * removed) rebuilds every leaflet, and the build cache skips those it does not touch.
   */
  private async round(files: string[], force: boolean): Promise<void> {
    const started = performance.now();
    const brand = await openBrand(this.options.brandPath, this.options.root, { dir: path.join(this.options.outDir, '.cache'), write: true });
    this.emit('brand', brand.file);
    if (!brand.brand) return;
    const { targets } = await findLeaflets(this.options.paths, this.options.root);
    const known = new Map(targets.map((t) => [path.resolve(t.source), t]));
    const onlyLeaflets = files.length > 0 && files.every((f) => known.has(f));
    const chosen: Target[] = onlyLeaflets ? files.map((f) => known.get(f)!) : targets;
    const session = await BuildSession.open({ ...this.options, brand, jobs: 1, force });
    const results: BuildResult[] = [];
    try {
      for (const target of chosen) {
        const result = await session.build(target);
        results.push(result);
        this.emit('build', result);
      }
    } finally {
      await session.close();
    }
    for (const file of results.flatMap((r) => r.inputs ?? [])) this.inputs.add(file);
    this.emit('round', { results, changed: files, elapsedMs: performance.now() - started });
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    await this.running;
    await this.fsWatcher.close();
  }
}

/** Builds the leaflets under `paths`, then rebuilds them as they, the brand file or their images change. */
export function watchLeaflets(options: WatchOptions): LeafletWatcher {
  return new Watcher(options);
}
