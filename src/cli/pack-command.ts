// `leaflet pack <manifest...>`: builds each pack, reports its messages and outputs, and gives the exit code.
import path from 'node:path';
import type { VFile } from 'vfile';
import { displayPath, formatFile, formatSummary } from '../diagnostics/format.js';
import { cliMessages } from '../diagnostics/catalogue/cli.js';
import { hasErrors, makeStrict } from '../diagnostics/messages.js';
import { saveFontFacts } from '../layout/font-facts.js';
import { say, type MessageLang } from '../diagnostics/say.js';
import { UsageError, type Values } from './options.js';
import { elapsed } from './report.js';

function printMessages(files: VFile[], lang: MessageLang, debug = false): void {
  const lines = files.flatMap((file) => formatFile(file, undefined, { debug, lang }));
  if (lines.length > 0) process.stderr.write(`${lines.join('\n')}\n`);
}

export async function packCommand(manifests: string[], values: Values, lang: MessageLang): Promise<number> {
  if (manifests.length === 0) throw new UsageError(say(cliMessages.packNeedsManifest));
  const started = performance.now();
  // Loaded only now, so that --help and usage errors answer at once.
  const { openBrand } = await import('../pipeline/open-brand.js');
  const { buildPack } = await import('../pack/build-pack.js');
  const root = process.cwd();
  const brand = await openBrand(values.brand, root, { dir: path.join(values.out, '.cache'), write: true });
  if (values.strict) makeStrict(brand.file);
  if (!brand.brand || hasErrors(brand.file)) {
    printMessages([brand.file], lang);
    return 1;
  }
  const summary = { built: 0, failed: 0, warnings: brand.file.messages.length };
  for (const manifest of manifests) {
    const result = await buildPack(manifest, { brand, outDir: values.out, root, strict: values.strict });
    const files = [...result.leaflets, result.file];
    printMessages(files, lang, values.debug);
    summary.warnings += files.flatMap((file) => file.messages).filter((m) => !m.fatal).length;
    if (result.outputs) summary.built += 1;
    else summary.failed += 1;
    const { pdf, zip } = result.outputs ?? {};
    const path = displayPath(result.file);
    process.stdout.write(`${(pdf && zip ? say(cliMessages.packBuilt, { path, pdf, zip }) : say(cliMessages.statusFailed, { path }))[lang]}\n`);
  }
  saveFontFacts();
  printMessages([brand.file], lang);
  process.stdout.write(`${formatSummary(summary, lang)}${elapsed(performance.now() - started, lang)}\n`);
  return summary.failed > 0 ? 1 : 0;
}
