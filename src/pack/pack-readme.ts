// The README.txt of a pack's zip: the pack's title, the partner, the date, and the files with their titles.
import { localize } from '../brand/localize.js';
import type { Leaflet } from '../model/types.js';
import type { PackWording } from '../brand/brand-schema.js';
import { coverDate, preparedFor } from './pack-pages.js';

/** `files`: each leaflet's PDF, and its phone image when the zip holds one. */
export function packReadme(pack: Leaflet, recipient: string, wording: PackWording, files: { name: string; leaflet: Leaflet; phone?: { name: string } }[]): string {
  const { meta } = pack;
  const lines = [
    meta.title,
    ...(meta.subtitle ? [meta.subtitle] : []),
    preparedFor(wording, recipient, meta.lang),
    ...(meta.date ? [coverDate(meta.date, meta.lang)] : []),
    '',
    localize(wording.readme, meta.lang),
    '',
    ...files.map(({ name, leaflet, phone }) => `${phone ? `${name}, ${phone.name}` : name}  ${leaflet.meta.title}${leaflet.meta.subtitle ? ` (${leaflet.meta.subtitle})` : ''}`),
  ];
  // CRLF, so that Notepad on an older Windows shows the lines too.
  return `${lines.join('\r\n')}\r\n`;
}
