// Dates and times as people write them (2026/11/20, 2026.11.20, 2026年11月20日, 下午2点): read as YYYY-MM-DD
// with a warning that gives the standard form, or, for a time in words, refused with the value it should be.
import type { VFile } from 'vfile';
import { sourceMessages as m } from '../diagnostics/catalogue/source.js';
import { error, warn } from '../diagnostics/messages.js';
import { say } from '../diagnostics/say.js';
import { formatPath } from './schema-check.js';
import { placeOf, type KeyPath, type YamlSource } from './yaml-source.js';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const isoDateTime = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:?\d{2})?$/;
/** A date in any of the usual spellings, then whatever follows it (a time). Full-width digits are read as digits. */
const anyDate = /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?(?:\s*[T\s]\s*|(?=\D)|$)(.*)$/;
const digitTime = /^(\d{1,2}):(\d{2})(:\d{2})?\s*(Z|[+-]\d{2}:?\d{2})?$/;
/** 下午2点, 上午10点半, 14点30分, 晚上七点. */
const wordTime = /^(上午|早上|早晨|凌晨|中午|下午|傍晚|晚上)?\s*([0-9]{1,2}|[一二两三四五六七八九十]{1,3})\s*(?:[点點时時])\s*(?:(半)|([0-9]{1,2})\s*分?)?$/;
const timeWords = /[上下]午|早上|早晨|凌晨|中午|傍晚|晚上|[点點时時]/;

const numerals: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const pad = (n: string | number) => String(n).padStart(2, '0');

/** 2, 十, 十二: a number of hours. */
function hoursOf(written: string): number {
  if (/^\d+$/.test(written)) return Number(written);
  if (written.length === 1) return numerals[written] ?? NaN;
  return written.startsWith('十') ? 10 + (numerals[written[1]!] ?? NaN) : NaN;
}

/** A time in words as HH:MM on a 24-hour clock, when it can be read so. */
function wordTimeOf(written: string): string | undefined {
  const match = wordTime.exec(written);
  if (!match) return undefined;
  const [, part, hourText, half, minutes] = match;
  let hours = hoursOf(hourText!);
  if (['下午', '傍晚', '晚上'].includes(part ?? '') && hours < 12) hours += 12;
  if (part === '中午' && hours < 6) hours += 12;
  const mins = half ? 30 : Number(minutes ?? 0);
  return hours <= 23 && mins <= 59 ? `${pad(hours)}:${pad(mins)}` : undefined;
}

/** A date's parts in the standard spelling, or undefined when it is not a date at all. */
function dateOf(value: string): { date: string; rest: string } | undefined {
  const match = anyDate.exec(value);
  return match ? { date: `${match[1]}-${pad(match[2]!)}-${pad(match[3]!)}`, rest: match[4]!.trim() } : undefined;
}

const realDate = (iso: string) => !Number.isNaN(Date.parse(`${iso}T00:00:00Z`)) && new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso);

export interface ReadDates {
  data: Record<string, unknown>;
  /** Values already reported, whose schema errors would say the same again. */
  reported: KeyPath[];
}

/** A date read, or refused with the value to write (and the time in words it read, as that value's time). */
type Reading = { value: string; warn?: boolean } | { error: string; words?: string; clock?: string } | undefined;

/** A date: `2026/11/20` reads as 2026-11-20. A date that is not real is left to the schema, which says so. */
function readDate(written: string): Reading {
  const found = isoDate.test(written) ? undefined : dateOf(written.normalize('NFKC').trim());
  if (!found || found.rest) return undefined;
  return { value: found.date, warn: realDate(found.date) };
}

/** A date and time: `2026/12/12 14:00` reads as 2026-12-12T14:00; `2026年12月12日下午2点` is refused, with the value it should be. */
function readDateTime(written: string): Reading {
  if (isoDateTime.test(written)) return undefined;
  const value = written.normalize('NFKC').trim();
  const found = dateOf(value);
  const time = found ? digitTime.exec(found.rest) : null;
  if (found && time) {
    const iso = `${found.date}T${pad(time[1]!)}:${time[2]}${time[3] ?? ''}${time[4] ?? ''}`;
    return { value: iso, warn: realDate(found.date) };
  }
  if (!timeWords.test(value)) return undefined;
  const spoken = (found ? found.rest : value.replace(/^.*?(?=(上午|早上|早晨|凌晨|中午|下午|傍晚|晚上|\d{1,2}\s*[点點时時]))/, '')).trim();
  const clock = wordTimeOf(spoken);
  return { error: `${found?.date ?? '2026-12-12'}T${clock ?? '14:00'}`, ...(clock ? { words: spoken, clock } : {}) };
}

/**
 * Reads the dates of a leaflet's settings (`date`, `event.starts`, `event.ends`) written in another spelling,
 * with a warning at each; a time in words gets one error, and its path is returned as reported.
 */
export function readDates(file: VFile, data: Record<string, unknown>, source?: YamlSource): ReadDates {
  const reported: KeyPath[] = [];
  const event = data.event !== null && typeof data.event === 'object' && !Array.isArray(data.event) ? { ...(data.event as Record<string, unknown>) } : undefined;
  const read = (path: KeyPath, written: unknown, how: (value: string) => Reading): unknown => {
    const reading = typeof written === 'string' ? how(written) : undefined;
    if (!reading) return written;
    const place = source ? placeOf(source, path) : undefined;
    const key = formatPath(path);
    if ('error' in reading) {
      const hint = reading.clock ? say(m.timeInWordsHintFor, { words: reading.words!, clock: reading.clock }) : say(m.timeInWordsHint);
      error(file, 'date-spelling', say(m.timeInWords, { key, value: String(written), example: reading.error }), { place, hint });
      reported.push(path);
      return written;
    }
    if (reading.warn) {
      const hint = say(how === readDate ? m.dateHint : m.dateTimeHint, { iso: reading.value });
      warn(file, 'date-spelling', say(m.dateRead, { key, value: String(written), iso: reading.value }), { place, hint });
    }
    return reading.value;
  };
  const out = { ...data };
  if ('date' in out) out.date = read(['date'], out.date, readDate);
  if (event) {
    for (const key of ['starts', 'ends'] as const) if (key in event) event[key] = read(['event', key], event[key], readDateTime);
    out.event = event;
  }
  return { data: out, reported };
}
