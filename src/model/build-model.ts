// Model stage: front matter + Markdown AST + brand → the leaflet model, with every problem positioned.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { modelMessages as m } from '../diagnostics/catalogue/model.js';
import { sourceMessages } from '../diagnostics/catalogue/source.js';
import { error, hasErrors, warn } from '../diagnostics/messages.js';
import { say, listed } from '../diagnostics/say.js';
import type { Brand } from '../brand/brand-schema.js';
import { defaultQr, type LoadedBrand } from '../brand/load-brand.js';
import { localize } from '../brand/localize.js';
import { readDates } from '../source/date-spelling.js';
import { readFrontMatter, type RawFrontMatter } from '../source/front-matter.js';
import { FrontMatter, languages, type Lang } from '../source/leaflet-schema.js';
import { parseMarkdown } from '../source/parse-markdown.js';
import { checkFields, suggest } from '../source/schema-check.js';
import { placeOf, type YamlSource } from '../source/yaml-source.js';
import { flow } from './blocks.js';
import { collectFootnotes, references } from './footnotes.js';
import { modelState } from './model-state.js';
import { checkImages } from './images.js';
import { checkNesting } from './nesting.js';
import { checkQrFits } from '../source/qr.js';
import type { Block, EventInfo, Leaflet, LeafletMeta, Reference } from './types.js';
import { checkUrl } from '../source/urls.js';
import { eventUrls, resolveEvent } from './event.js';

function spanText(block: Block): string {
  return 'spans' in block ? block.spans.map((s) => s.text).join('').trim() : '';
}

/** Languages as people name them, in words or in other codes: `lang: 中文` is Simplified Chinese. */
const languageNames = new Map<string, Lang>([
  ...['中文', '简体', '简体中文', '简中', '汉语', '普通话', '国语', 'zh', 'zh-hans', 'zh-cn'].map((name) => [name, 'zh-CN'] as const),
  ...['繁体', '繁體', '繁体中文', '繁體中文', '正體', '正體中文', 'zh-hant', 'zh-hk', 'zh-mo'].map((name) => [name, 'zh-TW'] as const),
  ...['英文', '英语', '英語', 'english', 'en-us', 'en-gb'].map((name) => [name, 'en'] as const),
]);

