// Dates as people write them: read as YYYY-MM-DD with one warning; a time in words is one error with the value to write.
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { diagnosticsOf } from '../../src/diagnostics/messages.js';
import { readDates } from '../../src/source/date-spelling.js';
import { readFrontMatter } from '../../src/source/front-matter.js';

function read(settings: string) {
  const file = new VFile({ path: 'x.md', value: `---\n${settings}\n---\n` });
  const raw = readFrontMatter(file);
  const { data, reported } = readDates(file, raw.data, raw.source);
  const said = (lang: 'en' | 'zh-CN') => diagnosticsOf(file, lang).map((d) => `${d.line}:${d.column} ${d.severity} ${d.rule}: ${d.reason}`);
  return { data, reported, en: said('en'), zh: said('zh-CN'), hints: diagnosticsOf(file, 'zh-CN').map((d) => d.hint) };
}

describe('a date written another way', () => {
  it.each([
    ['2026/11/20', '2026-11-20'],
    ['2026.11.20', '2026-11-20'],
    ['2026年11月20日', '2026-11-20'],
    ['２０２６／１１／２０', '2026-11-20'],
    ['2026-1-5', '2026-01-05'],
    ['2026 年 1 月 5 日', '2026-01-05'],
  ])('%s is read as %s, with one warning that gives the standard form', (written, iso) => {
    const { data, en, zh, hints } = read(`date: ${written}`);
    expect(data.date).toBe(iso);
    expect(en).toEqual([`2:7 warning date-spelling: 'date': '${written}' is read as ${iso}`]);
    expect(zh).toEqual([`2:7 warning date-spelling: 'date'：'${written}' 会被当作 ${iso}`]);
    expect(hints).toEqual([`日期的标准写法是 YYYY-MM-DD（年-月-日），请写成 ${iso}`]);
  });

  it('is left to the schema when it is no real date, which says so once', () => {
    const { data, en } = read('date: 2026/02/30');
    expect(data.date).toBe('2026-02-30');
    expect(en).toEqual([]);
  });

  it('is not touched when it is standard, or not a date at all', () => {
    expect(read('date: 2026-11-20')).toMatchObject({ data: { date: '2026-11-20' }, en: [] });
    expect(read('date: 明天')).toMatchObject({ data: { date: '明天' }, en: [] });
    expect(read('date: 20261120')).toMatchObject({ data: { date: '20261120' }, en: [] });
  });
});

describe('an event time', () => {
  it('in digits after a date written another way is read, with a warning', () => {
    const { data, en } = read('event:\n  starts: 2026/12/12 14:00\n  ends: 2026年12月12日 17:30');
    expect(data.event).toEqual({ starts: '2026-12-12T14:00', ends: '2026-12-12T17:30' });
    expect(en).toEqual([
      "3:11 warning date-spelling: 'event.starts': '2026/12/12 14:00' is read as 2026-12-12T14:00",
      "4:9 warning date-spelling: 'event.ends': '2026年12月12日 17:30' is read as 2026-12-12T17:30",
    ]);
  });

  it.each([
    ['2026年12月12日下午2点', '2026-12-12T14:00'],
    ['2026/12/12 上午10点半', '2026-12-12T10:30'],
    ['2026-12-12 晚上七点', '2026-12-12T19:00'],
    ['2026-12-12 中午12点', '2026-12-12T12:00'],
    ['2026-12-12 14点15分', '2026-12-12T14:15'],
  ])('in words (%s) is one error that gives the value to write: %s', (written, example) => {
    const { data, reported, en, zh } = read(`event:\n  starts: ${written}`);
    expect(data.event).toEqual({ starts: written });
    expect(reported).toEqual([['event', 'starts']]);
    expect(en).toEqual([
      `3:11 error date-spelling: 'event.starts': '${written}' is not a time leaflet can read; write the date and a 24-hour time in digits, such as ${example}`,
    ]);
    expect(zh).toEqual([`3:11 error date-spelling: 'event.starts'：读不懂 '${written}' 这个时间；请用数字写出日期和 24 小时制的时间，例如 ${example}`]);
  });

  it('in words without a date gets an example date with its time', () => {
    expect(read('event:\n  starts: 下午两点').en).toEqual([
      "3:11 error date-spelling: 'event.starts': '下午两点' is not a time leaflet can read; write the date and a 24-hour time in digits, such as 2026-12-12T14:00",
    ]);
  });
});
