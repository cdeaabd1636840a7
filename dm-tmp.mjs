import { VFile } from 'vfile';
import { loadBrand } from './dist/src/brand/load-brand.js';
import { buildModel } from './dist/src/model/build-model.js';
import { parseMarkdown } from './dist/src/source/parse-markdown.js';
import { renderPdf } from './dist/src/render/render-pdf.js';
const brand = await loadBrand('assets/brand.yaml');
const [kind, nStr, render] = process.argv.slice(2);
const n = Number(nStr);
const texts = {
  quote: () => '# t\n\n' + '>'.repeat(n) + ' x\n',
  list: () => '# t\n\n' + Array.from({length: n}, (_, i) => '  '.repeat(i) + '- x').join('\n') + '\n',
  emph: () => '# t\n\n' + '*a '.repeat(n) + 'x' + ' b*'.repeat(n) + '\n',
  link: () => '# t\n\n' + '['.repeat(n) + 'x' + '](http://a)'.repeat(n) + '\n',
  long: () => '# t\n\n' + '好'.repeat(n) + '\n',
};
const text = texts[kind]();
let t = Date.now(); let stage = 'parse';
try {
  parseMarkdown(text); console.log('parse', Date.now() - t); t = Date.now(); stage = 'model';
  const f = new VFile({ path: 'x.md', value: text });
  const l = buildModel(f, brand); console.log('model', Date.now() - t, !!l); t = Date.now(); stage = 'render';
  if (render) { const b = await renderPdf(l, { brand: brand.brand, date: new Date(0) }); console.log('render', Date.now() - t, b.length); }
} catch (e) { console.log(stage, 'THROW', e.constructor.name, String(e.message).slice(0, 100), Date.now() - t, 'ms'); }
