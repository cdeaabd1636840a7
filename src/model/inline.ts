// Inline handlers: mdast phrasing content → styled spans, one handler per node type.
import type { Image, ImageReference, PhrasingContent } from 'mdast';
import type { VFile } from 'vfile';
import { modelMessages as m } from '../diagnostics/catalogue/model.js';
import { sourceMessages } from '../diagnostics/catalogue/source.js';
import { error, warn } from '../diagnostics/messages.js';
import { say } from '../diagnostics/say.js';
import { modelState } from './model-state.js';
import type { Marks, Span } from './types.js';
import { checkUrl, printableUrl } from '../source/urls.js';

type Handler = (node: never, marks: Marks, file: VFile) => Span[];

function children(nodes: PhrasingContent[], marks: Marks, file: VFile): Span[] {
  return nodes.flatMap((node) => inline(node, marks, file));
}

/** Where the text went on to its next line (a soft break), until the characters on each side are known. */
const softBreak = '\u2028';

/** Spaces and tabs as one space; a line end, with the spaces around it, as a soft break. */
function plain(text: string): string {
  return text.replace(/[^\S\n]*\n\s*/g, softBreak).replace(/\s+/g, (space) => (space === softBreak ? space : ' '));
}

/** Chinese characters and the marks set with them: a line end between two of these is no space. */
const wide = /[\p{Script=Han}\u2e80-\u2fdf\u3000-\u30ff\uff00-\uffef“”‘’…—·]/u;

/**
 * Each soft break as a space between words, and as nothing between two Chinese characters: a paragraph typed
 * over several lines reads as one line of Chinese, as a browser sets it (CSS Text, segment break transformation).
 */
function joinLines(spans: Span[]): Span[] {
  if (!spans.some((span) => span.text.includes(softBreak))) return spans;
  const chars = spans.flatMap((span) => [...span.text]);
  const near = (i: number, step: number) => {
    while (chars[i] === softBreak) i += step;
    return chars[i] ?? '';
  };
  let at = 0;
  return spans.map((span) => {
    const text = [...span.text].map((char) => {
      const i = at++;
      if (char !== softBreak) return char;
      return wide.test(near(i - 1, -1)) && wide.test(near(i + 1, 1)) ? '' : ' ';
    });
    return { ...span, text: text.join('') };
  });
}

/** The raw-html warning, naming the tag (cut short) that is left out: in a line of text, or a block of its own. */
export function warnRawHtml(file: VFile, node: { value: string; position?: PhrasingContent['position'] }, block = false): void {
  const first = node.value.trim().split('\n')[0]!;
  const tag = first.length > 40 ? `${first.slice(0, 40)}…` : first;
  warn(file, 'raw-html', say(m.rawHtml, { tag }), { place: node.position?.start, hint: say(block ? m.rawHtmlBlockHint : m.rawHtmlHint) });
}

/** The exact source text of a node. */
export function sourceOf(file: VFile, node: { position?: PhrasingContent['position'] }): string {
  const { start, end } = node.position ?? {};
  return start?.offset === undefined || end?.offset === undefined ? '' : String(file.value).slice(start.offset, end.offset);
}

function textOf(spans: Span[]): string {
  return spans.map((s) => s.text).join('');
}

/** A picture inside a line of text is not drawn (only one in a paragraph of its own is): its alt text is printed. */
function picture(node: Image | ImageReference, marks: Marks, file: VFile): Span[] {
  warn(file, 'unsupported-node', say(m.inlineImage), { place: node.position?.start, hint: say(m.inlineImageHint) });
  return node.alt ? [{ text: `[${node.alt}]`, marks }] : [];
}

const handlers: Record<string, Handler> = {
  text: (node: { value: string }, marks) => [{ text: plain(node.value), marks }],
  strong: (node: { children: PhrasingContent[] }, marks, file) => children(node.children, { ...marks, strong: true }, file),
  emphasis: (node: { children: PhrasingContent[] }, marks, file) => children(node.children, { ...marks, emphasis: true }, file),
  delete: (node: { children: PhrasingContent[] }, marks, file) => children(node.children, { ...marks, strike: true }, file),
  inlineCode: (node: { value: string }, marks) => [{ text: node.value, marks: { ...marks, code: true } }],
  break: (_node, marks) => [{ text: '\n', marks }],
  link: (node: { url: string; children: PhrasingContent[]; position?: PhrasingContent['position'] }, marks, file) => {
    const spans = children(node.children, marks, file);
    const check = checkUrl(node.url);
    if (!check.ok) {
      (check.relative ? warn : error)(file, 'invalid-url', say(sourceMessages.linkProblem, { problem: check.reason }), { place: node.position?.start });
      return spans;
    }
    const linked = spans.map((span) => ({ ...span, href: check.url }));
    const shown = printableUrl(check.url);
    const label = textOf(spans).trim();
    if (printableUrl(label) === shown || !modelState(file).printUrls) return linked;
    return [...linked, { text: ` (${shown})`, marks: { ...marks, url: true }, href: check.url }];
  },
  html: (node: { value: string; position?: PhrasingContent['position'] }, _marks, file) => {
    // `<font color=red>红字</font>`: one warning, at the opening tag; the words between the tags are printed.
    if (!/^<\/[A-Za-z][\w-]*\s*>$/.test(node.value)) warnRawHtml(file, node);
    return [];
  },
  image: picture,
  imageReference: picture,
  // GFM makes a footnote reference only where the note is written, so every one has its text.
  footnoteReference: (node: { identifier: string }, marks, file) => {
    const { cited } = modelState(file);
    if (!cited.has(node.identifier)) cited.set(node.identifier, cited.size + 1);
    return [{ text: String(cited.get(node.identifier)), marks: { ...marks, sup: true } }];
  },
  // `:name` inside text is plain text to a reader (时间:Monday); print it exactly as written.
  textDirective: (node: { position?: PhrasingContent['position'] }, marks, file) => [{ text: sourceOf(file, node), marks }],
};

/** One phrasing node → spans. Unknown nodes fall back to their text, with a warning at their position. */
export function inline(node: PhrasingContent, marks: Marks, file: VFile): Span[] {
  const handler = handlers[node.type];
  if (handler) return handler(node as never, marks, file);
  warn(file, 'unsupported-node', say(m.unsupportedInline, { type: node.type }), { place: node.position?.start });
  if ('children' in node) return children(node.children as PhrasingContent[], marks, file);
  return 'value' in node ? [{ text: String(node.value), marks }] : [];
}

export function spansOf(nodes: PhrasingContent[], file: VFile): Span[] {
  return mergeSpans(joinLines(children(nodes, {}, file)));
}

const markNames: (keyof Marks)[] = ['strong', 'emphasis', 'code', 'strike', 'url', 'sup'];

function sameMarks(a: Marks, b: Marks): boolean {
  return markNames.every((name) => Boolean(a[name]) === Boolean(b[name]));
}

/** Joins neighbouring spans of the same style, so later stages see as few style runs as possible. */
export function mergeSpans(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    if (span.text === '') continue;
    const last = out.at(-1);
    if (last && last.href === span.href && sameMarks(last.marks, span.marks)) {
      last.text += span.text;
    } else {
      out.push({ ...span, marks: { ...span.marks } });
    }
  }
  return out;
}
