// The load hook of module-log.ts: appends each module's URL to the file named by LEAFLET_MODULE_LOG.
import { appendFileSync } from 'node:fs';
import type { LoadHook } from 'node:module';

export const load: LoadHook = async (url, context, next) => {
  appendFileSync(process.env.LEAFLET_MODULE_LOG!, `${url}\n`);
  return next(url, context);
};
