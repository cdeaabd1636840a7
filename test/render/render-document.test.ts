import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { createElement } from 'react';
import { VFile } from 'vfile';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBrand, type LoadedBrand } from '../../src/brand/load-brand.js';
import { buildModel } from '../../src/model/build-model.js';
import { renderDocument } from '../../src/render/render-document.js';
import { drawLeaflet } from '../../src/render/render-pdf.js';
import { templates } from '../../src/templates/registry.js';
import { Document, Page, Text } from '../../src/layout/react-pdf.js';
import { brandFile, root } from '../helpers/build.js';
import { pdfText } from '../helpers/pdf.js';

function Fails(): never {
  throw new RangeError('the drawing went wrong');
}

const page = (child: ReturnType<typeof createElement>) => createElement(Document, null, createElement(Page, null, child));

let brand: LoadedBrand;
beforeAll(async () => {
  brand = await loadBrand(brandFile, root);
});

/**
 * The compiled renderer in a process of its own, as the command line runs it: the test runner replaces the
 * console, so what React writes on the error output can only be seen from outside.
 */
function renderInProcess(body: string) {
  const module = path.join(root, 'dist', 'src', 'render', 'render-document.js');
  const pdf = path.join(root, 'dist', 'src', 'layout', 'react-pdf.js');
  const script = `
    import { Document, Page, Text } from ${JSON.stringify(pdf)};
    import { createElement as h } from 'react';
    import { renderDocument } from ${JSON.stringify(module)};
    const page = (child) => h(Document, null, h(Page, null, child));
    ${body}`;
  return spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } });
}

describe('a component that throws while the document is drawn', () => {
  it('fails the render with its own error', async () => {
    const rendering = renderDocument(page(createElement(Fails)));
    await expect(rendering).rejects.toThrow(RangeError);
    await expect(rendering).rejects.toThrow('the drawing went wrong');
  });

  it('writes nothing on the error output: React’s report of it, with its stacks, is held back', () => {
    const run = renderInProcess(`
      function Fails() { throw new RangeError('the drawing went wrong'); }
      await renderDocument(page(h(Fails))).then(() => console.log('rendered'), (cause) => console.log('failed:', cause.message));`);
    expect(run.stdout).toBe('failed: the drawing went wrong\n');
    expect(run.stderr).toBe('');
  });

  it('lets through what is written while a document that draws is mounted', () => {
    const run = renderInProcess(`
      function Writes() { process.stderr.write('a warning\\n'); return h(Text, null, 'hello'); }
      await renderDocument(page(h(Writes)));`);
    expect(run.stderr).toBe('a warning\n');
  });

  it('comes out of the leaflet renderer as the library’s own reason, for a QR address that the model stage did not see', async () => {
    const file = new VFile({ path: 'x.md', value: '# 码\n\n正文。\n' });
    const leaflet = buildModel(file, brand, root)!;
    leaflet.meta.qr = { url: `https://www.sscchina.org/${'a'.repeat(5000)}` };
    await expect(drawLeaflet(leaflet, templates.handout.Document)({ brand: brand.brand!, date: new Date(0), look: { page: 'A4' } })).rejects.toThrow('The amount of data is too big to be stored in a QR Code');
  });
});

describe('a document that draws', () => {
  it('renders as before', async () => {
    const bytes = await renderDocument(page(createElement(Text, null, 'hello')));
    expect(await pdfText(bytes)).toBe('hello');
  });
});
