// The calendar file of an event flyer (`--ics`), read back with ical.js.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { fixtures, tempDir } from '../helpers/build.js';
import { leaflet } from '../helpers/cli.js';

const meetup = path.join(fixtures, 'events', 'meetup.md');

describe('the calendar file', () => {
  it('holds the event with its start and end in UTC', async () => {
    const out = await tempDir();
    expect((await leaflet(['build', meetup, '--ics', '--out', out])).code).toBe(0);
    const ics = await readFile(path.join(out, 'meetup.ics'), 'utf8');
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe('硬皮病病友交流会');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-12T06:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-12-12T09:00:00.000Z');
    expect(event.location).toContain('成都市武侯区社区活动中心');
  });
});
