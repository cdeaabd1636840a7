// Public API: build leaflets from code, with the same pipeline as the command line.
export { buildMany, batchFailed, type BatchOptions, type BatchResult } from './pipeline/build-many.js';
export { watchLeaflets, type LeafletWatcher, type Round, type WatchEvents, type WatchOptions } from './watch/watch-leaflets.js';
export { buildLeaflet, type BuildOptions, type BuildResult } from './pipeline/build-leaflet.js';
export { loadBrand, type LoadedBrand } from './brand/load-brand.js';
export { Brand } from './brand/brand-schema.js';
export { FrontMatter } from './source/leaflet-schema.js';
export { formatFile, formatMessage, formatSummary } from './diagnostics/format.js';
export { hyphenate } from './layout/line-break.js';
export type { Leaflet, LeafletMeta, Block, Span } from './model/types.js';
