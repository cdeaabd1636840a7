// `leaflet pack <manifest...>`: builds each pack, reports its messages and outputs, and gives the exit code.
import type { VFile } from 'vfile';
import { displayPath, formatFile, formatSummary } from '../diagnostics/format.js';
import { hasErrors, makeStrict } from '../diagnostics/messages.js';
import { UsageError, type Values } from './options.js';

function printMessages(files: VFile[], debug = false): void {
  const lines = files.flatMap((file) => formatFile(file, undefined, { debug }));
  if (lines.length > 0) process.stderr.write(`${lines.join('\n')}\n`);
}

export async function packCommand(manifests: string[], values: Values): Promise<number> {
  if (manifests.length === 0) throw new UsageError('pack needs at least one manifest, e.g. leaflets/packs/hospital.yaml');
  // Loaded only now, so that --help and usage errors answer at once.
  const { openBrand } = await import('../pipeline/open-brand.js');
  const { buildPack } = await import('../pack/build-pack.js');
  const root = process.cwd();
  const brand = await openBrand(values.brand, root);
  if (values.strict) makeStrict(brand.file);
  if (!brand.brand || hasErrors(brand.file)) {
    printMessages([brand.file]);
    return 1;
  }
  const summary = { built: 0, failed: 0, warnings: brand.file.messages.length };
  for (const manifest of manifests) {
    const result = await buildPack(manifest, { brand, outDir: values.out, root, strict: values.strict });
    const files = [...result.leaflets, result.file];
    printMessages(files, values.debug);
    summary.warnings += files.flatMap((file) => file.messages).filter((m) => !m.fatal).length;
    if (result.outputs) summary.built += 1;
    else summary.failed += 1;
    const { pdf, zip } = result.outputs ?? {};
    process.stdout.write(`${displayPath(result.file)} ${pdf ? `→ ${pdf}, ${zip}` : 'failed'}\n`);
  }
  printMessages([brand.file]);
  process.stdout.write(`${formatSummary(summary)}\n`);
  return summary.failed > 0 ? 1 : 0;
}
