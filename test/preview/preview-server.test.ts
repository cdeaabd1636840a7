import { request, type ClientRequest } from 'node:http';
import { existsSync, readdirSync, readFileSync, readlinkSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreview, type Preview } from '../../src/preview/preview-server.js';
import type { PreviewSnapshot } from '../../src/preview/preview-state.js';
import { allowedHost, allowedOrigin } from '../../src/preview/request-safety.js';
import { pdfInfo } from '../helpers/pdf.js';
import { leafletText, makeProject, type Project } from '../helpers/project.js';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** Where a file descriptor of this process points, or nothing once it is closed. */
function readlink(fd: string): string | undefined {
  try {
    return readlinkSync(fd);
  } catch {
    return undefined;
  }
}

/** A raw GET: the path is sent exactly as given (no normalisation of `..`), with any Host header. */
function get(port: number, target: string, host = `127.0.0.1:${port}`): Promise<Reply> {
  return ask(port, target, { host });
}

/** A raw request with any method and headers; the reply once it has ended. */
function ask(port: number, target: string, headers: Record<string, string>, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: target, method, headers: { host: `127.0.0.1:${port}`, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.setTimeout(10_000, () => req.destroy(new Error(`no answer for ${method} ${target}`)));
    req.on('error', reject);
    req.end();
  });
}

/** Opens the event stream; resolves with its headers and the request once the first event has come. */
function openEvents(port: number): Promise<{ headers: Reply['headers']; first: string; req: ClientRequest }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/events', headers: { host: `127.0.0.1:${port}` } }, (res) => {
      res.once('data', (chunk: Buffer) => resolve({ headers: res.headers, first: chunk.toString(), req }));
    });
    req.setTimeout(10_000, () => req.destroy(new Error('no event')));
    req.on('error', reject);
    req.end();
  });
}

/** The headers that must be the same for HEAD as for GET. */
function sameHeaders(headers: Reply['headers']) {
  const { date: _date, connection: _connection, 'keep-alive': _keepAlive, 'transfer-encoding': _encoding, ...rest } = headers;
  return rest;
}

async function snapshot(preview: Preview): Promise<PreviewSnapshot> {
  return JSON.parse((await get(preview.port, '/api/leaflets')).body.toString('utf8')) as PreviewSnapshot;
}

