// The date written into a PDF, so that the same input always builds the same bytes.
import { pipelineMessages as m } from '../diagnostics/catalogue/pipeline.js';
import { say, type Said } from '../diagnostics/say.js';

export const fixedEpoch = new Date('2000-01-01T00:00:00Z');

/** The last second that a PDF date can hold: 9999-12-31T23:59:59Z. */
const latestEpoch = 253402300799;

export type EpochCheck = { ok: true; date?: Date } | { ok: false; reason: Said };

/** `SOURCE_DATE_EPOCH`: unset or empty means none; else a whole number of seconds since 1970 up to the year 9999. */
export function checkSourceDateEpoch(value: string | undefined): EpochCheck {
  const epoch = value?.trim();
  if (!epoch) return { ok: true };
  if (/^\d+$/.test(epoch) && Number(epoch) <= latestEpoch) return { ok: true, date: new Date(Number(epoch) * 1000) };
  const shown = epoch.length > 40 ? `${epoch.slice(0, 37)}…` : epoch;
  return { ok: false, reason: say(m.sourceDateEpoch, { latest: latestEpoch, value: shown }) };
}

/** `SOURCE_DATE_EPOCH` (seconds) wins, then the leaflet's own date, then a fixed epoch. */
export function buildDate(leafletDate: string | undefined, env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = checkSourceDateEpoch(env.SOURCE_DATE_EPOCH);
  // The command line refuses a bad value before anything is built; a library caller gets the same words.
  if (!epoch.ok) throw new Error(epoch.reason.en);
  if (epoch.date) return epoch.date;
  if (leafletDate) return new Date(`${leafletDate}T00:00:00Z`);
  return fixedEpoch;
}
