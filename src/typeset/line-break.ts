// Chinese line breaking for react-pdf: UAX #14 break opportunities, with kinsoku, and never a hyphen.
import LineBreaker from 'linebreak';

/** East Asian wide characters: ideographs, kana, hangul, CJK and full-width punctuation. */
const wide = /[\u1100-\u11ff\u2e80-\u303f\u3040-\u30ff\u3100-\u31ff\u3200-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u{20000}-\u{3ffff}]/u;
/** Marks that must not start a line (UAX #14 classes CL, CP, EX, IS, NS among the wide ones, plus quotes). */
export const closing = '，。、；：？！）》」』】〕〉”’…‥·・ー〜～％‰℃';
/** Marks that must not end a line. */
export const opening = '（《「『【〔〈“‘';

export const nbsp = '\u00a0';

export function isWide(char: string): boolean {
  return wide.test(char);
}

/** Positions in `text` where UAX #14 allows a line break (never 0 or text.length). */
export function breakOpportunities(text: string): number[] {
  // NBSP stands for a breakable space in Chinese paragraphs (see prepare-spans): let UAX #14 see a space.
  const breaker = new LineBreaker(text.replaceAll(nbsp, ' '));
  const positions: number[] = [];
  for (let found = breaker.nextBreak(); found; found = breaker.nextBreak()) {
    const at = found.position;
    // UAX #14 already keeps most marks in place; our lists also cover the few it allows (·, ー, ℃ …).
    if (at > 0 && at < text.length && !closing.includes(text[at]!) && !opening.includes(text[at - 1]!)) positions.push(at);
  }
  return positions;
}

/** Can a line break right after this text when an ideograph follows? */
function breaksAfter(text: string): boolean {
  return isWide(text.at(-1) ?? '') && breakOpportunities(`${text}中`).includes(text.length);
}

/** Can a line break right before this text when an ideograph precedes it? */
function breaksBefore(text: string): boolean {
  return isWide(text[0] ?? '') && breakOpportunities(`中${text}`).includes(1);
}

/**
 * react-pdf's hyphenation callback. react-pdf calls it for each space-separated word of each style run.
 * Words without wide characters or breakable spaces come back whole, so Latin words and numbers never
 * split. Otherwise the word is cut at its UAX #14 opportunities, which keep closing marks with the
 * character before them and opening marks with the one after. An empty piece between two pieces is a
 * break with no hyphen; empty pieces at the ends let a line break where two style runs meet.
 */
export function hyphenate(word: string): string[] {
  if (!wide.test(word) && !word.includes(nbsp)) return [word];
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