/** The state after the next round, or a failure after `ms`. */
function nextChange(preview: Preview, ms = 20_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no update within ${ms} ms`)), ms);
    preview.watcher.once('round', () =>
      preview.state.once('change', () => {
        clearTimeout(timer);
        resolve();
      }),
    );
  });
}

describe('allowedHost', () => {
  it('accepts only the loopback names with the server port', () => {
    expect(allowedHost('localhost:4173', 4173)).toBe(true);
    expect(allowedHost('127.0.0.1:4173', 4173)).toBe(true);
    expect(allowedHost('LOCALHOST:4173', 4173)).toBe(true);
    expect(allowedHost('localhost:4174', 4173)).toBe(false);
    expect(allowedHost('localhost', 4173)).toBe(false);
    expect(allowedHost('localhost.evil.example:4173', 4173)).toBe(false);
    expect(allowedHost(undefined, 4173)).toBe(false);
  });
});

describe('allowedOrigin', () => {
  it('accepts no Origin, or the preview page itself', () => {
    expect(allowedOrigin(undefined, 4173)).toBe(true);
    expect(allowedOrigin('http://127.0.0.1:4173', 4173)).toBe(true);
    expect(allowedOrigin('http://localhost:4173', 4173)).toBe(true);
    for (const origin of ['null', 'http://evil.example', 'http://localhost:4174', 'https://localhost:4173', 'http://127.0.0.1:4173.evil.example', '']) {
      expect(allowedOrigin(origin, 4173)).toBe(false);
    }
  });
});

describe('preview server', { timeout: 60_000 }, () => {
  let project: Project;
  let preview: Preview;
  beforeAll(async () => {
    project = await makeProject({ a: leafletText('甲', '第一版。'), 'events/b': leafletText('乙', '另一份。') });
    preview = await startPreview({ paths: [project.leaflets], outDir: project.out, brandPath: project.brand, root: project.dir, port: 0 });
  });
  afterAll(async () => preview?.close());

  it('listens on 127.0.0.1 at a random port', () => {
    expect(preview.port).toBeGreaterThan(0);
    expect(preview.url).toBe(`http://127.0.0.1:${preview.port}/`);
  });

  it('serves the page, pdf.js and the list of leaflets', async () => {
    const page = await get(preview.port, '/', `localhost:${preview.port}`);
    expect(page.status).toBe(200);
    expect(page.body.toString()).toContain('<script type="module" src="/app.js">');
    expect((await get(preview.port, '/pdf.worker.min.mjs')).headers['content-type']).toMatch(/javascript/);
    const { leaflets } = await snapshot(preview);
    expect(leaflets.map((l) => [l.id, l.title, l.status, l.pdf])).toEqual([
      ['a', '甲', 'ok', true],
      ['events/b', '乙', 'ok', true],
    ]);
  });

  it('serves a PDF by leaflet id, inline or as a download', async () => {
    const pdf = await get(preview.port, '/pdf/events%2Fb');
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.headers['content-disposition']).toBeUndefined();
    const download = await get(preview.port, '/pdf/a?download');
    expect(download.headers['content-disposition']).toMatch(/^attachment; filename="a.pdf"/);
  });

  it('serves the phone edition of a leaflet for the page’s switch', async () => {
    expect((await snapshot(preview)).leaflets.map((l) => [l.id, l.phone])).toEqual([
      ['a', true],
      ['events/b', true],
    ]);
    const phone = await get(preview.port, '/pdf/a?phone');
    expect(phone.status).toBe(200);
    const { sizes } = await pdfInfo(phone.body);
    expect(sizes.map((size) => Math.round(size.width / (72 / 25.4)))).toEqual([90]);
    expect((await get(preview.port, '/pdf/a?phone&download')).headers['content-disposition']).toMatch(/^attachment; filename="a-phone.pdf"/);
    // Its long image, to download and send: drawn from the phone PDF when it is first asked for, not on each save.
    const png = path.join(project.out, 'a-phone.png');
    expect(existsSync(png)).toBe(false);
    const image = await get(preview.port, '/image/a');
    expect([image.status, image.headers['content-type']]).toEqual([200, 'image/png']);
    expect(image.headers['content-disposition']).toMatch(/^attachment; filename="a-phone.png"/);
    expect(image.body.readUInt32BE(16)).toBe(1080);
    expect(readFileSync(png).equals(image.body)).toBe(true);
    // Asked again, it is sent as it is; older than the phone PDF (the leaflet changed since), it is drawn again.
    const drawn = statSync(png).mtimeMs;
    expect((await get(preview.port, '/image/a')).body.equals(image.body)).toBe(true);
    expect(statSync(png).mtimeMs).toBe(drawn);
    utimesSync(png, new Date(1000), new Date(1000));
    expect((await get(preview.port, '/image/a')).body.equals(image.body)).toBe(true);
    expect(statSync(png).mtimeMs).toBeGreaterThan(1_000_000);
    // A phone PDF that changed while its image looks newer (a save during a drawing): its content decides.
    const phonePdf = path.join(project.out, 'a-phone.pdf');
    const own = readFileSync(phonePdf);
    writeFileSync(phonePdf, readFileSync(path.join(project.out, 'events', 'b-phone.pdf')));
    utimesSync(phonePdf, new Date(1000), new Date(1000));
    const other = await get(preview.port, '/image/a');
    expect(other.body.equals(image.body)).toBe(false);
    expect(other.body.equals(readFileSync(path.join(project.out, 'a-phone.png')))).toBe(true);
    writeFileSync(phonePdf, own);
    expect((await get(preview.port, '/image/no-such')).status).toBe(404);
    expect((await get(preview.port, '/')).body.toString()).toContain('<option value="phone">手机版</option>');
  });

  it.each([
    '/../../etc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/pdf/..%2f..%2fpackage.json',
    '/pdf/../../package.json',
    '/pdf/%2e%2e',
    '/pdf/%E0%A4%A',
    '/pdf/a.pdf',
    '/src/preview/page/app.js',
    '/node_modules/pdfjs-dist/package.json',
  ])('answers 404 to %s', async (target) => {
    const reply = await get(preview.port, target);
    expect(reply.status).toBe(404);
    expect(reply.body.toString()).not.toMatch(/root:|"name"|%PDF/);
  });

  it.each(['evil.example:4173', 'evil.example', 'localhost:1'])('answers 403 to the Host header %s', async (host) => {
    const reply = await get(preview.port, '/', host.replace('4173', String(preview.port)));
    expect(reply.status).toBe(403);
    expect((await get(preview.port, '/pdf/a', host)).status).toBe(403);
  });

  it.each(['/', '/app.js', '/api/leaflets', '/events', '/pdf/a', '/pdf/a?download', '/no-such-page'])('answers 403 to a foreign Origin on %s', async (target) => {
    for (const origin of ['http://evil.example', 'null', `http://localhost:${preview.port + 1}`]) {
      const reply = await ask(preview.port, target, { origin });
      expect(reply.status).toBe(403);
      expect(reply.body.toString()).not.toMatch(/data:|%PDF|"leaflets"|<script/);
    }
  });

  it.skipIf(!existsSync('/proc/self/fd'))('closes a file it sends when the reader hangs up before the end', async () => {
    const image = path.join(project.out, 'a-phone.png');
    await get(preview.port, '/image/a');
    /** How many of this process's open files are the image. */
    const opened = () => readdirSync('/proc/self/fd').filter((fd) => readlink(`/proc/self/fd/${fd}`) === image).length;
    // Readers that take the first bytes of the image and hang up, as a phone's browser does when its user goes back.
    for (let i = 0; i < 5; i += 1) {
      await new Promise<void>((resolve) => {
        const req = request({ host: '127.0.0.1', port: preview.port, path: '/image/a', headers: { host: `127.0.0.1:${preview.port}` } }, (res) => {
          res.once('data', () => req.destroy());
          res.on('close', resolve);
        });
        req.on('error', () => undefined);
        req.end();
      });
    }
    for (let i = 0; i < 50 && opened() > 0; i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(opened()).toBe(0);
  });

  it('serves its own page when the browser names it as the Origin', async () => {
    expect((await ask(preview.port, '/api/leaflets', { origin: `http://127.0.0.1:${preview.port}` })).status).toBe(200);
    expect((await ask(preview.port, '/pdf/a', { origin: `http://localhost:${preview.port}` })).status).toBe(200);
  });

  it.each(['/', '/app.js', '/api/leaflets', '/pdf/a', '/pdf/a?download', '/no-such-page'])('answers HEAD %s with the headers of GET and no body', async (target) => {
    const [got, head] = [await ask(preview.port, target, {}), await ask(preview.port, target, {}, 'HEAD')];
    expect(head.status).toBe(got.status);
    expect(sameHeaders(head.headers)).toEqual(sameHeaders(got.headers));
    expect(Number(head.headers['content-length'])).toBe(got.body.length);
    expect(head.body.length).toBe(0);
  });

  it('answers HEAD /events with the headers of the event stream, and ends', async () => {
    const stream = await openEvents(preview.port);
    stream.req.destroy();
    expect(stream.first).toMatch(/^data: \d+\n\n$/);
    const head = await ask(preview.port, '/events', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(sameHeaders(head.headers)).toEqual(sameHeaders(stream.headers));
    expect(head.headers['content-type']).toBe('text/event-stream');
    expect(head.body.length).toBe(0);
  });

  it('holds 20 event streams without a listener warning, and lets them go when they close', async () => {
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on('warning', onWarning);
    const before = preview.state.listenerCount('change');
    const streams = await Promise.all(Array.from({ length: 20 }, () => openEvents(preview.port)));
    try {
      for (const stream of streams) expect(stream.first).toMatch(/^data: \d+\n\n$/);
      expect(preview.state.listenerCount('change')).toBe(before);
      // Warnings are emitted on a later tick: let them come before looking.
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings.map((warning) => warning.name)).not.toContain('MaxListenersExceededWarning');
    } finally {
      for (const stream of streams) stream.req.destroy();
      process.off('warning', onWarning);
    }
  });

  it('keeps serving the last good PDF of a leaflet whose build failed, with the error and its line', async () => {
    const good = (await get(preview.port, '/pdf/a')).body;
    const changed = nextChange(preview);
    await writeFile(path.join(project.leaflets, 'a.md'), '---\ntitle: "甲\n---\n\n坏了。\n');
    await changed;
    const a = (await snapshot(preview)).leaflets.find((l) => l.id === 'a')!;
    expect(a.status).toBe('error');
    expect(a.pdf).toBe(true);
    expect(a.diagnostics).toContainEqual(expect.objectContaining({ severity: 'error', rule: 'yaml-syntax', line: expect.any(Number) }));
    expect((await get(preview.port, '/pdf/a')).body.equals(good)).toBe(true);
  });

  it('shows a new PDF after a brand change, and the brand file\'s errors', async () => {
    const before = (await snapshot(preview)).leaflets.find((l) => l.id === 'events/b')!;
    const brand = await readFile(project.brand, 'utf8');
    let changed = nextChange(preview);
    await writeFile(project.brand, brand.replace('多一分了解 多一点安心', '新的口号'));
    await changed;
    const after = (await snapshot(preview)).leaflets.find((l) => l.id === 'events/b')!;
    expect(after.version).toBeGreaterThan(before.version);
    changed = new Promise((resolve) => preview.watcher.once('brand', () => setImmediate(resolve)));
    await writeFile(project.brand, `${brand}\nno_such_field: 1\n`);
    await changed;
    expect((await snapshot(preview)).brand).toEqual({ source: expect.stringMatching(/brand\.yaml$/), diagnostics: [expect.objectContaining({ rule: expect.any(String), line: expect.any(Number) })] });
  });
});


