import { existsSync } from 'node:fs';
import { cp, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreview, type Preview } from '../../src/preview/preview-server.js';
import { root, tempDir } from '../helpers/build.js';
import { leafletText, makeProject, type Project } from '../helpers/project.js';

const executablePath = '/usr/bin/chromium';
const present = existsSync(executablePath);
const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
/** Every wait is bounded: a page that never updates fails the test instead of hanging the suite. */
const timeout = 15_000;

// Without Chromium the test is skipped on a developer's machine, but CI must have it.
if (!present && process.env.CI) {
  it('has Chromium for the end-to-end test', () => {
    throw new Error(`${executablePath} is missing; CI must install it (apt-get install -y chromium)`);
  });
}

/** The few canvas members used here: the test is compiled without the DOM's types. */
interface Canvas {
  width: number;
  height: number;
  getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } };
}

/** How many pixels of a leaflet's first page canvas are not white. */
function inkOf(page: Page): Promise<number> {
  return page.locator('.pages .page canvas').first().evaluate((element) => {
    const canvas = element as unknown as Canvas;
    const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 240 || data[i + 1]! < 240 || data[i + 2]! < 240) ink += 1;
    return ink;
  });
}

/**
 * Run in the page: records, after each change of the page, whether the pages or a thumbnail in the list
 * were blank, as the browser would have painted them then.
 */
const blankWatch = `(() => {
  window.blanks = [];
  window.changes = 0;
  new MutationObserver(() => {
    window.changes += 1;
    if (document.querySelectorAll('#pages .page canvas').length === 0) window.blanks.push('pages');
    const empty = [...document.querySelectorAll('#list .thumb')].filter((thumb) => !thumb.querySelector('canvas'));
    if (empty.length > 0) window.blanks.push('thumbnail');
  }).observe(document.body, { childList: true, subtree: true });
})()`;

describe.skipIf(!present)(`preview page in Chromium${present ? '' : ` (skipped: ${executablePath} is missing; apt-get install -y chromium)`}`, { timeout: 90_000 }, () => {
  let project: Project;
  let preview: Preview;
  let context: BrowserContext;
  let page: Page;
  let shots: string;

  beforeAll(async () => {
    project = await makeProject({ a: leafletText('甲传单', '第一版正文。'), b: leafletText('乙传单', '另一份传单。') });
    await cp(path.join(root, 'assets'), path.join(project.dir, 'assets'), { recursive: true });
    preview = await startPreview({ paths: [project.leaflets], outDir: project.out, brandPath: project.brand, root: project.dir, port: 0 });
    context = await chromium.launchPersistentContext(await tempDir('leaflet-chromium-'), { executablePath, args, viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(timeout);
    page = context.pages()[0] ?? (await context.newPage());
    shots = path.join(await tempDir('leaflet-preview-shots-'));
    await mkdir(shots, { recursive: true });
  });

  afterAll(async () => {
    await context?.close();
    await preview?.close();
  });

  it('lists the leaflets, draws the chosen one, and follows edits, a broken file and its fix', async () => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // 1. Open the page.
    await page.goto(preview.url.replace('127.0.0.1', 'localhost'));
    // 2. The list shows the titles, with a thumbnail each.
    await expect.poll(() => page.locator('#list .title').allTextContents(), { timeout }).toEqual(['甲传单', '乙传单']);
    await page.locator('#list .thumb canvas').nth(1).waitFor();
    // 3. Choose one: its page is drawn, with its text.
    await page.locator('#list li', { hasText: '乙传单' }).click();
    await page.locator('.pages .textLayer', { hasText: '另一份传单' }).waitFor();
    expect(await inkOf(page)).toBeGreaterThan(1000);
    await expect.poll(() => page.locator('#title').textContent(), { timeout }).toBe('乙传单');
    await page.screenshot({ path: path.join(shots, '1-selected.png') });
    // The page speaks the language of messages: Chinese unless the command line says otherwise.
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await expect.poll(() => page.locator('#live').textContent(), { timeout }).toBe('实时更新中');
    expect(await page.locator('#download').textContent()).toBe('下载 PDF');
    // From now on, after every change of the page: the pages and every thumbnail are on screen, never blank.
    await page.evaluate(blankWatch);
    // 4–5. Edit it on disk: the title and the page follow.
    await writeFile(path.join(project.leaflets, 'b.md'), leafletText('乙传单新版', '改过的正文。'));
    await page.locator('.pages .textLayer', { hasText: '改过的正文' }).waitFor();
    await page.locator('#list .title', { hasText: '乙传单新版' }).waitFor();
    await page.locator('#list li', { hasText: '乙传单新版' }).locator('.thumb canvas').waitFor();
    // 6. Break the YAML: the error shows with its line, above the last good render.
    await writeFile(path.join(project.leaflets, 'b.md'), '---\ntitle: "乙传单\n---\n\n坏了。\n');
    await page.locator('#failed').waitFor({ state: 'visible' });
    await expect.poll(() => page.locator('#diagnostics').textContent(), { timeout }).toMatch(/\d+:\d+错误：.*\[yaml-syntax\]/);
    await expect.poll(() => page.locator('#list li', { hasText: '乙传单新版' }).locator('.status').textContent(), { timeout }).toBe('有错误');
    expect(await page.locator('.pages .textLayer', { hasText: '改过的正文' }).count()).toBe(1);
    await page.screenshot({ path: path.join(shots, '2-error.png') });
    // 7. Fix it: the error goes and the new text shows.
    await writeFile(path.join(project.leaflets, 'b.md'), leafletText('乙传单', '修好了。'));
    await page.locator('.pages .textLayer', { hasText: '修好了' }).waitFor();
    await page.locator('#failed').waitFor({ state: 'hidden' });
    expect(await page.locator('#problems').isHidden()).toBe(true);
    // Through the edit, the error and the fix, the last pages stayed until the new ones were drawn.
    expect(await page.evaluate('window.blanks')).toEqual([]);
    expect(await page.evaluate('window.changes')).toBeGreaterThan(3);
    // 8. The switch shows the phone edition: one long page, 90 mm wide (340 CSS pixels at 100%), and back.
    await page.locator('#edition').selectOption('phone');
    await expect.poll(() => page.locator('#pages').getAttribute('data-shown'), { timeout }).toMatch(/&phone@1$/);
    expect(await page.locator('.pages .page').count()).toBe(1);
    expect(Math.round((await page.locator('.pages .page canvas').first().boundingBox())!.width)).toBe(340);
    expect(await page.locator('#download').getAttribute('href')).toMatch(/&phone&download$/);
    expect(await page.locator('#download-image').getAttribute('href')).toMatch(/^\/image\/b\?v=\d+$/);
    expect(await page.locator('#download-image').isVisible()).toBe(true);
    await page.screenshot({ path: path.join(shots, '3-phone.png') });
    await page.locator('#edition').selectOption('print');
    await expect.poll(() => page.locator('#pages').getAttribute('data-shown'), { timeout }).not.toMatch(/phone/);
    expect(await page.locator('#download-image').isHidden()).toBe(true);
    expect(errors).toEqual([]);
    console.info(`preview screenshots: ${shots}`);
  });
});
