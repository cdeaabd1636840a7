// Records every module a process loads, for tests of what a command loads: `node --import dist/test/helpers/module-log.js`.
import { appendFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { registerHooksOf } from '../../src/layout/module-hooks.js';

const log = process.env.LEAFLET_MODULE_LOG;
if (log) {
  // ES modules through a load hook; CommonJS ones (loaded with require, which a hook of `register` does not see) from the
  // cache at exit, and Node's own (as node:internal/…) from its list of the modules it loaded.
  await registerHooksOf(new URL('./module-log-hooks.js', import.meta.url));
  process.on('exit', () => {
    const required = Object.keys(createRequire(import.meta.url).cache).map((file) => pathToFileURL(file).href);
    const internal = (process as unknown as { moduleLoadList: string[] }).moduleLoadList.filter((m) => m.startsWith('NativeModule ')).map((m) => `node:${m.slice('NativeModule '.length)}`);
    appendFileSync(log, [...required, ...internal].map((url) => `${url}\n`).join(''));
  });
}
