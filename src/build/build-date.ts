// The date written into a PDF, so that the same input always builds the same bytes.
export const fixedEpoch = new Date('2000-01-01T00:00:00Z');

/** `SOURCE_DATE_EPOCH` (seconds) wins, then the leaflet's own date, then a fixed epoch. */
export function buildDate(leafletDate: string | undefined, env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  if (leafletDate) return new Date(`${leafletDate}T00:00:00Z`);
  return fixedEpoch;
}
