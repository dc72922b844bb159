/**
 * The Committee meets twice a year: a regular session (January–February) and a resumed session
 * (May–June). In 2021 and 2022 the pandemic pushed the regular session to May–June and the resumed
 * one to August–September, and in 2000, 2003 and 2008 reports were also adopted in July–October.
 * A session label groups a press release's meeting date and a decision table's report date into
 * the same session, so one deferral reported by both counts once.
 */
const LATE_YEARS = new Set([2021, 2022]);

export function ngoSessionOf(isoDate: string): string | null {
  const m = /^(\d{4})-(\d{2})/.exec(isoDate);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const resumedFrom = LATE_YEARS.has(year) ? 8 : 4;
  return `NGO-${year}-${month >= resumedFrom ? 'resumed' : 'regular'}`;
}

/** Ordering key of a session label: regular before resumed within a year. */
export function ngoSessionOrder(label: string): number {
  const m = /^NGO-(\d{4})-(regular|resumed)$/.exec(label);
  if (!m) return Number.NaN;
  return Number(m[1]) * 2 + (m[2] === 'resumed' ? 1 : 0);
}
