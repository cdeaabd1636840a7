// A slip in a leaflet's Markdown and the edits that make it what was meant: shared by the readers of each kind.
import { halfWidth } from './half-width.js';
import type { Edit } from './text-edits.js';

/** One slip: where it starts in the text, what was typed, and the edits that make it what was meant. */
export interface Slip {
  kind: 'heading' | 'bullet' | 'numbered' | 'lines' | 'marks' | 'link' | 'spaced' | 'indent' | 'underline' | 'rule';
  at: number;
  typed: string;
  edits: Edit[];
}

/** What Markdown means by the marks that are not full-width forms of ASCII ones. */
const ascii: Record<string, string> = { '•': '-', '·': '-', '・': '-', '。': '.', '、': '.', '\u3000': ' ', '\u00a0': ' ', '—': '-', '–': '-', '─': '-', '━': '-', '“': '"', '”': '"' };

/** The edits that turn the full-width characters of `part` (at `start`) into their ASCII ones. */
export function asciiEdits(part: string, start: number): Edit[] {
  return [...part].flatMap((char, i) => {
    const meant = ascii[char] ?? halfWidth(char);
    return meant === char ? [] : [{ start: start + i, end: start + i + 1, text: meant }];
  });
}
