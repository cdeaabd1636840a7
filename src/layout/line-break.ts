// Chinese line breaking for react-pdf: UAX #14 break opportunities, with kinsoku, and never a hyphen.
import LineBreaker from 'linebreak';

/** East Asian wide characters: ideographs, kana, hangul, CJK and full-width punctuation. */
const wide = /[\u1100-\u11ff\u2e80-\u303f\u3040-\u30ff\u3100-\u31ff\u3200-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u{20000}-\u{3ffff}]/u;
/** Marks that must not start a line (UAX #14 classes CL, CP, EX, IS, NS among the wide ones, plus quotes). */
export const closing = '，。、；：？！）》」』】〕〉”’…‥·・ー〜～％‰℃';
/** Marks that must not end a line. */
export const opening = '（《「『【〔〈“‘';

/** A run of characters that make up a Latin word, number, address or code: never broken inside. */
const token = /[A-Za-z0-9\u0370-\u03ff@._%+\-/:?=&#~]+/g;
/** Addresses long enough to be broken, at `/` (after) and at `. - ? & =` (before). */
const longAddress = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.|doi\.org\/|10\.\d{4,}\/)/i;
export const longAddressLength = 30;
/** A number keeps its multiplier, unit sign or measure word: 200万, 10%, 37℃, 8号, 2楼, 28岁, 20米, 4次. */
const numberUnit = /\d[万亿千百十%‰℃°号楼层室岁米次个名例位年月日天周时分秒元克升斤里倍件种项条页届期组台床人份支剂粒片瓶盒毫厘公]/g;

export function isWide(char: string): boolean {
  return wide.test(char);
}

/** Positions inside `text` where a break is never allowed: inside tokens and between a number and its unit. */
function forbidden(text: string): Set<number> {
  const out = new Set<number>();
  for (const match of text.matchAll(token)) {
    for (let i = match.index + 1; i < match.index + match[0].length; i += 1) out.add(i);
  }
  for (const match of text.matchAll(numberUnit)) out.add(match.index + 1);
  return out;
}

/** Break positions inside a long URL or DOI, so that it wraps inside the column instead of running off. */
function addressBreaks(text: string): number[] {
  const out: number[] = [];
  for (const match of text.matchAll(token)) {
    const address = match[0];
    if (address.length < longAddressLength || !longAddress.test(address) || address.includes('@')) continue;
    for (let i = 1; i < address.length; i += 1) {
      const before = address[i - 1]!;
      const here = address[i]!;
      if ((before === '/' && here !== '/') || ('.-?&='.includes(here) && before !== '/')) out.push(match.index + i);
    }
  }
  return out;
}

/** Positions in `text` where a line may break (never 0 or text.length). */
export function breakOpportunities(text: string): number[] {
  const breaker = new LineBreaker(text);
  const blocked = forbidden(text);
  const positions = new Set(addressBreaks(text));
  // UAX #14 lets a line break before a full-width opening bracket and after a full-width closing one even next
  // to a letter or digit (LB30 leaves East Asian brackets out); the linebreak package predates that.
  for (let at = 1; at < text.length; at += 1) {
    const [before, here] = [text[at - 1]!, text[at]!];
    const besideLatin = (c: string) => /[\p{L}\p{N}]/u.test(c) && !isWide(c);
    if ((isWide(here) && '（《「『【〔〈“‘'.includes(here) && besideLatin(before)) || (isWide(before) && '）》」』】〕〉”’'.includes(before) && besideLatin(here))) {
      if (!blocked.has(at)) positions.add(at);
    }
  }
  for (let found = breaker.nextBreak(); found; found = breaker.nextBreak()) {
    const at = found.position;
    // UAX #14 already keeps most marks in place; our lists also cover the few it allows (·, ー, ℃ …).
    if (at <= 0 || at >= text.length || blocked.has(at)) continue;
    if (!closing.includes(text[at]!) && !opening.includes(text[at - 1]!)) positions.add(at);
  }
  return [...positions].sort((a, b) => a - b);
}

