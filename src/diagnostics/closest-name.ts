// "Did you mean": the known name that a misspelt one is closest to, when it is close enough to be meant.
import { closest, distance } from 'fastest-levenshtein';

/** The known name closest to `name`, when it differs in at most a third of its letters (two for a short one). */
export function closestName(name: string, known: readonly string[]): string | undefined {
  if (known.length === 0) return undefined;
  const best = closest(name, [...known]);
  const apart = distance(name.toLowerCase(), best.toLowerCase());
  return apart <= Math.max(2, Math.floor(name.length / 3)) && apart < Math.max(name.length, best.length) ? best : undefined;
}
