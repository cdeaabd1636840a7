// `leaflet new <handout|event> <name>`: a leaflet from a template, then the next step to take.
import { cliMessages } from '../diagnostics/catalogue/cli.js';
import { formatFile } from '../diagnostics/format.js';
import { say, type MessageLang } from '../diagnostics/say.js';
import { UsageError } from './options.js';

/** `leaflet new <handout|event> <name>`: the template in the brand's language, then the next step. */
export async function create([kind, name, ...rest]: string[], brandPath: string, lang: MessageLang): Promise<number> {
  if ((kind !== 'handout' && kind !== 'event') || !name || rest.length > 0) {
    throw new UsageError(say(cliMessages.newUsage));
  }
  const { loadBrand } = await import('../brand/load-brand.js');
  const { newLeaflet, NewLeafletError } = await import('../scaffold/new-leaflet.js');
  const brand = await loadBrand(brandPath);
  const lines = formatFile(brand.file, undefined, { lang });
  if (lines.length > 0) process.stderr.write(`${lines.join('\n')}\n`);
  if (!brand.brand) return 1;
  try {
    const file = await newLeaflet(kind, name, { dir: 'leaflets', templates: 'assets/templates', lang: brand.brand.lang });
    process.stdout.write(`${say(cliMessages.created, { file })[lang]}\n`);
    return 0;
  } catch (cause) {
    if (!(cause instanceof NewLeafletError)) throw cause;
    process.stderr.write(`leaflet: ${cause.texts[lang]}\n`);
    return 1;
  }
}