describe('preview server on leaflets built before', { timeout: 60_000 }, () => {
  it('takes the leaflets whose PDFs are up to date from the build cache, listed with their titles', async () => {
    const project = await makeProject({ a: leafletText('甲', '第一版。'), 'events/b': leafletText('乙', '另一份。') });
    // What the preview builds: the PDF and the phone PDF, without the image.
    await project.build({ print: { phone: true, phoneImage: false } });
    const pdfs = ['a.pdf', 'a-phone.pdf', 'events/b.pdf', 'events/b-phone.pdf'].map((file) => path.join(project.out, file));
    const times = pdfs.map((file) => statSync(file).mtimeMs);
    const preview = await startPreview({ paths: [project.leaflets], outDir: project.out, brandPath: project.brand, root: project.dir, port: 0 });
    try {
      const listed = (await snapshot(preview)).leaflets;
      expect(listed.map((l) => [l.id, l.title, l.status, l.pdf, l.phone])).toEqual([
        ['a', '甲', 'ok', true, true],
        ['events/b', '乙', 'ok', true, true],
      ]);
      expect(pdfs.map((file) => statSync(file).mtimeMs)).toEqual(times);
    } finally {
      await preview.close();
    }
  });
});


/** The texts that the page's HTML hands its script. */
function textsOf(html: string): Record<string, string> {
  const json = /<script type="application\/json" id="texts">(.*?)<\/script>/s.exec(html)?.[1];
  return JSON.parse(json ?? 'null') as Record<string, string>;
}

