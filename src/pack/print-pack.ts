// The pack through the print stage: `press` and `booklet` from the manifest, as single leaflets print them.
import type { VFile } from 'vfile';
import type { Brand } from '../brand/brand-schema.js';
import { documentInfo } from '../render/document-info.js';
import type { RenderOptions } from '../render/render-pdf.js';
import { pageKind, resolvePrint, type PrintSettings } from '../print/print-settings.js';
import type { PackManifest } from './pack-schema.js';
import { renderPack, type PackInput } from './render-pack.js';

/** The manifest's choices; the brand's press and grayscale defaults are for single leaflets, not for packs. */
export function packPrint(manifest: PackManifest, brand: Brand): PrintSettings {
  const layout = manifest.booklet ? 'booklet' : 'pages';
  return resolvePrint({ format: manifest.format, layout, press: manifest.press ?? false, grayscale: false, largePrint: false }, brand);
}

/** The pack's PDF as printed with `settings`, or undefined when an error was recorded on the manifest. */
export async function printPack(
  file: VFile,
  input: PackInput,
  base: Omit<RenderOptions, 'look' | 'blanksBeforeBack'>,
  settings: PrintSettings,
): Promise<Uint8Array | undefined> {
  const { bleed, largePrint, grayscale, layout, press } = settings;
  const options = { ...base, look: { page: pageKind(settings, input.pack.meta), bleed, largePrint, grayscale } };
  const bytes = await renderPack(input, options, layout === 'booklet');
  if (layout === 'pages' && !press) return bytes;
  // pdf-lib is loaded only when it is needed, as for single leaflets.
  const { bookletPages, pageSheets } = await import('../print/layouts.js');
  const { checkLogo, onSheets, pageTheme } = await import('../print/print-sheets.js');
  const theme = pageTheme(options, input.pack.meta.lang);
  if (press) await checkLogo(file, options, theme);
  const rendered = layout === 'booklet' ? await bookletPages(bytes, press) : await pageSheets(bytes, theme.trim);
  return onSheets(file, rendered, settings, documentInfo(input.pack.meta, base.brand, base.date));
}
