// The live preview page's script: lists the leaflets, draws the chosen one with pdf.js, and follows changes.
import * as pdfjs from '/pdf.min.mjs';

pdfjs.GlobalWorkerOptions.workerSrc = '/pdf.worker.min.mjs';
/** CSS pixels per PDF point: at zoom 1 a page shows at its printed size (96 CSS px to the inch, 72 pt). */
const PRINT_SCALE = 96 / 72;
const $ = (id) => document.getElementById(id);
/** The page's texts in the language of messages, from the server (src/diagnostics/catalogue/preview.ts). */
const texts = JSON.parse($('texts').textContent);
const say = (key, values = {}) => texts[key].replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
const state = {
  snapshot: undefined,
  selected: decodeURIComponent(location.hash.slice(1)),
  /** The pages on screen, and those being drawn off screen: `<pdf url>@<zoom>`. */
  shown: '',
  pending: '',
  /** Each leaflet's page 1, small: the canvas and the PDF it was drawn from; the holder it shows in now. */
  thumbs: new Map(),
  holders: new Map(),
  drawing: 0,
};

const pdfUrl = (leaflet) => `/pdf/${encodeURIComponent(leaflet.id)}?v=${leaflet.version}`;
/** The PDF shown on the right: the print edition, or the phone edition when the switch says so and there is one. */
const shownUrl = (leaflet) => (phoneShown(leaflet) ? `${pdfUrl(leaflet)}&phone` : pdfUrl(leaflet));
const phoneShown = (leaflet) => $('edition').value === 'phone' && Boolean(leaflet?.phone);
const statusText = { ok: say('statusOk'), warnings: say('statusWarnings'), error: say('statusError'), pending: say('statusPending') };

function el(tag, props = {}, children = []) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

async function openPdf(url) {
  return pdfjs.getDocument({ url, isEvalSupported: false }).promise;
}

/** Draws a page into a new canvas at `scale` CSS px per point, sharp on high-density screens. */
async function drawPage(page, scale) {
  const viewport = page.getViewport({ scale });
  const ratio = window.devicePixelRatio || 1;
  const canvas = el('canvas', { width: Math.floor(viewport.width * ratio), height: Math.floor(viewport.height * ratio) });
  canvas.style.width = `${Math.floor(viewport.width)}px`;
  canvas.style.height = `${Math.floor(viewport.height)}px`;
  await page.render({ canvas, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] }).promise;
  return { canvas, viewport };
}

/** Page 1 of a PDF, small, drawn off screen. */
async function drawThumb(url) {
  const doc = await openPdf(url);
  try {
    const page = await doc.getPage(1);
    return (await drawPage(page, 60 / page.getViewport({ scale: 1 }).width)).canvas;
  } finally {
    await doc.destroy();
  }
}

/**
 * Page 1 of a leaflet, small, for the list; redrawn only when its PDF changes. The last one drawn stays in
 * its place until the new one is ready, so a rebuild never leaves the list without its picture.
 */
async function thumbnail(leaflet) {
  const key = pdfUrl(leaflet);
  const entry = state.thumbs.get(leaflet.id) ?? {};
  if (entry.key === key || entry.drawing === key) return;
  state.thumbs.set(leaflet.id, { ...entry, drawing: key });
  try {
    const canvas = await drawThumb(key);
    // A newer PDF may be drawing by now: this one is then out of date.
    if (state.thumbs.get(leaflet.id)?.drawing !== key) return;
    state.thumbs.set(leaflet.id, { key, canvas });
    state.holders.get(leaflet.id)?.replaceChildren(canvas);
  } catch {
    // Tried again at the next change; the last picture stays meanwhile.
    const now = state.thumbs.get(leaflet.id);
    if (now?.drawing === key) state.thumbs.set(leaflet.id, { key: now.key, canvas: now.canvas });
  }
}

function renderList() {
  state.holders.clear();
  const items = state.snapshot.leaflets.map((leaflet) => {
    const last = state.thumbs.get(leaflet.id)?.canvas;
    const thumb = el('div', { className: 'thumb' }, last ? [last] : []);
    state.holders.set(leaflet.id, thumb);
    if (leaflet.pdf) thumbnail(leaflet);
    const item = el('li', { role: 'option', title: leaflet.source }, [
      thumb,
      el('div', { className: 'meta' }, [
        el('div', { className: 'title', textContent: leaflet.title }),
        ...(leaflet.series ? [el('div', { className: 'series', textContent: leaflet.series })] : []),
        el('span', { className: `status ${leaflet.status}`, textContent: statusText[leaflet.status] }),
      ]),
    ]);
    item.dataset.id = leaflet.id;
    item.setAttribute('aria-selected', String(leaflet.id === state.selected));
    item.addEventListener('click', () => select(leaflet.id));
    return item;
  });
  $('list').replaceChildren(...items);
}

