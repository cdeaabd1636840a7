// The test projects. Most files share their worker's modules: the renderer and the fonts load once per worker,
// and their code stays compiled from file to file. Files that replace modules with mocks run each in a fresh one.
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const mocking = ['test/brand/brand-files.test.ts', 'test/pack/manifest-paths.test.ts', 'test/pipeline/build-many.test.ts'];
const fuzz = 'test/**/*.fuzz.test.ts';

// Production builds, as the command line's bundle takes them (src/bundle.js): React's, which its workers inherit,
// and every package's that has one (vitest gives its workers the `production` export condition only when this is
// set as it reads its settings). The development builds check their own work as they go, and are far slower.
process.env.NODE_ENV = 'production';

export default defineConfig({
  // JSX as the production build of React takes it.
  oxc: { jsx: { development: false } },
  // The project's folder: paths below are relative to it, wherever vitest is started from.
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    // Every core: the default leaves one free for the runner, which is mostly idle.
    maxWorkers: availableParallelism(),
    // A young generation of up to 64 MB, not 16: the tests' workers collected garbage for a tenth of their time,
    // most of it in young-generation collections, which this makes 40% cheaper in all.
    execArgv: ['--max-semi-space-size=64'],
    // The command line's bundle, which tests run in their own process (test/helpers/cli.ts), loaded by Node as
    // installed, not through vitest's module runner.
    server: { deps: { external: [/\/dist\/bundle\//] } },
    // Every temporary file of a run in one folder, removed at its end.
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: [...mocking, fuzz], isolate: false } },
      { extends: true, test: { name: 'isolated', include: mocking } },
      { extends: true, test: { name: 'fuzz', include: [fuzz], testTimeout: 600_000 } },
    ],
  },
});
