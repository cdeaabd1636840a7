import { request } from 'node:http';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreview, type Preview } from '../../src/preview/preview-server.js';
import type { PreviewSnapshot } from '../../src/preview/preview-state.js';
import { allowedHost } from '../../src/preview/request-safety.js';
import { leafletText, makeProject, type Project } from '../helpers/project.js';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A raw GET: the path is sent exactly as given (no normalisation of `..`), with any Host header. */
function get(port: number, target: string, host = `127.0.0.1:${port}`): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: target, headers: { host } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.setTimeout(10_000, () => req.destroy(new Error(`no answer for ${target}`)));
    req.on('error', reject);
    req.end();
  });
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

