// The brand as last loaded and checked, kept in out/.cache: an unchanged brand is not parsed and checked again.
import { brandMessages } from '../diagnostics/catalogue/brand.js';
import { say } from '../diagnostics/say.js';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import type { Brand } from '../brand/brand-schema.js';
import type { LoadedBrand } from '../brand/load-brand.js';
import { resolveBrandFile, resolveFont } from '../brand/brand-files.js';
import { fontFiles } from '../layout/font-files.js';
import { brandLimit } from '../source/limits.js';
import { readSource } from '../source/read-source.js';
import { sha256 } from './file-hashes.js';
import { addPlain, isPlainMessage, toPlain, type PlainMessage } from './plain-messages.js';
import { arrayOf, isRecord, isString, optional, shape } from './plain-shape.js';
import { toolId } from './tool-id.js';
import { writeAtomic } from './write-atomic.js';

const format = 1;

interface Kept {
  format: typeof format;
  /** The brand file's text, where it is, the project folder and the code that checked it. */
  key: string;
  /** The fonts its texts were checked against, each as it was then: a changed font is checked again. */
  fonts: string[];
  brand: Brand;
  qrUrl?: string;
  logo?: string;
  fallbackFonts: string[];
  partnerLogos: Record<string, string>;
  messages: PlainMessage[];
}

const isKept = shape<Kept>({
  format: (value): value is typeof format => value === format,
  key: isString,
  fonts: arrayOf(isString),
  brand: (value): value is Brand => isRecord(value),
  qrUrl: optional(isString),
  logo: optional(isString),
  fallbackFonts: arrayOf(isString),
  partnerLogos: (value): value is Record<string, string> => isRecord(value) && Object.values(value).every(isString),
  messages: arrayOf(isPlainMessage),
});

const entryFile = (dir: string, brandPath: string, root: string) =>
  path.join(dir, 'brand', `${sha256(`${path.resolve(brandPath)}\0${path.resolve(root)}`).slice(0, 32)}.json`);

async function keyOf(brandPath: string, root: string, text: string): Promise<string> {
  return sha256(JSON.stringify({ format, tool: await toolId(), brand: path.resolve(brandPath), root: path.resolve(root), text: sha256(text) }));
}

/** A font as it is now: its path, size, modification time and inode. */
async function fontState(file: string): Promise<string> {
  const info = await stat(file).catch(() => undefined);
  return info ? `${file}\0${info.size}\0${info.mtimeMs}\0${info.ino}` : `${file}\0missing`;
}

const fontsOf = (brand: Brand, fallbackFonts: string[]) => Promise.all([...fontFiles(brand.lang), ...fallbackFonts].map(fontState));

/**
 * The files the brand names, found again as the brand check finds them: the same logo, partner logos and
 * fallback fonts, or none (the kept brand is then not used).
 */
function sameFiles(kept: Kept, file: VFile, root: string): boolean {
  const place = { line: 1, column: 1 };
  const png = /\.(png|jpe?g)$/i;
  const logo = kept.brand.logo ? resolveBrandFile(file, say(brandMessages.logo), kept.brand.logo, place, root, png) : undefined;
  const fonts = kept.brand.typography.fallback_fonts.map((font) => resolveFont(file, font, place, root));
  const partners = Object.entries(kept.brand.partners).flatMap(([id, partner]) => {
    const found = partner.logo && resolveBrandFile(file, say(brandMessages.logo), partner.logo, place, root, png);
    return found ? [[id, found]] : [];
  });
  return (
    file.messages.length === 0 &&
    logo === kept.logo &&
    JSON.stringify(fonts) === JSON.stringify(kept.fallbackFonts) &&
    JSON.stringify(Object.fromEntries(partners)) === JSON.stringify(kept.partnerLogos)
  );
}

/** The brand as kept, when its file, the files it names and the fonts are as they were; undefined otherwise. */
export async function keptBrand(brandPath: string, root: string, dir: string): Promise<LoadedBrand | undefined> {
  const file = await readSource(brandPath, brandLimit);
  if (file.messages.length > 0) return undefined;
  try {
    const kept: unknown = JSON.parse(await readFile(entryFile(dir, brandPath, root), 'utf8'));
    if (!isKept(kept) || kept.key !== (await keyOf(brandPath, root, String(file.value)))) return undefined;
    if (!sameFiles(kept, new VFile({ path: brandPath }), root)) return undefined;
    if ((await fontsOf(kept.brand, kept.fallbackFonts)).join('\n') !== kept.fonts.join('\n')) return undefined;
    addPlain(file, kept.messages);
    return { file, brand: kept.brand, qrUrl: kept.qrUrl, logo: kept.logo, fallbackFonts: kept.fallbackFonts, partnerLogos: kept.partnerLogos };
  } catch {
    return undefined; // missing or damaged: loaded and checked again
  }
}

/** Keeps a brand that loaded without errors, with its messages (warnings). */
export async function keepBrand(loaded: LoadedBrand, brandPath: string, root: string, dir: string): Promise<void> {
  const { brand, file } = loaded;
  if (!brand) return;
  const fallbackFonts = loaded.fallbackFonts ?? [];
  const kept: Kept = {
    format,
    key: await keyOf(brandPath, root, String(file.value)),
    fonts: await fontsOf(brand, fallbackFonts),
    brand,
    qrUrl: loaded.qrUrl,
    logo: loaded.logo,
    fallbackFonts,
    partnerLogos: loaded.partnerLogos ?? {},
    messages: toPlain(file),
  };
  await writeAtomic(entryFile(dir, brandPath, root), Buffer.from(JSON.stringify(kept))).catch(() => undefined); // the cache only saves time
}
