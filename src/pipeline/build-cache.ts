// The build cache under out/.cache: a PDF is reused when nothing that went into it has changed.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { PrintSettings } from '../print/print-settings.js';
import { VFile } from 'vfile';
import { FileHashes, sha256 } from './file-hashes.js';
import { addPlain, isPlainMessage, toPlain, type PlainMessage } from './plain-messages.js';
import { arrayOf, isNumber, isString, optional, shape } from './plain-shape.js';
import { toolId } from './tool-id.js';
import type { Written as Other } from './render-job.js';
import { writeAtomic } from './write-atomic.js';

const format = 6;

/** What a leaflet is called: for a list of leaflets (the preview's), which a cached result gives without a model. */
export interface Heading {
  title: string;
  series?: string;
}

/** One cache entry per output: the key it was built under, the files it read, the PDF and the messages. */
interface Entry {
  format: typeof format;
  key: string;
  /** Every file besides the leaflet that the build read: brand file, logo, fonts, images. */
  inputs: string[];
  pdf: { sha256: string; size: number; fills?: number[] };
  /** The files written beside the PDF (the calendar), each checked like the PDF. */
  others?: Other[];
  /**
   * The phone edition's files, when the build made it (and its image kept from before, see stillPhone). A build
   * that asks for them takes the entry only when they are all there and unchanged; one that does not ask for
   * them takes it too: the PDF is the same.
   */
  phone?: Other[];
  heading?: Heading;
  messages: PlainMessage[];
}

/** A file still as it was written: there, and with the bytes recorded. */
async function unchanged(file: string, size: number, digest: string): Promise<boolean> {
  const bytes = await readFile(file).catch(() => undefined);
  return bytes !== undefined && bytes.length === size && sha256(bytes) === digest;
}

/**
 * The phone files of the entry before that this build did not write (the image, after a build of the phone PDF
 * alone), kept while the files it did write are those of before: the image of an unchanged phone PDF is still its
 * image. So the preview, which writes the phone PDF alone, leaves a `build --phone` with nothing to do.
 */
function stillPhone(before: Other[], written: Other[]): Other[] {
  const same = written.length > 0 && written.every((file) => before.some((old) => old.path === file.path && old.sha256 === file.sha256));
  return same ? before.filter((old) => !written.some((file) => file.path === old.path)) : [];
}

const isEntry = shape<Entry>({
  format: (value): value is typeof format => value === format,
  key: isString,
  inputs: arrayOf(isString),
  pdf: shape({ sha256: isString, size: isNumber, fills: optional(arrayOf(isNumber)) }),
  others: optional(arrayOf(shape<Other>({ path: isString, sha256: isString, size: isNumber }))),
  phone: optional(arrayOf(shape<Other>({ path: isString, sha256: isString, size: isNumber }))),
  heading: optional(shape<Heading>({ title: isString, series: optional(isString) })),
  messages: arrayOf(isPlainMessage),
});

/** Everything besides files that changes the output or its messages. Add new output options here. */
export interface CacheSettings {
  root: string;
  strict: boolean;
  /** `SOURCE_DATE_EPOCH`: the date written into the PDF. */
  epoch?: string;
  /** The print settings (format, layout, press, bleed, marks, grayscale, large print). */
  print?: PrintSettings;
  /** Whether the event's calendar file is written too. */
  ics?: boolean;
}

export interface CacheTarget {
  source: string;
  /** The leaflet's bytes, as read once for both the key and the build. */
  bytes: Uint8Array;
  output: string;
  /** The phone edition's files that this build writes (see phoneFiles). */
  phone?: string[];
}

export class BuildCache {
  private constructor(
    private readonly dir: string,
    private readonly settings: CacheSettings,
    private readonly hashes: FileHashes,
  ) {}

  static async open(outDir: string, settings: CacheSettings): Promise<BuildCache> {
    const dir = path.join(outDir, '.cache');
    return new BuildCache(dir, settings, await FileHashes.load(path.join(dir, 'file-hashes.json')));
  }

  private entryFile(output: string): string {
    return path.join(this.dir, 'outputs', `${sha256(path.resolve(output)).slice(0, 32)}.json`);
  }

  private async key(target: CacheTarget, inputs: string[]): Promise<string> {
    const hashes = await Promise.all(inputs.map((file) => this.hashes.hash(file)));
    // Whether the phone edition is asked for does not change the PDF: its files are checked apart (lookup).
    const { phone: _phone, phoneImage: _image, ...print } = this.settings.print ?? {};
    return sha256(
      JSON.stringify({
        format,
        tool: await toolId(),
        settings: { ...this.settings, print },
        source: [path.resolve(target.source), sha256(target.bytes)],
        output: path.resolve(target.output),
        inputs: inputs.map((file, i) => [file, hashes[i]]),
      }),
    );
  }

  /** The cached result when the entry is sound, its key unchanged and its PDF (and the files beside it) still the ones recorded. */
  async lookup(
    target: CacheTarget,
  ): Promise<{ file: VFile; inputs: string[]; fills?: number[]; others: string[]; phone: string[]; heading?: Heading } | undefined> {
    const entry = await this.read(target.output);
    if (!entry || entry.key !== (await this.key(target, entry.inputs))) return undefined;
    const others = entry.others ?? [];
    const wanted = target.phone ?? [];
    const phone = (entry.phone ?? []).filter((other) => wanted.includes(other.path));
    if (phone.length < wanted.length) return undefined;
    const files = [{ path: target.output, ...entry.pdf }, ...others, ...phone];
    for (const { path: file, size, sha256: digest } of files) if (!(await unchanged(file, size, digest))) return undefined;
    const file = new VFile({ path: target.source });
    addPlain(file, entry.messages);
    return { file, inputs: entry.inputs, fills: entry.pdf.fills, others: others.map((other) => other.path), phone: wanted, heading: entry.heading };
  }

  private async read(output: string): Promise<Entry | undefined> {
    try {
      const entry: unknown = JSON.parse(await readFile(this.entryFile(output), 'utf8'));
      return isEntry(entry) ? entry : undefined;
    } catch {
      return undefined; // missing, damaged or from another format: rebuilt, never trusted
    }
  }

  /**
   * Hashes the files a build will read before it reads them, so that a file changed during the build
   * makes the next lookup miss rather than reuse a PDF made from the older content.
   */
  async prepare(target: CacheTarget, inputs: string[], heading?: Heading): Promise<(file: VFile, pdf: Entry['pdf'], written?: Other[]) => Promise<void>> {
    const unique = [...new Set(inputs.map((f) => path.resolve(f)))];
    const key = await this.key(target, unique);
    return async (file, pdf, written = []) => {
      const made = written.filter((other) => target.phone?.includes(other.path));
      const others = written.filter((other) => !made.includes(other));
      // The entry before is read only when this build wrote phone files: most builds write none.
      const before = made.length > 0 ? ((await this.read(target.output))?.phone ?? []) : [];
      const phone = [...made, ...stillPhone(before, made)];
      const entry: Entry = {
        format,
        key,
        inputs: unique,
        pdf,
        ...(others.length > 0 ? { others } : {}),
        ...(phone.length > 0 ? { phone } : {}),
        ...(heading ? { heading } : {}),
        messages: toPlain(file),
      };
      await writeAtomic(this.entryFile(target.output), Buffer.from(JSON.stringify(entry)));
    };
  }

  async save(): Promise<void> {
    await this.hashes.save();
  }
}
