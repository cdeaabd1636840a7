// Model stage: front matter + Markdown AST + brand → the leaflet model, with every problem positioned.
import type { VFile } from 'vfile';
import { error, hasErrors, warn } from '../diagnostics/messages.js';
import type { Brand } from '../brand/brand-schema.js';
import { defaultQr, type LoadedBrand } from '../brand/load-brand.js';
import { localize } from '../brand/localize.js';
import { readFrontMatter } from '../source/front-matter.js';
import { FrontMatter, languages, type Lang } from '../source/leaflet-schema.js';
import { parseMarkdown } from '../source/parse-markdown.js';
import { checkSchema, suggest } from '../source/schema-check.js';
import { placeOf, type YamlSource } from '../source/yaml-source.js';
import { flow } from './blocks.js';
import { collectFootnotes, references } from './footnotes.js';
import { modelState } from './model-state.js';
import { checkImages } from './images.js';
import { checkNesting } from './nesting.js';
import { checkQrFits } from '../source/qr.js';
import type { Block, EventInfo, Leaflet, LeafletMeta, Reference } from './types.js';
import { checkUrl } from '../source/urls.js';
import { resolveEvent } from './event.js';

function spanText(block: Block): string {
  return 'spans' in block ? block.spans.map((s) => s.text).join('').trim() : '';
}

function resolveLang(file: VFile, value: string | undefined, fallback: Lang, source?: YamlSource): Lang {
  if (value === undefined) return fallback;
  const found = languages.find((lang) => lang.toLowerCase() === value.toLowerCase());
  if (found) return found;
  const guess = suggest(value, languages);
  error(file, 'invalid-lang', `unsupported language '${value}'${guess ? `; did you mean '${guess}'?` : ''}`, {
    place: source ? placeOf(source, ['lang']) : undefined,
    hint: `use one of ${languages.join(', ')}`,
  });
  return fallback;
}

/** The title from front matter, else the first level-1 heading (which is then not printed twice). */
function takeTitle(blocks: Block[], title: string | undefined): { title?: string; blocks: Block[] } {
  const index = blocks.findIndex((b) => b.type === 'heading' && b.depth === 1);
  const first = index === -1 ? undefined : blocks[index]!;
  if (first && (title === undefined || spanText(first) === title)) {
    return { title: title ?? spanText(first), blocks: blocks.filter((_, i) => i !== index) };
  }
  return { title, blocks };
}

/** Where a key of the front matter is, when there is front matter to point into. */
const at = (source: YamlSource | undefined, path: (string | number)[]) => (source ? placeOf(source, path) : undefined);

/** An event flyer needs its event; a partner must be one the brand lists. */
function checkDesign(file: VFile, front: FrontMatter, brand: Brand, source?: YamlSource): void {
  if ((front.template ?? 'handout') === 'event' && !front.event) {
    error(file, 'front-matter-invalid', "an event flyer needs 'event:' settings with at least 'starts' and 'venue'", {
      place: at(source, ['template']),
      hint: 'run `npx leaflet new event <name>` to start from a filled-in example',
    });
  }
  if (front.format === 'A3' && (front.template ?? 'handout') !== 'event') {
    error(file, 'front-matter-invalid', 'A3 is for event posters; a handout is printed on A4, A5 or Letter', {
      place: at(source, ['format']),
      hint: 'use format: A4, or template: event for a poster',
    });
  }
  if (front.partner && !Object.hasOwn(brand.partners, front.partner)) {
    const guess = suggest(front.partner, Object.keys(brand.partners));
    error(file, 'front-matter-invalid', `unknown partner '${front.partner}'${guess ? `; did you mean '${guess}'?` : ''}`, {
      place: at(source, ['partner']),
      hint: 'partners are listed under `partners:` in the brand file',
    });
  }
}

/** The QR code printed: the leaflet's own, else an event's sign-up page, else the brand's. */
function resolveQr(file: VFile, front: FrontMatter | undefined, event: EventInfo | undefined, loaded: { brand: Brand; qrUrl: string }, lang: Lang, source?: YamlSource): LeafletMeta['qr'] {
  const { brand, qrUrl } = loaded;
  const fallback = event?.register ? { url: event.register, caption: localize(brand.event.labels.register, lang) } : defaultQr(brand, qrUrl, lang);
  if (!front?.qr) return fallback;
  const place = at(source, ['qr', 'url']);
  const check = checkUrl(front.qr.url, ['http:', 'https:']);
  if (!check.ok) error(file, 'invalid-url', `QR code: ${check.reason}`, { place });
  else if (checkQrFits(file, check.url, 'QR code', place)) return { url: check.url, caption: front.qr.caption ?? fallback.caption };
  return fallback;
}

/** The body as blocks, with the footnotes collected; undefined when the Markdown cannot be read. */
function readBody(file: VFile, front: FrontMatter | undefined, root: string): { title?: string; blocks: Block[]; notes: Reference[] } | undefined {
  const tree = parseMarkdown(file);
  if (!tree || !checkNesting(tree, file)) return undefined;
  checkImages(tree, file, root);
  modelState(file).printUrls = front?.print_urls ?? true;
  collectFootnotes(tree, file);
  const { title, blocks } = takeTitle(flow(tree.children, file), front?.title);
  return { title, blocks, notes: references(file) };
}

/**
 * Builds the model, recording every problem on the file. Pictures are checked against the project folder
 * `root` (by default the working directory). Returns undefined when the leaflet has errors.
 */
export function buildModel(file: VFile, loaded: LoadedBrand, root = process.cwd()): Leaflet | undefined {
  const { brand, qrUrl } = loaded;
  if (!brand || !qrUrl) return undefined;
  const raw = readFrontMatter(file);
  const front = raw.ok ? checkSchema(file, raw.source, FrontMatter, raw.data, 'front-matter-invalid') : undefined;
  const body = readBody(file, front, root);
  if (!body) return undefined;
  const { title, blocks, notes } = body;
  const lang = resolveLang(file, front?.lang, brand.lang, raw.source);
  if (!title && front) {
    error(file, 'missing-title', 'the leaflet has no title', {
      place: { line: 1, column: 1 },
      hint: "add 'title: …' to the front matter, or start the text with a '# ' heading",
    });
  }
  // A body whose only content failed (a missing picture) has its error already.
  if (blocks.length === 0 && !hasErrors(file)) warn(file, 'empty-body', 'the leaflet has no text besides its title', { place: { line: 1, column: 1 } });
  if (front) checkDesign(file, front, brand, raw.source);
  const event = front?.event ? resolveEvent(file, front.event, brand.time_zone, raw.source) : undefined;
  const qr = resolveQr(file, front, event, { brand, qrUrl }, lang, raw.source);
  if (!front || !title || hasErrors(file)) return undefined;
  return {
    meta: {
      template: front.template ?? 'handout',
      event,
      partner: front.partner,
      title,
      subtitle: front.subtitle,
      series: front.series,
      seriesEn: front.series_en,
      date: front.date,
      lang,
      keywords: front.keywords ?? [],
      credit: front.credit,
      qr,
      format: front.format ?? 'A4',
      align: front.align,
    },
    blocks,
    references: notes,
  };
}