/**
 * Zero-width markers among the pieces of `hyphenate`. The line breaker in leaflet's copy of the text layout
 * (src/layout/textkit) breaks at a marker only inside a run that is wider than its line, so that nothing runs
 * off the page: at an
 * address's punctuation freely, and between two characters of a long part at a cost, where the punctuation
 * alone would leave a line too short.
 */
export const markers = { punctuation: '\u00ad', anywhere: '\u00ad\u00ad', hyphen: '\u00ad\u00ad\u00ad' } as const;

export function isMarker(piece: string): boolean {
  return piece === markers.punctuation || piece === markers.anywhere || piece === markers.hyphen;
}

/**
 * A Latin word long enough to hyphenate, with what precedes and follows it in its piece: `(transplantation,`.
 * Lower case only: a name (`Margossian`, `Scleroderma Education Project`), a brand (`Cellcept`) or a label in
 * capitals (`EXPERIMENTAL TREATMENT`) is never broken.
 */
const latinWord = /^([^A-Za-z]*)([a-z]{7,})([^A-Za-z]*)$/;

/**
 * Where a Latin word may break with a hyphen, from the start of its piece: between its syllables (English
 * patterns), never leaving fewer than three letters on either line. The line breaker may break there, at a
 * cost, rather than open up the line before a long word.
 */
function hyphenPoints(piece: string, syllables: Syllables): number[] {
  const found = latinWord.exec(piece);
  if (!found) return [];
  const [, before, word] = found as unknown as [string, string, string];
  const points: number[] = [];
  let start = 0;
  for (const syllable of syllables(word)) {
    if (start >= 3 && word.length - start >= 3) points.push(before.length + start);
    start += syllable.length;
  }
  return points;
}

/** An address, a path or a file name: never hyphenated, as a hyphen would be read as part of it. */
const address = /[:/@\\]|[A-Za-z0-9]\.[A-Za-z]/;

/** A word's syllables, by a language's hyphenation patterns. */
export type Syllables = (word: string) => string[];

/** A piece with its markers: those of a run too wide for its line, and a hyphen marker at each hyphenation point. */
function marked(piece: string, syllables: Syllables | undefined): string[] {
  const points = syllables ? hyphenPoints(piece, syllables) : [];
  const pieces = withMarkers(piece);
  if (points.length === 0) return pieces;
  const out: string[] = [];
  let at = 0;
  for (const part of pieces) {
    // A hyphenation point takes the place of an overflow marker there, or parts the text.
    if (isMarker(part)) {
      out.push(points.includes(at) ? markers.hyphen : part);
      continue;
    }
    let from = 0;
    for (const point of points) {
      if (point > at && point < at + part.length) {
        out.push(part.slice(from, point - at), markers.hyphen);
        from = point - at;
      }
    }
    out.push(part.slice(from));
    at += part.length;
  }
  return out;
}

/**
 * Pieces of up to this many characters get no markers: no character is wider than an em, and no column is
 * narrower than 8 em of its type (a table column is as wide as its widest piece, or the table is stacked).
 */
const markAbove = 8;
/** A line may not end with these (opening brackets and quotes) … */
const openingMarks = `${opening}([{<`;
/** … nor start with these (closing brackets and quotes, and punctuation that ends a phrase). */
const closingMarks = `${closing})]}>,.;:!?`;
const closingBrackets = `${closing})]}>`;
/** Where a long address breaks: after a slash, and before its other punctuation. */
const breaksBeforeInAddress = '.-?&=_#~%+,;@';

function graphemes(text: string): number[] {
  if (/^[\x20-\x7e]*$/.test(text)) return Array.from({ length: text.length + 1 }, (_, i) => i);
  const starts = [...new Intl.Segmenter('und', { granularity: 'grapheme' }).segment(text)].map((s) => s.index);
  return [...starts, text.length];
}

