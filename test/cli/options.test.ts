// The command line's bounds: --jobs capped at the cores, SOURCE_DATE_EPOCH a date that a PDF can hold.
import { describe, expect, it } from 'vitest';
import { buildDate, checkSourceDateEpoch } from '../../src/pipeline/build-date.js';
import { checkEnvironment, jobsOf, parse, UsageError } from '../../src/cli/options.js';

describe('--jobs', () => {
  it('keeps a number up to the cores, and caps a larger one with a note', () => {
    expect(jobsOf(undefined, 2)).toEqual({});
    expect(jobsOf('1', 2)).toEqual({ jobs: 1 });
    expect(jobsOf('2', 2)).toEqual({ jobs: 2 });
    expect(jobsOf('100000', 2)).toEqual({
      jobs: 2,
      note: { en: 'leaflet: --jobs 100000 is more than the 2 processor cores of this computer; using 2', 'zh-CN': 'leaflet：--jobs 100000 超过了这台电脑的 2 个处理器核，改用 2' },
    });
    expect(jobsOf('9'.repeat(400), 4).note?.en).toContain('--jobs 999999999… is more');
  });

  it('refuses what is not a whole number of 1 or more', () => {
    for (const value of ['0', '-1', '1.5', 'two', '']) expect(() => jobsOf(value, 2)).toThrow(UsageError);
  });
});

describe('the options', () => {
  it('name the usual slips in both languages: an unknown option, a value missing, a value where none goes', () => {
    const mistake = (argv: string[]) => {
      try {
        parse(argv);
      } catch (cause) {
        if (cause instanceof UsageError) return cause.said;
      }
      return undefined;
    };
    expect(mistake(['build', '--no-such'])).toEqual({ en: "unknown option '--no-such'", 'zh-CN': "没有 '--no-such' 这个选项" });
    expect(mistake(['build', '-x'])).toEqual({ en: "unknown option '-x'", 'zh-CN': "没有 '-x' 这个选项" });
    expect(mistake(['build', '--out'])).toEqual({ en: "'--out' needs a value after it", 'zh-CN': "'--out' 后面要写一个值" });
    expect(mistake(['build', '-j'])).toEqual({ en: "'--jobs' needs a value after it", 'zh-CN': "'--jobs' 后面要写一个值" });
    expect(mistake(['build', '--force=1'])).toEqual({ en: "'--force' takes no value", 'zh-CN': "'--force' 后面不写值" });
    expect(mistake(['build', '--out', 'x'])).toBeUndefined();
  });
});

describe('SOURCE_DATE_EPOCH', () => {
  it('is a whole number of seconds up to the end of the year 9999, or unset', () => {
    expect(checkSourceDateEpoch(undefined)).toEqual({ ok: true });
    expect(checkSourceDateEpoch('')).toEqual({ ok: true });
    expect(checkSourceDateEpoch('0')).toEqual({ ok: true, date: new Date(0) });
    expect(checkSourceDateEpoch(' 1700000000 ')).toEqual({ ok: true, date: new Date(1_700_000_000_000) });
    expect(checkSourceDateEpoch('253402300799')).toEqual({ ok: true, date: new Date('9999-12-31T23:59:59Z') });
  });

  it.each(['abc', '99999999999999999', '253402300800', '-1', '1.5', '1e9', '0x10'])('refuses %s as a usage error that names it', (value) => {
    expect(() => checkEnvironment({ SOURCE_DATE_EPOCH: value })).toThrow(UsageError);
    expect(() => checkEnvironment({ SOURCE_DATE_EPOCH: value })).toThrow(`SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01, from 0 to 253402300799 (the end of 9999), not '${value}'`);
    expect(() => buildDate('2026-01-01', { SOURCE_DATE_EPOCH: value })).toThrow(/^SOURCE_DATE_EPOCH must be/);
  });

  it('wins over the leaflet date when it is valid', () => {
    expect(buildDate('2026-01-01', { SOURCE_DATE_EPOCH: '1700000000' })).toEqual(new Date(1_700_000_000_000));
    expect(buildDate('2026-01-01', {})).toEqual(new Date('2026-01-01T00:00:00Z'));
  });
});
