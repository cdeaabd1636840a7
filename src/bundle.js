// Install-time step (npm run compile, prepare): bundles the compiled command line into dist/bundle, a few files to load instead of hundreds, for a quicker start.
import { createHash } from 'node:crypto';
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.dirname(import.meta.dirname);
const out = path.join(root, 'dist', 'bundle');

/**
 * Left to Node: native and WebAssembly modules, and pdf.js. pdfkit, fontkit and unicode-properties are in
 * the bundle, one copy of each for react-pdf, the text layout and leaflet: pdfkit finds its standard fonts
 * through the `#standard-fonts/*` imports of leaflet's package.json, which lead back to pdfkit's own.
 */
const external = ['sharp', 'pdfjs-dist', 'pdfjs-dist/*', '@napi-rs/canvas', 'tinypool'];

/**
 * react-pdf is built into the bundle with leaflet's copies of its text and page layout in place of the
 * packages (see src/layout/react-pdf.ts), so the command line needs no resolution hook: a quicker start.
 * Three modules that fontkit, pdfkit and gray-matter load at their start, for work leaflet never does, are loaded on
 * first use.
 */
const alias = {
  '@react-pdf/textkit': './src/layout/textkit/textkit.js',
  '@react-pdf/layout': './src/layout/page-layout/page-layout.js',
  'brotli/decompress.js': './src/layout/lazy/brotli-decompress.js',
  '@noble/ciphers/aes': './src/layout/lazy/noble-aes.js',
  'js-yaml': './src/source/lazy/js-yaml.js',
};

await rm(out, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  // cli-main: the command line without the process around it, for the tests that run it in their own process.
  entryPoints: { cli: 'src/cli.ts', 'cli-main': 'src/cli/main.ts', 'render-job': 'src/pipeline/render-job.ts' },
  outdir: out,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  jsx: 'automatic',
  external,
  alias,
  // React's production build, chosen here once: its development build is several times slower, and neither is
  // compiled at each start only to be left unused.
  define: { LEAFLET_BUNDLE: 'true', 'process.env.NODE_ENV': '"production"' },
  // Bundled CommonJS packages call require(): given them, from this folder.
  banner: { js: "import { createRequire as leafletRequire } from 'node:module'; const require = leafletRequire(import.meta.url);" },
  logLevel: 'warning',
});
// Loaded by path, not imported: the preview page.
await cp(path.join(root, 'src', 'preview', 'page'), path.join(out, 'page'), { recursive: true });

// The hash of the bundle's code, for the build cache (see src/pipeline/tool-id.ts): taken now, not at each start.
const files = (await readdir(out, { recursive: true })).filter((f) => /\.(js|tsx?)$/.test(f)).sort();
const hash = createHash('sha256');
for (const file of files) hash.update(Buffer.concat([Buffer.from(`${file}\0`), await readFile(path.join(out, file))]));
await writeFile(path.join(out, 'code-hash'), `${hash.digest('hex').slice(0, 16)}\n`);
