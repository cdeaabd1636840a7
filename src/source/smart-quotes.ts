// Values in curly quotation marks (title: “雷诺现象”), as a Chinese keyboard types quotes: read as the text inside.
import { Scalar, visit, type Document } from 'yaml';
import type { VFile } from 'vfile';
import { sourceMessages as m } from '../diagnostics/catalogue/source.js';
import { warn, type Point } from '../diagnostics/messages.js';
import { say } from '../diagnostics/say.js';

/** A whole value in “…” or ‘…’, with no other opening mark inside (’ may be an apostrophe): the marks are not part of the text. */
const quoted = /^(“)([^“”]+)(”)$|^(‘)([^‘]+)(’)$/;

/**
 * Takes the marks off every plain value (not a key, not a value already in ASCII quotes) wrapped in curly
 * quotation marks, with a warning at the value. Changes the parsed document, before it is read as data.
 */
export function unquoteSmart(file: VFile, doc: Document, pointAt: (offset: number) => Point): void {
  visit(doc, {
    Scalar(key, node) {
      if (key === 'key' || node.type !== Scalar.PLAIN || typeof node.value !== 'string') return;
      const match = quoted.exec(node.value);
      if (!match) return;
      const [open, text, close] = match[1] ? match.slice(1, 4) : match.slice(4, 7);
      const values = { open: open!, text: text!.trim(), close: close! };
      warn(file, 'smart-quotes', say(m.smartQuotes, values), {
        place: pointAt(node.range?.[0] ?? 0),
        hint: say(m.smartQuotesHint, values),
      });
      node.value = values.text;
    },
  });
}
