import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readdirSync } from 'node:fs';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import module from 'node:module';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { brandFile, root, tempDir } from './helpers/build.js';
import { cliArgs, cliEnv, leaflet } from './helpers/cli.js';
import { numberedLeaflet } from './helpers/leaflets.js';
import { pdfInfo, pdfText } from './helpers/pdf.js';

// Each test runs the command line in new processes that render PDFs: on two cores, that takes seconds.
vi.setConfig({ testTimeout: 30_000 });

describe('leaflet build', () => {
  it('builds a batch with a bad leaflet: the good one is built, the bad one reported, an older PDF kept', async () => {
    const out = await tempDir();
    await mkdir(out, { recursive: true });
    const older = Buffer.from('%PDF-1.3 an older good build\n');
    await writeFile(path.join(out, 'broken-yaml.pdf'), older);
    const run = await leaflet(['build', 'test/fixtures/batch', '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('test/fixtures/batch/broken-yaml.md:3:11: error: Missing closing "quote [yaml-syntax]');
    expect(run.stdout).toContain('built 1, failed 1, warnings 0');
    expect(await pdfText(await readFile(path.join(out, 'good.pdf')))).toContain('这是一份正常的传单。');
    expect((await readFile(path.join(out, 'broken-yaml.pdf'))).equals(older)).toBe(true);
    expect(readdirSync(out).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it('exits 0 when everything builds', async () => {
    const out = await tempDir();
    const run = await leaflet(['build', 'test/fixtures/batch/good.md', '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(existsSync(path.join(out, 'good.pdf'))).toBe(true);
  });

  it('reports warnings and errors as path:line:col: severity: message [rule]', async () => {
    const run = await leaflet(['build', 'test/fixtures/unknown-key/leaflet.md', '--out', await tempDir()]);
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n')).toEqual(
      expect.arrayContaining([
        "test/fixtures/unknown-key/leaflet.md:3:1: warning: unknown key 'titel'; did you mean 'title'? [unknown-key]",
        "test/fixtures/unknown-key/leaflet.md:4:9: error: 'format': expected one of A4, A5, Letter (or A3, for an event poster) [front-matter-invalid]",
      ]),
    );
  });

  it('turns warnings into errors with --strict', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'typo.md'), '---\ntitle: 好\nsubtitel: 多余\n---\n\n正文。\n');
    const relaxed = await leaflet(['build', path.join(dir, 'typo.md'), '--out', dir]);
    expect(relaxed.code).toBe(0);
    expect(relaxed.stderr).toMatch(/typo\.md:3:1: warning: unknown key 'subtitel'; did you mean 'subtitle'\? \[unknown-key\]/);
    const strict = await leaflet(['build', path.join(dir, 'typo.md'), '--out', path.join(dir, 'strict'), '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/typo\.md:3:1: error: unknown key/);
    expect(existsSync(path.join(dir, 'strict', 'typo.pdf'))).toBe(false);
  });

  it('exits 2 on a usage error', async () => {
    expect((await leaflet(['frobnicate'])).code).toBe(2);
    // A wrong option: the mistake and where to read more, not the whole usage.
    const wrong = await leaflet(['build', '--no-such-flag']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toBe("leaflet: unknown option '--no-such-flag'\nleaflet --help lists every command and option\n");
    expect((await leaflet([])).stderr).toContain('Usage: leaflet');
  });

  it('says which command or option a mistyped one is likely meant to be', async () => {
    const command = await leaflet(['buid']);
    expect([command.code, command.stderr]).toEqual([2, "leaflet: unknown command 'buid'; did you mean 'build'?\nleaflet --help lists every command and option\n"]);
    const option = await leaflet(['build', '--trifld']);
    expect([option.code, option.stderr]).toEqual([2, "leaflet: unknown option '--trifld'; did you mean '--trifold'?\nleaflet --help lists every command and option\n"]);
    // Typed in Chinese mode, an option is not taken for a file: nothing is built.
    const wide = await leaflet(['build', 'leaflets/x.md', '——format', 'A5']);
    expect([wide.code, wide.stderr.split('\n')[0]]).toEqual([2, "leaflet: '——format' is typed with Chinese dashes; an option starts with two ASCII hyphens: '--format'"]);
  });

  it('ends its own process with the exit code, as installed (the other tests run the command line in theirs)', () => {
    const run = spawnSync(process.execPath, cliArgs(['frobnicate']), { encoding: 'utf8', env: cliEnv() });
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe("leaflet: unknown command 'frobnicate'");
  });

  // Node 22.1 and newer: leaflet turns on Node's compile cache, which Node puts in the system's temporary folder.
  it.skipIf(!('enableCompileCache' in module))('keeps the code it compiled for the next start, in the temporary folder', async () => {
    const temporary = await tempDir();
    const run = spawnSync(process.execPath, cliArgs(['check', 'test/fixtures/batch/good.md']), { encoding: 'utf8', env: cliEnv({ TMPDIR: temporary }) });
    expect(run.status, run.stderr).toBe(0);
    const cached = readdirSync(path.join(temporary, 'node-compile-cache'), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(cached.length).toBeGreaterThan(10);
  });

  it('refuses a SOURCE_DATE_EPOCH that is not a date as a usage error that names it, and builds nothing', async () => {
    for (const value of ['abc', '99999999999999999']) {
      const out = await tempDir();
      const run = await leaflet(['build', 'test/fixtures/batch/good.md', '--out', out], undefined, { SOURCE_DATE_EPOCH: value });
      expect(run.code).toBe(2);
      expect(run.stderr.split('\n')[0]).toBe(`leaflet: SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01, from 0 to 253402300799 (the end of 9999), not '${value}'`);
      expect(readdirSync(out)).toEqual([]);
    }
  });

  it('ends quietly when the reader of its output stops reading (`leaflet build | head -1`)', async () => {
    const out = await tempDir();
    const child = spawn(process.execPath, cliArgs(['build', 'test/fixtures/batch/good.md', 'test/fixtures/rules/unknown-key', '--out', out]), {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: cliEnv(),
    });
    // The reading end closes before the command has written anything, so that every write of it meets a closed pipe.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(stderr).not.toMatch(/EPIPE|Unhandled|internal error/);
    expect(stderr).toContain("unknown key 'subtitel'");
    expect(code).toBe(0);
    expect(existsSync(path.join(out, 'good.pdf'))).toBe(true);
  });

  it('reports a path that does not exist', async () => {
    const run = await leaflet(['build', 'no/such/leaflet.md', '--out', await tempDir()]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('no/such/leaflet.md:1:1: error: no such file or folder [read-error]');
  });
});

describe('print options', () => {
  it('--format wins over the leaflet format, in a file of its own beside the leaflet in its own', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'letter.md'), '---\ntitle: 尺寸\nformat: Letter\n---\n\n正文。\n');
    expect((await leaflet(['build', path.join(dir, 'letter.md'), '--out', dir])).code).toBe(0);
    const run = await leaflet(['build', path.join(dir, 'letter.md'), '--out', dir, '--format', 'a5', '--grayscale']);
    expect(run.code).toBe(0);
    const width = async (file: string) => (await pdfInfo(await readFile(path.join(dir, file)))).sizes[0]!.width;
    expect(await width('letter-a5-grayscale.pdf')).toBeCloseTo(419.53, 0);
    expect(await width('letter.pdf')).toBeCloseTo(612, 0);
  });

  it.each([
    [['--booklet', '--trifold'], 'choose --booklet or --trifold, not both'],
    [['--bleed', '50'], '--bleed takes a number of millimetres from 0 to 10'],
    [['--bleed', 'x'], '--bleed takes a number of millimetres from 0 to 10'],
    [['--no-press', '--no-marks'], '--bleed and --no-marks are for press output; drop --no-press'],
    [['--booklet', '--format', 'A4'], '--booklet sets its own sizes (A5 pages on A4 sheets); drop --format'],
    [['--format', 'B5'], '--format must be one of A4, A5, Letter'],
  ])('refuses %j', async (options, message) => {
    const run = await leaflet(['build', 'test/fixtures/batch/good.md', ...options]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`leaflet: ${message}`);
  });

  it('reports a leaflet too long for a tri-fold with its overflow, and keeps the older PDF', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'long.md'), numberedLeaflet(60));
    const older = Buffer.from('%PDF-1.3 an older tri-fold\n');
    await writeFile(path.join(dir, 'long-trifold.pdf'), older);
    const run = await leaflet(['build', path.join(dir, 'long.md'), '--out', dir, '--trifold']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/long\.md:1:1: error: the text is about \d+ mm too long for the 5 text panels of a tri-fold \(\d panels\) \[trifold-overflow\]/);
    expect(run.stderr).toContain('hint: shorten the text, or print the leaflet as a booklet (--booklet)');
    expect((await readFile(path.join(dir, 'long-trifold.pdf'))).equals(older)).toBe(true);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it('checks the tri-fold on check too, without writing', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'long.md'), numberedLeaflet(60));
    const run = await leaflet(['check', path.join(dir, 'long.md'), '--trifold']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('[trifold-overflow]');
    expect(readdirSync(dir)).toEqual(['long.md']);
  });
});

describe('leaflet check', () => {
  it('runs the checks and writes nothing', async () => {
    const out = await tempDir();
    const run = await leaflet(['check', 'test/fixtures/batch', '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('[yaml-syntax]');
    expect(run.stdout).toMatch(/^test\/fixtures\/batch\/broken-yaml.md failed\ntest\/fixtures\/batch\/good.md ok\npassed 1, failed 1, warnings 0, \d+\.\d\d s\n$/);
    expect(readdirSync(out)).toEqual([]);
  });

  it('checks pictures too, and exits 0 when there are only warnings', async () => {
    const missing = await leaflet(['check', 'test/fixtures/rules/missing-asset']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("test/fixtures/rules/missing-asset/leaflet.md:5:1: error: image 'images/map.png' does not exist [missing-asset]");
    const remote = await leaflet(['check', 'test/fixtures/rules/remote-asset']);
    expect(remote.code).toBe(0);
    expect(remote.stdout).toContain('passed 1, failed 0, warnings 1');
  });
});

describe('--report json', () => {
  it("prints the messages, each file's status and the files written as JSON, and nothing else on stdout", async () => {
    const out = await tempDir();
    const run = await leaflet(['build', 'test/fixtures/batch', 'test/fixtures/rules/unknown-key/leaflet.md', '--out', out, '--report', 'json', '--phone']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout);
    // Each built file's pages, with how full each is.
    const fill = { fill: expect.any(Number) };
    expect(report).toEqual({
      command: 'build',
      summary: { built: 2, failed: 1, warnings: 1, cached: 0 },
      brand: { path: 'assets/brand.yaml', status: 'ok', messages: [] },
      files: [
        {
          path: 'test/fixtures/batch/broken-yaml.md',
          status: 'failed',
          output: null,
          outputs: [],
          pages: null,
          messages: [{ line: 3, column: 11, severity: 'error', rule: 'yaml-syntax', message: 'Missing closing "quote', hint: null }],
        },
        {
          path: 'test/fixtures/batch/good.md',
          status: 'built',
          output: path.join(out, 'good.pdf'),
          outputs: ['good.pdf', 'good-phone.pdf', 'good-phone.png'].map((name) => path.join(out, name)),
          pages: [fill],
          messages: [],
        },
        {
          path: 'test/fixtures/rules/unknown-key/leaflet.md',
          status: 'built',
          output: path.join(out, 'leaflet.pdf'),
          outputs: ['leaflet.pdf', 'leaflet-phone.pdf', 'leaflet-phone.png'].map((name) => path.join(out, name)),
          pages: [fill],
          messages: [
            { line: 3, column: 1, severity: 'warning', rule: 'unknown-key', message: "unknown key 'subtitel'; did you mean 'subtitle'?", hint: null },
          ],
        },
      ],
    });
    expect(report.files[1].pages[0].fill).toBeGreaterThan(0);
    expect(report.files[1].pages[0].fill).toBeLessThanOrEqual(1);
    expect(existsSync(path.join(out, 'good.pdf'))).toBe(true);
  });

  it('reports check with the checked count and hints', async () => {
    const run = await leaflet(['check', 'test/fixtures/rules/missing-title', '--report', 'json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.summary).toEqual({ built: 0, failed: 1, warnings: 0, checked: 0 });
    expect(report.files[0].messages[0]).toMatchObject({ rule: 'missing-title', hint: "add 'title: …' to the front matter, or start the text with a '# ' heading" });
  });

  it('refuses an unknown report kind', async () => {
    const run = await leaflet(['check', '--report', 'xml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown report 'xml'; use text or json");
  });
});

describe('the brand file', () => {
  it('leaves out a logo on the internet with a warning, which --strict turns into an error that stops the batch', async () => {
    const dir = await tempDir();
    const brandText = await readFile(brandFile, 'utf8');
    const logoLine = brandText.split('\n').length;
    await writeFile(path.join(dir, 'brand.yaml'), `${brandText}logo: https://example.org/logo.png\n`);
    await writeFile(path.join(dir, 'a.md'), '# 标题\n\n正文。\n');
    const relaxed = await leaflet(['build', 'a.md', '--brand', 'brand.yaml'], dir);
    expect(relaxed.code).toBe(0);
    expect(relaxed.stderr).toContain(`brand.yaml:${logoLine}:7: warning: logo 'https://example.org/logo.png' is on the internet and is not downloaded [remote-asset]`);
    expect(relaxed.stdout).toContain('built 1, failed 0, warnings 1');
    const strict = await leaflet(['build', 'a.md', '--brand', 'brand.yaml', '--out', 'strict', '--strict'], dir);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain(`brand.yaml:${logoLine}:7: error: logo`);
    // Nothing is built, and the summary counts the brand file as failed.
    expect(strict.stdout).toMatch(/^built 0, failed 1, warnings 0, cached 0, /m);
    expect(existsSync(path.join(dir, 'strict'))).toBe(false);
  });
});

/** A path as it stands in a regular expression. */
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('leaflet pack', () => {
  it('packs the sample manifest into a PDF and a zip', async () => {
    const out = await tempDir();
    const run = await leaflet(['pack', 'test/fixtures/samples/packs/stem-cells.yaml', '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(
      new RegExp(
        `^test/fixtures/samples/packs/stem-cells\\.yaml → ${escape(path.join(out, 'packs', 'stem-cells.pdf'))}, ${escape(path.join(out, 'packs', 'stem-cells.zip'))}\nbuilt 1, failed 0, warnings 0, \\d+\\.\\d\\d s\n$`,
      ),
    );
    expect(run.code).toBe(0);
    expect((await pdfInfo(await readFile(path.join(out, 'packs', 'stem-cells.pdf')))).info.Title).toBe('干细胞治疗与硬皮病');
  });

  it('fails with the position of a missing leaflet, writes nothing, and exits 1', async () => {
    const dir = await tempDir();
    const manifest = path.join(dir, 'partner.yaml');
    await writeFile(manifest, 'title: 资料包\nrecipient: 某医院\ndate: 2026-03-01\nleaflets:\n  - test/fixtures/samples/stem-cells-and-scleroderma.md\n  - leaflets/gone.md\n');
    const run = await leaflet(['pack', manifest, '--out', path.join(dir, 'out')]);
    expect(run.stderr).toContain(`${manifest}:6:5: error: leaflet 'leaflets/gone.md' does not exist [pack-leaflet]`);
    expect(run.stdout).toMatch(new RegExp(`^${escape(manifest)} failed\nbuilt 0, failed 1, warnings 0, \\d+\\.\\d\\d s\n$`));
    expect(run.code).toBe(1);
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  });

  it('needs a manifest', async () => {
    expect((await leaflet(['pack'])).code).toBe(2);
  });
});

describe('messages in the users’ language', () => {
  it('are Chinese for this brand, with the rule ids as they are', async () => {
    const run = await leaflet(['check', 'test/fixtures/unknown-key/leaflet.md'], root, { LEAFLET_MESSAGES: '' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('test/fixtures/unknown-key/leaflet.md:4:9: 错误：');
    expect(run.stderr).toContain('[front-matter-invalid]');
    expect(run.stdout).toMatch(/^通过 0，失败 1，警告 \d+，[\d.]+ 秒$/m);
  });

  it('follow --messages, then LEAFLET_MESSAGES', async () => {
    expect((await leaflet(['--help'], root, { LEAFLET_MESSAGES: '' })).stdout).toMatch(/^用法：leaflet <命令>/);
    expect((await leaflet(['--help', '--messages', 'en'], root, { LEAFLET_MESSAGES: 'zh-CN' })).stdout).toMatch(/^Usage: leaflet <command>/);
    expect((await leaflet(['--help'], root, { LEAFLET_MESSAGES: 'en' })).stdout).toMatch(/^Usage: leaflet <command>/);
    const wrong = await leaflet(['build', '--messages', 'fr'], root, { LEAFLET_MESSAGES: '' });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("leaflet: 没有 'fr' 这种消息语言；请用 zh-CN 或 en");
  });

  it('say in Chinese what a usage error is', async () => {
    const run = await leaflet(['frobnicate'], root, { LEAFLET_MESSAGES: '' });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^leaflet: 没有 'frobnicate' 这个命令\n\n用法：/);
  });
});
