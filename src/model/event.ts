// Event settings → the event of a flyer: times resolved in their zone, addresses checked.
import { DateTime } from 'luxon';
import type { VFile } from 'vfile';
import { modelMessages as m } from '../diagnostics/catalogue/model.js';
import { sourceMessages } from '../diagnostics/catalogue/source.js';
import { error } from '../diagnostics/messages.js';
import { say, verbatim, type Said } from '../diagnostics/say.js';
import type { EventSettings } from '../source/leaflet-schema.js';
import { placeOf, type YamlSource } from '../source/yaml-source.js';
import type { EventInfo } from './types.js';
import { checkUrl } from '../source/urls.js';
import { checkQrFits } from '../source/qr.js';

/** Why luxon finds a time not real: its English, and in Chinese for the reasons it gives (luxon's own words). */
function whyInvalid(time: DateTime): Said {
  const why = verbatim(time.invalidExplanation ?? time.invalidReason ?? '');
  const known = [m.outOfRange, m.unsupportedZone].find((entry) => entry.en === time.invalidReason);
  return known ? { ...why, 'zh-CN': known['zh-CN'] } : why;
}

function parseTime(value: string, zone: string): DateTime {
  const hasOffset = /(Z|[+-]\d{2}:?\d{2})$/.test(value);
  return DateTime.fromISO(value.replace(' ', 'T'), hasOffset ? { setZone: true } : { zone });
}

/**
 * The event's sign-up and online addresses, each checked: a full http(s) address and, for sign-up, one that a
 * QR code holds. Undefined after positioned errors. Run on the settings as written too, when another of the
 * event's settings is wrong, so that every problem is told in one run.
 */
export function eventUrls(file: VFile, event: { register?: unknown; online?: unknown }, source?: YamlSource): Partial<Record<'register' | 'online', string>> | undefined {
  const place = (key: string) => (source ? placeOf(source, ['event', key]) : undefined);
  const urls: Partial<Record<'register' | 'online', string>> = {};
  let ok = true;
  for (const key of ['register', 'online'] as const) {
    const value = event[key];
    if (typeof value !== 'string' || !value) continue;
    const check = checkUrl(value, ['http:', 'https:']);
    if (!check.ok) error(file, 'invalid-url', say(sourceMessages.issueAt, { where: `'event.${key}'`, problem: check.reason }), { place: place(key) });
    // The sign-up address is the flyer's QR code.
    if (check.ok && (key !== 'register' || checkQrFits(file, check.url, `'event.${key}'`, place(key)))) urls[key] = check.url;
    else ok = false;
  }
  return ok ? urls : undefined;
}

/**
 * Resolves the event of a flyer. Times without an offset are in `zone` (the brand's time zone).
 * Returns undefined after positioned errors when a time is not real or the event ends before it starts.
 */
export function resolveEvent(file: VFile, event: EventSettings, zone: string, source?: YamlSource): EventInfo | undefined {
  const place = (key: string[]) => (source ? placeOf(source, ['event', ...key]) : undefined);
  const starts = parseTime(event.starts, zone);
  const ends = event.ends ? parseTime(event.ends, zone) : undefined;
  let ok = true;
  for (const [key, time] of [['starts', starts], ['ends', ends]] as const) {
    if (time && !time.isValid) {
      error(file, 'front-matter-invalid', say(m.notRealTime, { key, why: whyInvalid(time) }), { place: place([key]) });
      ok = false;
    }
  }
  if (ok && ends && ends <= starts) {
    error(file, 'front-matter-invalid', say(m.endsBeforeStarts), { place: place(['ends']) });
    ok = false;
  }
  const urls = eventUrls(file, event, source);
  if (!ok || !urls) return undefined;
  return {
    starts: starts.toISO()!,
    ends: ends?.toISO() ?? undefined,
    zone: starts.zoneName ?? zone,
    venue: event.venue,
    ...urls,
    contact: event.contact,
    fee: event.fee,
    capacity: event.capacity === undefined ? undefined : String(event.capacity),
  };
}
