// Text of a `leaflet new` template left in place: the template files mark it `{{replace: …}}`, and a leaflet line that is still such a line gets a warning.
import type { VFile } from 'vfile';
import { scaffoldMessages as says } from '../diagnostics/catalogue/scaffold.js';
import { warn } from '../diagnostics/messages.js';
import { say } from '../diagnostics/say.js';

/** The project's folder of templates, `<kind>.<lang>.md`, as `leaflet new` reads them. */
export const templatesFolder = 'assets/templates';

/** `{{replace: 在这里写活动地点}}` in a template: text that the writer of the leaflet is to replace. */
const marker = /\{\{replace:\s*([^{}]*?)\s*\}\}/g;

/** A template line with text to replace, as `leaflet new` writes it, without its indent. */
export interface Placeholder {
  line: string;
  /** The text to replace, and where it starts in `line` (0-based). */
  text: string;
  offset: number;
}

/** A template as `leaflet new` writes it: each marked text in place of its marker. */
export function withoutMarkers(template: string): string {
  return template.replace(marker, (_, text: string) => text);
}

/** The lines of a template that hold text to replace, each with its first such text. */
export function placeholdersOf(template: string): Placeholder[] {
  return template.split(/\r?\n/).flatMap((raw) => {
    const first = /\{\{replace:\s*([^{}]*?)\s*\}\}/.exec(raw.trim());
    if (!first?.[1]) return [];
    const trimmed = raw.trim();
    return [{ line: withoutMarkers(trimmed), text: first[1], offset: withoutMarkers(trimmed.slice(0, first.index)).length }];
  });
}

/** The text as the message quotes it: a long one by its start. */
function shown(text: string): string {
  const chars = [...text];
  return chars.length <= 20 ? text : `${chars.slice(0, 16).join('')}…`;
}

/**
 * Warns at each line of the leaflet that is, but for its indent, a template line with its text still in place.
 * A line with anything changed on it is the writer's own.
 */
export function checkTemplateText(file: VFile, placeholders: Placeholder[]): void {
  if (placeholders.length === 0) return;
  const byLine = new Map(placeholders.map((placeholder) => [placeholder.line, placeholder]));
  String(file.value)
    .split(/\r?\n/)
    .forEach((raw, index) => {
      const found = byLine.get(raw.trim());
      if (!found) return;
      const indent = raw.length - raw.trimStart().length;
      warn(file, 'template-text', say(says.templateText, { text: shown(found.text) }), {
        place: { line: index + 1, column: indent + found.offset + 1 },
        hint: say(says.templateTextHint),
      });
    });
}
