// What the preview page shows, kept up to date from the watcher: each leaflet's title, status, messages and PDF.
import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { VFile } from 'vfile';
import type { BuildResult } from '../pipeline/build-leaflet.js';
import { findLeaflets, outputOf } from '../pipeline/find-leaflets.js';
import { displayPath } from '../diagnostics/format.js';
import { diagnosticsOf, type Diagnostic } from '../diagnostics/messages.js';
import type { MessageLang } from '../diagnostics/say.js';
import type { LeafletWatcher, WatchOptions } from '../watch/watch-leaflets.js';

export interface PreviewLeaflet {
  /** The leaflet's name (`x` for `leaflets/x.md`): the only key a URL may use. */
  id: string;
  source: string;
  title: string;
  series?: string;
  status: 'ok' | 'warnings' | 'error' | 'pending';
  diagnostics: Diagnostic[];
  /** There is a PDF to show: this build's, or the last good one when this build failed. */
  pdf: boolean;
  /** There is a phone edition to show beside it. */
  phone: boolean;
  /** Changes whenever a new PDF is written, so the page reloads it. */
  version: number;
}

export interface PreviewSnapshot {
  version: number;
  /** The language of the messages below, and of the page. */
  lang: MessageLang;
  brand: { source: string; diagnostics: Diagnostic[] };
  leaflets: PreviewLeaflet[];
}

function statusOf(diagnostics: Diagnostic[]): PreviewLeaflet['status'] {
  if (diagnostics.some((d) => d.severity === 'error')) return 'error';
  return diagnostics.length > 0 ? 'warnings' : 'ok';
}

export class PreviewState extends EventEmitter<{ change: [version: number] }> {
  private version = 0;
  private brand: PreviewSnapshot['brand'] = { source: '', diagnostics: [] };
  private readonly leaflets = new Map<string, PreviewLeaflet>();
  private readonly outputs = new Map<string, string>();
  /** The phone edition's PDF of each leaflet that has one. */
  private readonly phones = new Map<string, string>();

  private readonly lang: MessageLang;
  private updating: Promise<void> = Promise.resolve();

  constructor(private readonly options: WatchOptions) {
    super();
    this.lang = options.lang ?? 'zh-CN';
  }

  /** Follows a watcher: every round (and every brand load) changes what the page shows. */
  follow(watcher: LeafletWatcher): void {
    watcher.on('brand', (file) => this.setBrand(file));
    watcher.on('round', ({ results }) => {
      this.updating = this.updating.then(() => this.update(results)).catch((cause: unknown) => void watcher.emit('error', cause));
    });
  }

  /** Settles once the rounds handed over so far are applied: the list is read from disk after each one. */
  applied(): Promise<void> {
    return this.updating;
  }

  private setBrand(file: VFile): void {
    this.brand = { source: displayPath(file), diagnostics: diagnosticsOf(file, this.lang) };
    this.changed();
  }

  /** Applies a round's results; the list follows the leaflets on disk, so added and removed ones show. */
  async update(results: BuildResult[]): Promise<void> {
    const { targets } = await findLeaflets(this.options.paths, this.options.root);
    const bySource = new Map(results.map((r) => [path.resolve(r.file.path), r]));
    const previous = new Map(this.leaflets);
    const previousOutputs = new Map(this.outputs);
    const previousPhones = new Map(this.phones);
    this.leaflets.clear();
    this.outputs.clear();
    this.phones.clear();
    for (const target of targets) {
      const old = previous.get(target.name);
      const result = bySource.get(path.resolve(target.source));
      // The build says where the PDF went (x-press.pdf when the brand asks for press output); until then, x.pdf.
      const output = result?.output ?? previousOutputs.get(target.name) ?? outputOf(target.name, this.options.outDir);
      this.outputs.set(target.name, output);
      const phone = result?.phone?.[0] ?? previousPhones.get(target.name);
      if (phone) this.phones.set(target.name, phone);
      this.leaflets.set(target.name, result ? this.entryOf(target.name, result, output, old) : (old ?? this.pending(target.name, target.source, output)));
    }
    this.changed();
  }

  private entryOf(id: string, result: BuildResult, output: string, old?: PreviewLeaflet): PreviewLeaflet {
    const diagnostics = diagnosticsOf(result.file, this.lang);
    const rendered = result.output !== undefined && !result.cached;
    return {
      id,
      source: displayPath(result.file),
      // A cached result carries no model, only the title and series recorded with the PDF.
      title: result.leaflet?.meta.title ?? result.heading?.title ?? old?.title ?? id,
      series: result.leaflet ? result.leaflet.meta.series : result.heading ? result.heading.series : old?.series,
      status: statusOf(diagnostics),
      diagnostics,
      pdf: existsSync(output),
      phone: this.phones.has(id) && existsSync(this.phones.get(id)!),
      version: (old?.version ?? 0) + (rendered || !old ? 1 : 0),
    };
  }

  private pending(id: string, source: string, output: string): PreviewLeaflet {
    return { id, source, title: id, status: 'pending', diagnostics: [], pdf: existsSync(output), phone: false, version: 1 };
  }

  private changed(): void {
    this.version += 1;
    this.emit('change', this.version);
  }

  snapshot(): PreviewSnapshot {
    return { version: this.version, lang: this.lang, brand: this.brand, leaflets: [...this.leaflets.values()] };
  }

  /** The PDF of a leaflet (its phone edition's with `phone`), by id only; undefined for anything that is not a known leaflet with one. */
  pdfOf(id: string, phone = false): { file: string; leaflet: PreviewLeaflet } | undefined {
    const leaflet = this.leaflets.get(id);
    const file = (phone ? this.phones : this.outputs).get(id);
    return leaflet && file && existsSync(file) ? { file, leaflet } : undefined;
  }

  /** Where the phone edition's long image of a leaflet goes, by id only, with the phone PDF it is drawn from: what is sent in WeChat. */
  imageOf(id: string): { file: string; pdf: string; leaflet: PreviewLeaflet } | undefined {
    const leaflet = this.leaflets.get(id);
    const pdf = this.phones.get(id);
    // The image is named as its PDF (phonePaths), and drawn when it is downloaded (see phone-image.ts).
    return leaflet && pdf && existsSync(pdf) ? { file: pdf.replace(/\.pdf$/, '.png'), pdf, leaflet } : undefined;
  }
}
