// Chinese line breaking for react-pdf: UAX #14 break opportunities, with kinsoku, and never a hyphen.
import LineBreaker from 'linebreak';

/** East Asian wide characters: ideographs, kana, hangul, CJK and full-width punctuation. */
const wide = /[\u1100-\u11ff\u2e80-\u303f\u3040-\u30ff\u3100-\u31ff\u3200-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u{20000}-\u{3ffff}]/u;
/** Marks that must not start a line (UAX #14 classes CL, CP, EX, IS, NS among the wide ones, plus quotes). */
export const closing = '，。、；：？！）》」』】〕〉”’…‥·・ー〜～％‰℃';
/** Marks that must not end a line. */
export const opening = '（《「『【〔〈“‘';

/** A run of characters that make up a Latin word, number, address or code: never broken inside. */
const token = /[A-Za-z0-9@._%+\-/:?=&#~]+/g;
/** Addresses long enough to be broken, at `/` (after) and at `. - ? & =` (before). */
const longAddress = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.|doi\.org\/|10\.\d{4,}\/)/i;
export const longAddressLength = 30;
/** A number keeps its multiplier or unit sign: 200万, 10%, 37℃. */
const numberUnit = /\d[万亿千百十%‰℃°]/g;

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
  for (let found = breaker.nextBreak(); found; found = breaker.nextBreak()) {
    const at = found.position;
    // UAX #14 already keeps most marks in place; our lists also cover the few it allows (·, ー, ℃ …).
    if (at <= 0 || at >= text.length || blocked.has(at)) continue;
    if (!closing.includes(text[at]!) && !opening.includes(text[at - 1]!)) positions.add(at);
  }
  return [...positions].sort((a, b) => a - b);
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
 * unit, or an address (except a long URL or DOI). An empty piece between two pieces is a break with no
 * hyphen; empty pieces at the ends let a line break where two runs meet.
 */
export function hyphenate(word: string): string[] {
  const pieces: string[] = [];
  let last = 0;
  for (const position of breakOpportunities(word)) {
    pieces.push(word.slice(last, position), '');
    last = position;
  }
  pieces.push(word.slice(last));
  if (breaksBefore(word)) pieces.unshift('');
  if (breaksAfter(word)) pieces.push('');
  return pieces;
}
