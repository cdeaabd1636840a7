// Loads and checks the brand file; its messages are reported like a leaflet's.
import path from 'node:path';
import type { VFile } from 'vfile';
import { error, hasErrors, type Point } from '../diagnostics/messages.js';
import { checkAsset } from '../model/assets.js';
import { checkUrl } from '../model/urls.js';
import { readSource } from '../source/read-source.js';
import { checkSchema } from '../source/schema-check.js';
import { parseYaml, placeOf } from '../source/yaml-source.js';
import { Brand } from './brand-schema.js';

export const defaultBrandPath = path.join('assets', 'brand.yaml');

export interface LoadedBrand {
  file: VFile;
  brand?: Brand;
  /** The QR target used when a leaflet sets none: the brand's own, else its website. */
  qrUrl?: string;
  /** The logo as an absolute path inside the project, when the brand has one that is not on the internet. */
  logo?: string;
}

/** Resolves the logo next to the brand file: a PNG or JPEG inside the project, never fetched. */
function resolveLogo(file: VFile, logo: string, place: Point, root: string): string | undefined {
  const real = checkAsset(file, logo, { what: 'logo', from: file.path, root, place });
  if (real && !/\.(png|jpe?g)$/i.test(real)) {
    error(file, 'brand-invalid', `logo '${logo}' must be a PNG or JPEG file`, { place });
    return undefined;
  }
  return real;
}

function websiteUrl(brand: Brand): string | undefined {
  const site = brand.contact.find((entry) => entry.kind === 'website')?.value;
  if (!site) return undefined;
  return /^https?:\/\//i.test(site) ? site : `https://${site}`;
}

export async function loadBrand(brandPath: string, root = process.cwd()): Promise<LoadedBrand> {
  const file = await readSource(brandPath);
  if (file.messages.length > 0) return { file };
  const parsed = parseYaml(file, String(file.value));
  if (!parsed) return { file };
  const brand = checkSchema(file, parsed.source, Brand, parsed.data, 'brand-invalid');
  if (!brand) return { file };
  const qrUrl = brand.qr.url ?? websiteUrl(brand);
  if (!qrUrl) {
    error(file, 'brand-invalid', "the brand needs 'qr.url' or a contact entry of kind 'website' for the QR code");
    return { file };
  }
  const check = checkUrl(qrUrl, ['http:', 'https:']);
  if (!check.ok) {
    error(file, 'invalid-url', `QR code: ${check.reason}`, { place: placeOf(parsed.source, ['qr', 'url']) });
    return { file };
  }
  const logo = brand.logo ? resolveLogo(file, brand.logo, placeOf(parsed.source, ['logo']), root) : undefined;
  if (hasErrors(file)) return { file };
  return { file, brand, qrUrl: check.url, logo };
}
