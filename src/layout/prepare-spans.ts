// Prepares a paragraph's style runs for layout: words a line never parts, kinsoku where runs meet, and space between Chinese and Latin.
import type { Span } from '../model/types.js';
import { closing, isWide, opening } from './line-break.js';

/** A span as the renderer draws it: `spaceAfter` adds a quarter em after its last character. */
export interface TypesetSpan extends Span {
  spaceAfter?: boolean;
}

export interface TypesetOptions {
  /** Put a quarter em between Chinese and Latin letters or digits where the text has no space. */
  cjkLatinSpacing: boolean;
}

export function hasWide(spans: Span[]): boolean {
  return spans.some((span) => [...span.text].some(isWide));
}

/**
 * A style run that starts with closing marks hands them to the run before it, and one that ends with
 * opening marks hands them to the run after it: `**免疫调节**：` keeps its colon on the same line.
 * Only a wide character offers a break where two runs meet, so only then do the marks move.
 */
function joinPunctuation(spans: Span[]): Span[] {
  const out = spans.map((span) => ({ ...span }));
  for (let i = 1; i < out.length; i += 1) {
    const before = out[i - 1]!;
    const after = out[i]!;
    if (before.text.endsWith('\n') || after.text.startsWith('\n')) continue;
    let lead = 0;
    while (lead < after.text.length && closing.includes(after.text[lead]!)) lead += 1;
    if (lead > 0 && isWide(before.text.at(-1) ?? '')) {
      before.text += after.text.slice(0, lead);
      after.text = after.text.slice(lead);
    }
    let trail = before.text.length;
    while (trail > 0 && opening.includes(before.text[trail - 1]!)) trail -= 1;
    if (trail < before.text.length && isWide(after.text[0] ?? '')) {
      after.text = before.text.slice(trail) + after.text;
      before.text = before.text.slice(0, trail);
    }
  }
  return out.filter((span) => span.text !== '');
}

const ideograph = /[\u2e80-\u2fff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{3ffff}]/u;
/** Western letters (Latin with its accents, Greek: `IFN-γ`) and digits. */
const latin = /[\p{Script=Latin}\p{Script=Greek}0-9]/u;
/** What ends a number as part of it: `90%的`, `37°C`, are spaced after the sign as after a digit. */
const numberSign = /[%‰°]/;

/** Where a quarter em goes: after an ideograph followed by a Western letter or digit, or the reverse. */
export function spacingPoints(chars: string[]): Set<number> {
  const points = new Set<number>();
  for (let i = 0; i + 1 < chars.length; i += 1) {
    const [a, b] = [chars[i]!, chars[i + 1]!];
    const endsLatin = latin.test(a) || (numberSign.test(a) && /[0-9]/.test(chars[i - 1] ?? ''));
    if ((ideograph.test(a) && latin.test(b)) || (endsLatin && ideograph.test(b))) points.add(i);
  }
  return points;
}

/**
 * Splits the spans so that each character followed by a script change is a span of its own, drawn with
 * extra spacing after it. Opening marks before it join that span, so no line can end with one.
 */
function spaceScripts(spans: Span[]): TypesetSpan[] {
  // Superscript footnote numbers sit close to their word: they count as neither script.
  const points = spacingPoints(spans.flatMap((span) => [...span.text].map((c) => (span.marks.sup ? '\u0000' : c))));
  const out: TypesetSpan[] = [];
  let offset = 0;
  for (const span of spans) {
    const chars = [...span.text];
    let start = 0;
    for (let i = 0; i < chars.length; i += 1) {
      if (!points.has(offset + i)) continue;
      let cut = i;
      while (cut > start && opening.includes(chars[cut - 1]!)) cut -= 1;
      if (cut > start) out.push({ ...span, text: chars.slice(start, cut).join('') });
      out.push({ ...span, text: chars.slice(cut, i + 1).join(''), spaceAfter: true });
      start = i + 1;
    }
    if (start < chars.length) out.push({ ...span, text: chars.slice(start).join('') });
    offset += chars.length;
  }
  return out;
}

/** `et al.`, and an identifier's label with its value (`PMID: 27777937`, `doi: 10.…`): a line never parts them. */
function bindWords(spans: Span[]): Span[] {
  const bind = (text: string) => text.replace(/\bet (al\b)/g, 'et\u00a0$1').replace(/\b(PMID|PMCID|DOI|doi|ISBN|NCT):[ ](?=\S)/g, '$1:\u00a0');
  return spans.map((span) => (span.text.includes(' ') ? { ...span, text: bind(span.text) } : span));
}

export function prepareSpans(given: Span[], options: TypesetOptions): TypesetSpan[] {
  const spans = bindWords(given);
  if (!hasWide(spans)) return spans;
  const joined = joinPunctuation(spans);
  return options.cjkLatinSpacing ? spaceScripts(joined) : joined;
}