describe.each([
  { lang: undefined, html: 'zh-CN', title: '<title>手册预览</title>', download: '下载 PDF', status: '有错误', notFound: '找不到', reason: /^“Pneumono.+比这一栏还宽/ },
  { lang: 'en' as const, html: 'en', title: '<title>Leaflet preview</title>', download: 'Download PDF', status: 'error', notFound: 'not found', reason: /^'Pneumono.+ is wider than its column/ },
])('the preview with lang $lang', { timeout: 60_000 }, ({ lang, html, title, download, status, notFound, reason }) => {
  let preview: Preview;
  beforeAll(async () => {
    const project = await makeProject({ long: leafletText('长词', `这个词很长：${'Pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(3)}。`) });
    preview = await startPreview({ paths: [project.leaflets], outDir: project.out, brandPath: project.brand, root: project.dir, port: 0, ...(lang ? { lang } : {}) });
  });
  afterAll(async () => preview?.close());

  it('serves its page in that language, Chinese by default, with the texts its script shows', async () => {
    const page = (await get(preview.port, '/')).body.toString();
    expect(page).toContain(`<html lang="${html}">`);
    expect(page).toContain(title);
    expect(page).toContain(`>${download}</a>`);
    expect(page).not.toMatch(/\{\{\w+\}\}/);
    expect(textsOf(page)).toMatchObject({ statusError: status, download });
    expect((await get(preview.port, '/no-such-page')).body.toString()).toBe(`${notFound}\n`);
  });

  it('lists the messages in that language', async () => {
    const state = await snapshot(preview);
    expect(state.lang).toBe(html);
    const [leaflet] = state.leaflets;
    expect(leaflet?.diagnostics).toEqual([expect.objectContaining({ rule: 'long-word', severity: 'warning', reason: expect.stringMatching(reason) })]);
  });
});
