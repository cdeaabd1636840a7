import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { addPlain, toPlain } from '../../src/pipeline/plain-messages.js';
import { formatFile } from '../../src/diagnostics/format.js';
import { error } from '../../src/diagnostics/messages.js';

function failed(): VFile {
  const file = new VFile({ path: '/project/leaflets/x.md' });
  const cause = new TypeError('cannot read properties of undefined');
  cause.stack = 'TypeError: cannot read properties of undefined\n    at draw (render/blocks.js:10:5)';
  error(file, 'render-failed', `the PDF could not be rendered: ${cause.message}`, { place: { line: 1, column: 1 }, cause });
  return file;
}

describe('a message with the error behind it', () => {
  it('is one line without --debug', () => {
    expect(formatFile(failed(), '/project')).toEqual(['leaflets/x.md:1:1: error: the PDF could not be rendered: cannot read properties of undefined [render-failed]']);
  });

  it('shows the stack under it with --debug, also after crossing from a worker as plain data', () => {
    const expected = [
      'leaflets/x.md:1:1: error: the PDF could not be rendered: cannot read properties of undefined [render-failed]\n' +
        '  TypeError: cannot read properties of undefined\n' +
        '      at draw (render/blocks.js:10:5)',
    ];
    expect(formatFile(failed(), '/project', { debug: true })).toEqual(expected);
    const copy = new VFile({ path: '/project/leaflets/x.md' });
    addPlain(copy, JSON.parse(JSON.stringify(toPlain(failed()))));
    expect(formatFile(copy, '/project', { debug: true })).toEqual(expected);
    expect(formatFile(copy, '/project')).toEqual([expected[0]!.split('\n')[0]]);
  });
});
