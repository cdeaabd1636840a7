import { VFile } from 'vfile';
import { loadBrand } from './dist/src/brand/load-brand.js';
import { buildModel } from './dist/src/model/build-model.js';
import { renderPdf } from './dist/src/render/render-pdf.js';
const brand = await loadBrand('assets/brand.yaml');
const texts = {
  quote: (n) => '# t\n\n' + '>'.repeat(n) + ' x\n',
  list: (n) => '# t\n\n' + Array.from({length: n}, (_, i) => '  '.repeat(i) + '- x').join('\n') + '\n',
  good: () => '# t\n\n好的。\n',
};
for (const [k, n] of process.argv.slice(2).map(a => a.split(':'))) {
  const f = new VFile({ path: 'x.md', value: texts[k](Number(n)) });
  const l = buildModel(f, brand);
  const t = Date.now();
  try { const b = await renderPdf(l, { brand: brand.brand, date: new Date(0) }); console.log(k, n, 'ok', b.length, Date.now() - t); }
  catch (e) { console.log(k, n, 'THROW', e.constructor.name, String(e.message).slice(0, 100)); }
}
