// js-yaml for gray-matter, loaded when first called: in the bundle (src/bundle.js) in place of `js-yaml`. leaflet gives gray-matter a YAML engine of its own (source/front-matter.ts), so js-yaml, and the JavaScript parser it loads for its !!js types, is not loaded at every start.
import { loadFrom } from './load-from.js';

const real = loadFrom('gray-matter', 'js-yaml');

export const safeLoad = (...args) => real().safeLoad(...args);
export const safeDump = (...args) => real().safeDump(...args);
