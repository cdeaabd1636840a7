// The date and time line of an event, as a reader of the language expects it.
import { DateTime } from 'luxon';
import type { Lang } from '../source/leaflet-schema.js';

function at(iso: string, lang: Lang): DateTime {
  return DateTime.fromISO(iso, { setZone: true }).setLocale(lang);
}

/**
 * `2026年12月12日（周六）14:00–17:00` in Chinese, `Sat 12 Dec 2026, 14:00–17:00` in English. An event
 * that ends on another day names both days.
 */
export function formatEventTime(starts: string, ends: string | undefined, lang: Lang): string {
  const start = at(starts, lang);
  const end = ends ? at(ends, lang) : undefined;
  const sameDay = end && end.hasSame(start, 'day');
  if (lang === 'en') {
    const day = (d: DateTime) => d.toFormat('ccc d LLL yyyy');
    if (!end) return `${day(start)}, ${start.toFormat('HH:mm')}`;
    if (sameDay) return `${day(start)}, ${start.toFormat('HH:mm')}–${end.toFormat('HH:mm')}`;
    return `${day(start)}, ${start.toFormat('HH:mm')} – ${day(end)}, ${end.toFormat('HH:mm')}`;
  }
  const day = (d: DateTime, withYear: boolean) => `${withYear ? d.toFormat("yyyy'年'") : ''}${d.toFormat("M'月'd'日'")}（${d.toFormat('ccc')}）`;
  if (!end) return `${day(start, true)}${start.toFormat('HH:mm')}`;
  if (sameDay) return `${day(start, true)}${start.toFormat('HH:mm')}–${end.toFormat('HH:mm')}`;
  return `${day(start, true)}${start.toFormat('HH:mm')} – ${day(end, !end.hasSame(start, 'year'))}${end.toFormat('HH:mm')}`;
}
