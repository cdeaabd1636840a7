import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/cli/progress.js';

function stream(isTTY: boolean) {
  const s = Object.assign(new PassThrough(), { isTTY, columns: 100 });
  let text = '';
  s.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { s, text: () => text };
}

function run(isTTY: boolean, env: NodeJS.ProcessEnv = {}) {
  const stdout = stream(isTTY);
  const stderr = stream(isTTY);
  const progress = createProgress({ stdout: stdout.s, stderr: stderr.s }, env);
  progress.start(['a.md', 'b.md']);
  progress.done(['a.md:1:1: warning: careful [x]'], 'a.md → out/a.pdf');
  progress.done([], 'b.md → out/b.pdf');
  progress.stop();
  return { stdout: stdout.text(), stderr: stderr.text() };
}

describe('progress', () => {
  it('prints one plain line per leaflet off a terminal, messages to stderr', () => {
    expect(run(false)).toEqual({ stdout: 'a.md → out/a.pdf\nb.md → out/b.pdf\n', stderr: 'a.md:1:1: warning: careful [x]\n' });
  });

  it('draws a bar with counts on a terminal, messages above it', () => {
    const { stdout, stderr } = run(true);
    expect(stdout).toMatch(/a\.md:1:1: warning: careful \[x\]\n.*█+ 2\/2/);
    expect(stdout).not.toContain('a.md → out/a.pdf');
    expect(stderr).toBe('');
  });

  it('stays plain on a terminal in CI', () => {
    expect(run(true, { CI: 'true' }).stdout).toBe('a.md → out/a.pdf\nb.md → out/b.pdf\n');
  });
});
