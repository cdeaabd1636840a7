// The pack as a leaflet of its own: its title, date and language for the cover, the footer and the PDF's properties.
import type { Brand } from '../brand/brand-schema.js';
import { defaultQr } from '../brand/load-brand.js';
import type { Block, Leaflet } from '../model/types.js';
import type { PackManifest } from './pack-schema.js';

export function packLeaflet(manifest: PackManifest, brand: Brand, qrUrl: string, intro: Block[]): Leaflet {
  const lang = manifest.lang ?? brand.lang;
  return {
    meta: {
      template: 'handout',
      title: manifest.title,
      subtitle: manifest.subtitle,
      date: manifest.date,
      lang,
      keywords: [],
      qr: defaultQr(brand, qrUrl, lang),
      format: manifest.format ?? 'A4',
    },
    blocks: intro,
    references: [],
  };
}
