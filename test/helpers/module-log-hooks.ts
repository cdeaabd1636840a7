// The load hook of module-log.ts: appends each module's URL to the file named by LEAFLET_MODULE_LOG. It runs in the
// process's thread (`registerHooks`) or on the hooks' own (`register`, Node 20), and hands on what `next` gives.
import { appendFileSync } from 'node:fs';
import type { LoadHook } from 'node:module';

export const load: LoadHook = (url, context, next) => {
  appendFileSync(process.env.LEAFLET_MODULE_LOG!, `${url}\n`);
  return next(url, context);
};
