// Model stage: front matter + Markdown AST + brand → the leaflet model, with every problem positioned.
import type { VFile } from 'vfile';
import { error, hasErrors, warn } from '../diagnostics/messages.js';
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
import { checkQrFits } from './qr.js';
import type { Block, Leaflet } from './types.js';
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

/**
 * Builds the model, recording every problem on the file. Pictures are checked against the project folder
 * `root` (by default the working directory). Returns undefined when the leaflet has errors.
 */
export function buildModel(file: VFile, loaded: LoadedBrand, root = process.cwd()): Leaflet | undefined {
  const { brand, qrUrl } = loaded;
  if (!brand || !qrUrl) return undefined;
  const raw = readFrontMatter(file);
  const front = raw.ok ? checkSchema(file, raw.source, FrontMatter, raw.data, 'front-matter-invalid') : undefined;
  const tree = parseMarkdown(file);
  if (!tree || !checkNesting(tree, file)) return undefined;
  checkImages(tree, file, root);
  modelState(file).printUrls = front?.print_urls ?? true;
  collectFootnotes(tree, file);
  const { title, blocks } = takeTitle(flow(tree.children, file), front?.title);
  const notes = references(file);
  const lang = resolveLang(file, front?.lang, brand.lang, raw.source);

  if (!title && front) {
    error(file, 'missing-title', 'the leaflet has no title', {
      place: { line: 1, column: 1 },
      hint: "add 'title: …' to the front matter, or start the text with a '# ' heading",
    });
  }
  // A body whose only content failed (a missing picture) has its error already.
  if (blocks.length === 0 && !hasErrors(file)) warn(file, 'empty-body', 'the leaflet has no text besides its title', { place: { line: 1, column: 1 } });

  const template = front?.template ?? 'handout';
  const event = front?.event ? resolveEvent(file, front.event, brand.time_zone, raw.source) : undefined;
  if (template === 'event' && front && !front.event) {
    error(file, 'front-matter-invalid', "an event flyer needs 'event:' settings with at least 'starts' and 'venue'", {
      place: raw.source ? placeOf(raw.source, ['template']) : undefined,
      hint: 'run `npx leaflet new event <name>` to start from a filled-in example',
    });
  }
  if (front?.partner && !Object.hasOwn(brand.partners, front.partner)) {
    const guess = suggest(front.partner, Object.keys(brand.partners));
    error(file, 'front-matter-invalid', `unknown partner '${front.partner}'${guess ? `; did you mean '${guess}'?` : ''}`, {
      place: raw.source ? placeOf(raw.source, ['partner']) : undefined,
      hint: 'partners are listed under `partners:` in the brand file',
    });
  }

  let qr = event?.register
    ? { url: event.register, caption: localize(brand.event.labels.register, lang) }
    : defaultQr(brand, qrUrl, lang);
  if (front?.qr) {
    const place = raw.source ? placeOf(raw.source, ['qr', 'url']) : undefined;
    const check = checkUrl(front.qr.url, ['http:', 'https:']);
    if (!check.ok) error(file, 'invalid-url', `QR code: ${check.reason}`, { place });
    else if (checkQrFits(file, check.url, 'QR code', place)) qr = { url: check.url, caption: front.qr.caption ?? qr.caption };
  }
  if (!front || !title || hasErrors(file)) return undefined;
  return {
    meta: {
      template,
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
