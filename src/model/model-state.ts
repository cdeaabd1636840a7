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
  /** The project folder: no file outside it is ever read. */
  root: string;
}

export function modelState(file: VFile): ModelState {
  const data = file.data as { leaflet?: ModelState };
  data.leaflet ??= { printUrls: true, cited: new Map(), definitions: new Map(), figures: 0, root: process.cwd() };
  return data.leaflet;
}
