// Install-time step (npm run compile, prepare): bundles the compiled command line into dist/bundle, a few files to load instead of hundreds, for a quicker start.
import { createHash } from 'node:crypto';
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.dirname(import.meta.dirname);
const out = path.join(root, 'dist', 'bundle');

/**
 * Left to Node: the renderer and what it loads, which leaflet's resolution hook must see (react-pdf-hooks.js
 * points react-pdf at leaflet's copies of its layout), native and WebAssembly modules, and packages that
 * find files of their own next to their code.
 */
const external = [
  '@react-pdf/*',
  'react',
  'react/*',
  'yoga-layout',
  'yoga-layout/*',
  'fontkit',
  'unicode-properties',
  'bidi-js',
  'emoji-regex-xs',
  '@cantoo/pdf-lib',
  'sharp',
  'pdfjs-dist',
  'pdfjs-dist/*',
  '@napi-rs/canvas',
  'tinypool',
];

await rm(out, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli.ts', 'render-job': 'src/pipeline/render-job.ts' },
  outdir: out,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  jsx: 'automatic',
  external,
  // Bundled CommonJS packages call require(): given them, from this folder.
  banner: { js: "import { createRequire as leafletRequire } from 'node:module'; const require = leafletRequire(import.meta.url);" },
  logLevel: 'warning',
});
// Loaded by path, not imported: the resolution hook with the layout copies it points at, and the preview page.
await cp(path.join(root, 'src', 'layout', 'react-pdf-hooks.js'), path.join(out, 'react-pdf-hooks.js'));
await cp(path.join(root, 'src', 'layout', 'textkit'), path.join(out, 'textkit'), { recursive: true });
await cp(path.join(root, 'src', 'layout', 'page-layout'), path.join(out, 'page-layout'), { recursive: true });
await cp(path.join(root, 'src', 'preview', 'page'), path.join(out, 'page'), { recursive: true });

// The hash of the bundle's code, for the build cache (see src/pipeline/tool-id.ts): taken now, not at each start.
const files = (await readdir(out, { recursive: true })).filter((f) => /\.(js|tsx?)$/.test(f)).sort();
const hash = createHash('sha256');
for (const file of files) hash.update(Buffer.concat([Buffer.from(`${file}\0`), await readFile(path.join(out, file))]));
await writeFile(path.join(out, 'code-hash'), `${hash.digest('hex').slice(0, 16)}\n`);
