// The calendar file of an event flyer: one iCalendar event that partners can add to their calendars.
import ical from 'ical-generator';
import { DateTime } from 'luxon';
import type { Brand } from '../brand/brand-schema.js';
import { localize } from '../brand/localize.js';
import { hostOf } from '../source/urls.js';
import type { Leaflet } from '../model/types.js';

/**
 * An iCalendar text for the leaflet's event, or undefined when it has none. Times are written in UTC, and
 * the time stamp is the build date, so the same input gives the same file.
 */
export function eventCalendar(leaflet: Leaflet, brand: Brand, stamp: Date): string | undefined {
  const { meta } = leaflet;
  const event = meta.event;
  if (!event) return undefined;
  const start = DateTime.fromISO(event.starts, { setZone: true }).toUTC();
  const end = event.ends ? DateTime.fromISO(event.ends, { setZone: true }).toUTC() : start.plus({ hours: 2 });
  const name = localize(brand.full_name, meta.lang);
  const email = brand.contact.find((entry) => entry.kind === 'email')?.value;
  const site = brand.contact.find((entry) => entry.kind === 'website')?.value ?? 'leaflet.invalid';
  const calendar = ical({ name: meta.title, prodId: { company: name, product: 'leaflet', language: meta.lang.toUpperCase() } });
  calendar.createEvent({
    id: `${start.toFormat("yyyyLLdd'T'HHmmss'Z'")}-${Buffer.from(meta.title).toString('hex').slice(0, 32)}@${hostOf(site)}`,
    start: start.toJSDate(),
    end: end.toJSDate(),
    stamp,
    summary: meta.title,
    description: meta.subtitle,
    location: [event.venue.name, event.venue.address].filter(Boolean).join(', '),
    url: event.register ?? event.online,
    organizer: email ? { name, email } : undefined,
  });
  return calendar.toString();
}
