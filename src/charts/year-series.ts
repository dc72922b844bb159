/** One count: how many (questions, votes) a key (a state) had in a year. */
export interface YearCount {
  year: number;
  key: string;
  value: number;
}

/** A series per top key and one for all others (key null), aligned with `years`. */
export interface YearSeries {
  /** the key, or null for all other keys together */
  key: string | null;
  values: number[];
}

/**
 * Splits per-year counts into the top keys and one "others" series, every year from the first to
 * the last present (a year with nothing shows as an empty column, not a missing one). "Others" is
 * dropped when it is empty rather than shown as an empty legend entry.
 */
export function yearSeries(
  counts: readonly YearCount[],
  topKeys: readonly string[],
): { years: number[]; series: YearSeries[] } {
  if (counts.length === 0) return { years: [], series: [] };
  const present = counts.map((r) => r.year);
  const first = Math.min(...present);
  const last = Math.max(...present);
  const years: number[] = [];
  for (let y = first; y <= last; y++) years.push(y);
  const index = new Map(years.map((y, i) => [y, i]));
  const series: YearSeries[] = [
    ...topKeys.map((key) => ({ key, values: years.map(() => 0) })),
    { key: null, values: years.map(() => 0) },
  ];
  const byKey = new Map(series.map((s) => [s.key, s]));
  for (const r of counts) {
    const s = byKey.get(r.key) ?? byKey.get(null)!;
    s.values[index.get(r.year)!]! += r.value;
  }
  return { years, series: series.filter((s) => s.key !== null || s.values.some((v) => v > 0)) };
}
