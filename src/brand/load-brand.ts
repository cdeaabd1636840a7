// Loads and checks the brand file; its messages are reported like a leaflet's.
import type { VFile } from 'vfile';
import { brandMessages as m } from '../diagnostics/catalogue/brand.js';
import { sourceMessages } from '../diagnostics/catalogue/source.js';
import { error, hasErrors } from '../diagnostics/messages.js';
import { say } from '../diagnostics/say.js';
import { checkQrFits } from '../source/qr.js';
import { checkUrl, websiteUrl } from '../source/urls.js';
import { brandLimit } from '../source/limits.js';
import { readSource } from '../source/read-source.js';
import { checkSchema } from '../source/schema-check.js';
import { parseYaml, placeOf } from '../source/yaml-source.js';
import type { Lang } from '../source/leaflet-schema.js';
import { Brand } from './brand-schema.js';
import { localize } from './localize.js';
import { resolveBrandFile, resolveFont } from './brand-files.js';


export interface LoadedBrand {
  file: VFile;
  brand?: Brand;
  /** The QR target used when a leaflet sets none: the brand's own, else its website. */
  qrUrl?: string;
  /** The logo as an absolute path inside the project, when the brand has one that is not on the internet. */
  logo?: string;
  /** Absolute paths of the fallback fonts, in order. */
  fallbackFonts?: string[];
  /** Absolute paths of the partners' logos, by partner id. */
  partnerLogos?: Record<string, string>;
}

/** The QR target used when a leaflet sets none: the brand's own, else its website. */
function brandQrUrl(brand: Brand): string | undefined {
  const site = brand.contact.find((entry) => entry.kind === 'website')?.value;
  return brand.qr.url ?? (site && websiteUrl(site));
}

/** The QR code a leaflet carries when it names none: the brand's target and caption, in the leaflet's language. */
export function defaultQr(brand: Brand, qrUrl: string, lang: Lang): { url: string; caption?: string } {
  return { url: qrUrl, caption: localize(brand.qr.caption, lang) };
}

export async function loadBrand(brandPath: string, root = process.cwd()): Promise<LoadedBrand> {
  const file = await readSource(brandPath, brandLimit);
  if (file.messages.length > 0) return { file };
  const parsed = parseYaml(file, String(file.value));
  if (!parsed) return { file };
  const brand = checkSchema(file, parsed.source, Brand, parsed.data, 'brand-invalid');
  if (!brand) return { file };
  const qrUrl = brandQrUrl(brand);
  if (!qrUrl) {
    error(file, 'brand-invalid', say(m.needsQr));
    return { file };
  }
  const check = checkUrl(qrUrl, ['http:', 'https:']);
  if (!check.ok) {
    error(file, 'invalid-url', say(sourceMessages.qrProblem, { problem: check.reason }), { place: placeOf(parsed.source, ['qr', 'url']) });
    return { file };
  }
  if (!checkQrFits(file, check.url, say(sourceMessages.qrCode), placeOf(parsed.source, ['qr', 'url']))) return { file };
  const logo = brand.logo
    ? resolveBrandFile(file, say(m.logo), brand.logo, placeOf(parsed.source, ['logo']), root, /\.(png|jpe?g)$/i)
    : undefined;
  const fonts = brand.typography.fallback_fonts.map((font, i) => resolveFont(file, font, placeOf(parsed.source, ['typography', 'fallback_fonts', i]), root));
  const partnerLogos: Record<string, string> = {};
  for (const [id, partner] of Object.entries(brand.partners)) {
    const found = partner.logo && resolveBrandFile(file, say(m.logo), partner.logo, placeOf(parsed.source, ['partners', id, 'logo']), root, /\.(png|jpe?g)$/i);
    if (found) partnerLogos[id] = found;
  }
  if (hasErrors(file)) return { file };
  return { file, brand, qrUrl: check.url, logo, fallbackFonts: fonts.filter((f): f is string => f !== undefined), partnerLogos };
}