function resolveLang(file: VFile, value: string | undefined, fallback: Lang, source?: YamlSource): Lang {
  if (value === undefined) return fallback;
  const found = languages.find((lang) => lang.toLowerCase() === value.toLowerCase());
  if (found) return found;
  const named = languageNames.get(value.trim().toLowerCase().replace('_', '-'));
  if (named) {
    warn(file, 'invalid-lang', say(m.langNamed, { value, meant: named }), { place: source ? placeOf(source, ['lang']) : undefined, hint: say(m.langNamedHint, { meant: named }) });
    return named;
  }
  const guess = suggest(value, languages);
  error(file, 'invalid-lang', guess ? say(m.badLangGuess, { value, guess }) : say(m.badLang, { value }), {
    place: source ? placeOf(source, ['lang']) : undefined,
    hint: say(m.langHint, { choices: listed(languages) }),
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

/**
 * An event flyer needs its event; a partner must be one the brand lists. Settings that failed their own
 * check (`failed`) have their message already, and are not blamed again.
 */
function checkDesign(file: VFile, front: FrontMatter, brand: Brand, failed: Set<string>, source?: YamlSource): void {
  if ((front.template ?? 'handout') === 'event' && !front.event && !failed.has('event')) {
    error(file, 'front-matter-invalid', say(m.eventNeedsEvent), { place: at(source, ['template']), hint: say(m.eventNeedsEventHint) });
  }
  if (front.format === 'A3' && (front.template ?? 'handout') !== 'event' && !failed.has('template')) {
    error(file, 'front-matter-invalid', say(m.a3Handout), { place: at(source, ['format']), hint: say(m.a3HandoutHint) });
  }
  if (front.partner && !Object.hasOwn(brand.partners, front.partner)) {
    const value = front.partner;
    const guess = suggest(value, Object.keys(brand.partners));
    error(file, 'front-matter-invalid', guess ? say(m.unknownPartnerGuess, { value, guess }) : say(m.unknownPartner, { value }), {
      place: at(source, ['partner']),
      hint: say(m.partnerHint),
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
  if (!check.ok) error(file, 'invalid-url', say(sourceMessages.qrProblem, { problem: check.reason }), { place });
  else if (checkQrFits(file, check.url, say(sourceMessages.qrCode), place)) return { url: check.url, caption: front.qr.caption ?? fallback.caption };
  return fallback;
}

/** The body as blocks, with the footnotes collected; undefined when the Markdown cannot be read. */
function readBody(file: VFile, tree: Root | undefined, front: FrontMatter | undefined, root: string): { title?: string; blocks: Block[]; notes: Reference[] } | undefined {
  if (!tree || !checkNesting(tree, file)) return undefined;
  checkImages(tree, file, root);
  modelState(file).printUrls = front?.print_urls ?? true;
  collectFootnotes(tree, file);
  const { title, blocks } = takeTitle(flow(tree.children, file), front?.title);
  return { title, blocks, notes: references(file) };
}

/**
 * The settings that pass their checks, every problem recorded at once: dates written another way are read
 * first, and a title that is wanted (the text has no `# ` heading) and misspelt is one message.
 */
function readSettings(file: VFile, raw: RawFrontMatter, needsTitle: boolean): { front: FrontMatter; failed: Set<string> } {
  const dates = readDates(file, raw.data, raw.source);
  const wanted = needsTitle ? [{ path: ['title'], rule: 'missing-title' as const }] : [];
  const checked = checkFields(file, raw.source, FrontMatter, dates.data, 'front-matter-invalid', { wanted, reported: dates.reported });
  return { front: checked.value, failed: new Set([...checked.failed, ...checked.explained.map((path) => String(path[0]))]) };
}

const hasHeading = (tree: Root | undefined) => tree?.children.some((node) => node.type === 'heading' && node.depth === 1) ?? false;

/**
 * Builds the model, recording every problem on the file in one pass: the settings, the text and the pictures
 * are each checked whatever the others hold. Pictures are checked against the project folder `root` (by
 * default the working directory). Returns undefined when the leaflet has errors.
 */
export function buildModel(file: VFile, loaded: LoadedBrand, root = process.cwd()): Leaflet | undefined {
  const { brand, qrUrl } = loaded;
  if (!brand || !qrUrl) return undefined;
  const raw = readFrontMatter(file);
  const tree = parseMarkdown(file, raw.end);
  const settings = raw.ok ? readSettings(file, raw, !hasHeading(tree)) : undefined;
  const front = settings?.front;
  const failed = settings?.failed ?? new Set<string>();
  const body = readBody(file, tree, front, root);
  const lang = resolveLang(file, front?.lang, brand.lang, raw.source);
  if (body && !body.title && front && !failed.has('title')) {
    error(file, 'missing-title', say(m.missingTitle), { place: { line: 1, column: 1 }, hint: say(m.missingTitleHint) });
  }
  // A body whose only content failed (a missing picture) has its error already.
  if (body?.blocks.length === 0 && !hasErrors(file)) warn(file, 'empty-body', say(m.emptyBody), { place: { line: 1, column: 1 } });
  if (front) checkDesign(file, front, brand, failed, raw.source);
  const event = front?.event ? resolveEvent(file, front.event, brand.time_zone, raw.source) : undefined;
  const rawEvent = raw.ok ? raw.data.event : undefined;
  if (failed.has('event') && rawEvent && typeof rawEvent === 'object') eventUrls(file, rawEvent, raw.source);
  const qr = resolveQr(file, front, event, { brand, qrUrl }, lang, raw.source);
  if (!front || !body?.title || hasErrors(file)) return undefined;
  const { title, blocks, notes } = body;
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
