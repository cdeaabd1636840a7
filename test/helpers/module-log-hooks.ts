// The load hook of module-log.ts: appends each module's URL to the file named by LEAFLET_MODULE_LOG, and hands on what
// `next` gives, at once or as a promise (see src/layout/module-hooks.ts).
import { appendFileSync } from 'node:fs';
import type { LoadHook } from 'node:module';

export const load: LoadHook = (url, context, next) => {
  appendFileSync(process.env.LEAFLET_MODULE_LOG!, `${url}\n`);
  return next(url, context);
};