function diagnosticItem(d) {
  return el('li', { className: d.severity }, [
    el('span', { className: 'where', textContent: `${d.line}:${d.column}`, title: say('place', { line: d.line, column: d.column }) }),
    el('span', { className: 'severity', textContent: say(d.severity === 'error' ? 'error' : 'warning') }),
    `${say('colon')}${d.reason}${d.rule ? ` [${d.rule}]` : ''}`,
    ...(d.hint ? [el('span', { className: 'hint', textContent: `${say('hint')}${say('colon')}${d.hint}` })] : []),
  ]);
}

function renderDetails(leaflet) {
  const brand = state.snapshot.brand;
  const brandErrors = brand.diagnostics.filter((d) => d.severity === 'error');
  $('brand-errors').hidden = brandErrors.length === 0;
  $('brand-errors').replaceChildren(say('brandErrors', { source: brand.source }), el('ul', {}, brandErrors.map(diagnosticItem)));
  $('title').textContent = leaflet?.title ?? say('selectLeaflet');
  $('source').textContent = leaflet?.source ?? '';
  $('failed').hidden = leaflet?.status !== 'error';
  $('problems').hidden = !leaflet || leaflet.diagnostics.length === 0;
  $('diagnostics').replaceChildren(...(leaflet?.diagnostics ?? []).map(diagnosticItem));
  $('download').hidden = !leaflet?.pdf;
  $('empty').hidden = Boolean(leaflet?.pdf);
  $('edition-switch').hidden = !leaflet?.phone;
  if (leaflet?.pdf) $('download').href = `${shownUrl(leaflet)}&download`;
  // With the phone edition shown, its long image too: the file that is sent in WeChat.
  $('download-image').hidden = !phoneShown(leaflet);
  if (phoneShown(leaflet)) $('download-image').href = `/image/${encodeURIComponent(leaflet.id)}?v=${leaflet.version}`;
}

/** Draws every page of the chosen leaflet off screen, then swaps it in: the old render stays until then. */
async function renderPages(leaflet, force = false) {
  const zoom = Number($('zoom').value);
  const key = leaflet?.pdf ? `${shownUrl(leaflet)}@${zoom}` : '';
  // Shown already, or being drawn: that drawing swaps it in when it is done.
  if (!force && (key === state.shown || (key && key === state.pending))) return;
  const ticket = ++state.drawing;
  state.pending = key;
  if (!key) {
    state.shown = '';
    return $('pages').replaceChildren();
  }
  let doc;
  try {
    doc = await openPdf(shownUrl(leaflet));
    const pages = [];
    for (let n = 1; n <= doc.numPages; n += 1) {
      const page = await doc.getPage(n);
      const { canvas, viewport } = await drawPage(page, zoom * PRINT_SCALE);
      const box = el('div', { className: 'page' }, [canvas]);
      box.dataset.page = String(n);
      box.style.setProperty('--total-scale-factor', String(viewport.scale));
      const text = el('div', { className: 'textLayer' });
      box.append(text);
      await new pdfjs.TextLayer({ textContentSource: page.streamTextContent(), container: text, viewport }).render();
      pages.push(box);
      if (ticket !== state.drawing) return;
    }
    state.shown = key;
    state.pending = '';
    $('pages').replaceChildren(...pages);
    $('pages').dataset.shown = key;
  } catch (cause) {
    // The pages on screen stay; the next change tries again.
    if (ticket === state.drawing) state.pending = '';
    throw cause;
  } finally {
    await doc?.destroy();
  }
}

function current() {
  return state.snapshot?.leaflets.find((l) => l.id === state.selected);
}

async function show() {
  renderList();
  const leaflet = current();
  renderDetails(leaflet);
  await renderPages(leaflet);
}

function select(id) {
  state.selected = id;
  history.replaceState(null, '', `#${encodeURIComponent(id)}`);
  show().catch(console.error);
}

async function refresh() {
  const response = await fetch('/api/leaflets', { cache: 'no-store' });
  state.snapshot = await response.json();
  if (!current() && state.snapshot.leaflets[0]) state.selected = state.snapshot.leaflets[0].id;
  await show();
}

$('zoom').addEventListener('change', () => renderPages(current()).catch(console.error));
$('edition').addEventListener('change', () => show().catch(console.error));

const events = new EventSource('/events');
events.addEventListener('open', () => Object.assign($('live'), { textContent: say('live') }).setAttribute('data-state', 'live'));
events.addEventListener('error', () => Object.assign($('live'), { textContent: say('disconnected') }).setAttribute('data-state', 'lost'));
events.addEventListener('message', () => refresh().catch(console.error));
