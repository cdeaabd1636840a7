// The live preview page's script: lists the leaflets, draws the chosen one with pdf.js, and follows changes.
import * as pdfjs from '/pdf.min.mjs';

pdfjs.GlobalWorkerOptions.workerSrc = '/pdf.worker.min.mjs';
/** CSS pixels per PDF point: at zoom 1 a page shows at its printed size (96 CSS px to the inch, 72 pt). */
const PRINT_SCALE = 96 / 72;
const $ = (id) => document.getElementById(id);
const state = { snapshot: undefined, selected: decodeURIComponent(location.hash.slice(1)), shown: '', thumbs: new Map(), drawing: 0 };

const pdfUrl = (leaflet) => `/pdf/${encodeURIComponent(leaflet.id)}?v=${leaflet.version}`;
const statusText = { ok: '正常 · ok', warnings: '警告 · warnings', error: '错误 · error', pending: '等待 · pending' };

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

/** Page 1 of a leaflet, small, for the list; redrawn only when its PDF changes. */
async function thumbnail(leaflet, holder) {
  const key = pdfUrl(leaflet);
  const cached = state.thumbs.get(leaflet.id);
  if (cached?.key === key) return holder.replaceChildren(cached.canvas);
  const doc = await openPdf(key);
  try {
    const page = await doc.getPage(1);
    const { canvas } = await drawPage(page, 60 / page.getViewport({ scale: 1 }).width);
    state.thumbs.set(leaflet.id, { key, canvas });
    holder.replaceChildren(canvas);
  } finally {
    await doc.destroy();
  }
}

function renderList() {
  const items = state.snapshot.leaflets.map((leaflet) => {
    const thumb = el('div', { className: 'thumb' });
    if (leaflet.pdf) thumbnail(leaflet, thumb).catch(() => undefined);
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
    el('span', { className: 'where', textContent: `${d.line}:${d.column}`, title: `第 ${d.line} 行，第 ${d.column} 列 · line ${d.line}, column ${d.column}` }),
    el('span', { className: 'severity', textContent: d.severity === 'error' ? '错误 error' : '警告 warning' }),
    `: ${d.reason}${d.rule ? ` [${d.rule}]` : ''}`,
    ...(d.hint ? [el('span', { className: 'hint', textContent: `提示 hint: ${d.hint}` })] : []),
  ]);
}

function renderDetails(leaflet) {
  const brand = state.snapshot.brand;
  const brandErrors = brand.diagnostics.filter((d) => d.severity === 'error');
  $('brand-errors').hidden = brandErrors.length === 0;
  $('brand-errors').replaceChildren(`品牌文件有错误 · The brand file has errors: ${brand.source}`, el('ul', {}, brandErrors.map(diagnosticItem)));
  $('title').textContent = leaflet?.title ?? '请选择传单 · Select a leaflet';
  $('source').textContent = leaflet?.source ?? '';
  $('failed').hidden = leaflet?.status !== 'error';
  $('problems').hidden = !leaflet || leaflet.diagnostics.length === 0;
  $('diagnostics').replaceChildren(...(leaflet?.diagnostics ?? []).map(diagnosticItem));
  $('download').hidden = !leaflet?.pdf;
  $('empty').hidden = Boolean(leaflet?.pdf);
  if (leaflet?.pdf) $('download').href = `${pdfUrl(leaflet)}&download`;
}

/** Draws every page of the chosen leaflet off screen, then swaps it in: the old render stays until then. */
async function renderPages(leaflet, force = false) {
  const zoom = Number($('zoom').value);
  const key = leaflet?.pdf ? `${pdfUrl(leaflet)}@${zoom}` : '';
  if (key === state.shown && !force) return;
  const ticket = ++state.drawing;
  if (!key) {
    state.shown = '';
    return $('pages').replaceChildren();
  }
  const doc = await openPdf(pdfUrl(leaflet));
  try {
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
    $('pages').replaceChildren(...pages);
    $('pages').dataset.shown = key;
  } finally {
    await doc.destroy();
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

const events = new EventSource('/events');
events.addEventListener('open', () => Object.assign($('live'), { textContent: '实时 · live' }).setAttribute('data-state', 'live'));
events.addEventListener('error', () => Object.assign($('live'), { textContent: '已断开 · disconnected' }).setAttribute('data-state', 'lost'));
events.addEventListener('message', () => refresh().catch(console.error));