const mayBreakAnywhere = (piece: string, at: number) => !openingMarks.includes(piece[at - 1]!) && !closingMarks.includes(piece[at]!);

function mayBreakInAddress(piece: string, at: number): boolean {
  const [before, here] = [piece[at - 1]!, piece[at]!];
  const address = (before === '/' && here !== '/') || (breaksBeforeInAddress.includes(here) && !breaksBeforeInAddress.includes(before) && before !== '/');
  return address && !openingMarks.includes(before) && !closingBrackets.includes(here);
}

/** A run that cannot break, with markers where it may break when it is wider than its line. */
function withMarkers(piece: string): string[] {
  if (piece.length <= markAbove) return [piece];
  const bounds = graphemes(piece);
  if (bounds.length - 1 <= markAbove) return [piece];
  // The parts between address breaks; inside a part that is itself long, any two characters may part.
  const parts: number[][] = [[0]];
  for (const at of bounds.slice(1, -1)) {
    if (mayBreakInAddress(piece, at)) parts.push([at]);
    else parts.at(-1)!.push(at);
  }
  const out: string[] = [];
  parts.forEach((part, i) => {
    const end = parts[i + 1]?.[0] ?? piece.length;
    let from = part[0]!;
    if (part.length > markAbove) {
      for (const at of anywhereIn(piece, part)) {
        out.push(piece.slice(from, at), markers.anywhere);
        from = at;
      }
    }
    out.push(piece.slice(from, end), markers.punctuation);
  });
  out.pop();
  return out;
}

/**
 * The places inside a long part (its grapheme starts) where a line may end when it must: not after an opening
 * mark nor before a closing one, except in a stretch of marks so long that no such place is near.
 */
function anywhereIn(piece: string, part: number[]): number[] {
  const out: number[] = [];
  let last = 0;
  part.forEach((at, i) => {
    if (i === 0) return;
    if (mayBreakAnywhere(piece, at) || i - last >= markAbove) {
      out.push(at);
      last = i;
    }
  });
  return out;
}

/** Can a line break right after this text when an ideograph follows? */
function breaksAfter(text: string): boolean {
  const tail = text.slice(-2);
  return isWide(tail.at(-1) ?? '') && breakOpportunities(`${tail}中`).includes(tail.length);
}

/** Can a line break right before this text when an ideograph precedes it? */
function breaksBefore(text: string): boolean {
  return isWide(text[0] ?? '') && breakOpportunities(`中${text.slice(0, 2)}`).includes(1);
}

/**
 * react-pdf's hyphenation callback. react-pdf calls it for each space-separated word of each style and
 * script run. The word is cut at its break opportunities, which keep closing marks with the character
 * before them and opening marks with the one after, and never split a Latin word, a number with its
 * unit, or an address (except a long URL or DOI), nor a word joined by word joiners. An empty piece between two pieces is a break with no
 * hyphen; empty pieces at the ends let a line break where two runs meet. A long run that cannot break
 * carries markers (see `markers`) where it breaks if it is wider than its line.
 */
export function hyphenate(word: string, syllables?: Syllables): string[] {
  const pieces: string[] = [];
  // Latin words are hyphenated only when `syllables` is given (the renderer gives English patterns), never in an address.
  const hyphenation = address.test(word) ? undefined : syllables;
  let last = 0;
  for (const position of [...breakOpportunities(word), word.length]) {
    // One at a time: a run of a million characters has too many pieces for a spread. Word joiners (see
    // word-joins.ts) have kept their words whole, and are not printed.
    const piece = word.slice(last, position);
    for (const part of marked(piece, hyphenation)) pieces.push(part.replaceAll('\u2060', ''));
    pieces.push('');
    last = position;
  }
  pieces.pop();
  if (breaksBefore(word)) pieces.unshift('');
  if (breaksAfter(word)) pieces.push('');
  return pieces;
}
