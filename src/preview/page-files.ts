// The preview page's static files: a fixed map from URL to file, so no URL is ever turned into a path.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** src/preview/page, found from the sources or from the compiled module in dist/src/preview. */
function pageDir(): string {
  const here = import.meta.dirname;
  const candidates = [path.join(here, 'page'), path.join(here, '..', '..', '..', 'src', 'preview', 'page')];
  return candidates.find((dir) => existsSync(path.join(dir, 'index.html'))) ?? candidates[0]!;
}

export interface PageFile {
  file: string;
  type: string;
}

export function pageFiles(): Map<string, PageFile> {
  const dir = pageDir();
  const pdfjs = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/build/pdf.min.mjs'));
  const js = 'text/javascript; charset=utf-8';
  return new Map([
    ['/', { file: path.join(dir, 'index.html'), type: 'text/html; charset=utf-8' }],
    ['/app.js', { file: path.join(dir, 'app.js'), type: js }],
    ['/style.css', { file: path.join(dir, 'style.css'), type: 'text/css; charset=utf-8' }],
    ['/pdf.min.mjs', { file: path.join(pdfjs, 'pdf.min.mjs'), type: js }],
    ['/pdf.worker.min.mjs', { file: path.join(pdfjs, 'pdf.worker.min.mjs'), type: js }],
  ]);
}
