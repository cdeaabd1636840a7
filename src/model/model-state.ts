// Per-document state of the model stage, kept on the VFile as unified plugins do: footnotes and settings.
import type { FootnoteDefinition } from 'mdast';
import type { VFile } from 'vfile';

export interface ModelState {
  /** Print a link's address after its text when the two differ. */
  printUrls: boolean;
  /** Footnote numbers by identifier, in the order of first citation. */
  cited: Map<string, number>;
  definitions: Map<string, FootnoteDefinition>;
  /** Figures numbered so far. */
  figures: number;
}

export function modelState(file: VFile): ModelState {
  const data = file.data as { leaflet?: ModelState };
  data.leaflet ??= { printUrls: true, cited: new Map(), definitions: new Map(), figures: 0 };
  return data.leaflet;
}
