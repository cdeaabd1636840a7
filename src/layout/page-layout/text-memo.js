// Text laid out once: a paragraph at the same width, in the same fonts and style, reuses its lines from the last few renders.
/**
 * Watch, the preview and a batch render the same paragraphs again and again (an edit changes one; the
 * header, disclaimer and back matter are the same in every leaflet of a brand), and the copyfit's variants
 * share whatever they do not resize. Lines are kept for the last `kept` renders only, so memory stays that
 * of a few renders however many are made. The lines handed out are shared: nothing downstream changes them
 * (test/layout/text-memo.test.ts renders with them frozen, and compares with renders that lay out every time).
 */
const kept = 3;
let generations = [new Map()];
/** Set by the tests only: 'off' lays out every time; 'freeze' freezes the lines it keeps, to find what changes them. */
const mode = () => globalThis[Symbol.for('leaflet.text-memo')];

/** Called as each document's layout starts: lines unused for `kept` renders are let go. */
export function nextRender() {
  generations = [new Map(), ...generations.slice(0, kept - 1)];
}

const ids = new WeakMap();
let nextId = 0;
const idOf = (value) => {
  if (!ids.has(value)) ids.set(value, (nextId += 1));
  return ids.get(value);
};

/**
 * What a layout depends on, as a string: the text, each run's attributes (fonts, functions and other
 * objects that are not plain data by identity) and the container. Text that flows around shapes is not kept.
 */
export function layoutKey(attributed, container, options) {
  if (container.exclusions) return undefined;
  const { width, height, maxLines, truncateMode } = container;
  const runs = attributed.runs.map((run) => [run.start, run.end, run.attributes]);
  const parts = [attributed.string, width, height, maxLines, truncateMode, options.hyphenationPenalty, options.hyphenationCallback, options.shrinkWhitespaceFactor, runs];
  return JSON.stringify(parts, (_key, value) => {
    if (typeof value === 'function') return `f${idOf(value)}`;
    if (value && typeof value === 'object' && !Array.isArray(value) && Object.getPrototypeOf(value) !== Object.prototype) return `o${idOf(value)}`;
    return value;
  });
}

const deepFreeze = (value) => {
  if (value && typeof value === 'object' && !Object.isFrozen(value) && (Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
};

/** The lines for `key` from the last few renders, or laid out by `layout` now. */
export function remembered(key, layout) {
  if (key === undefined || mode() === 'off') return layout();
  let lines = generations.find((generation) => generation.has(key))?.get(key);
  lines ??= mode() === 'freeze' ? deepFreeze(layout()) : layout();
  generations[0].set(key, lines);
  return lines;
}
