import type { RecordItem, VoteValue } from '../../api';

export interface HeatCell {
  yes: number;
  no: number;
  abstain: number;
  absent: number;
  /** the texts counted in the cell */
  textIds: number[];
}

export interface Heatmap {
  /** every year from the first to the last vote, so a gap in the record shows as a gap */
  years: number[];
  /** target states, most voted on first */
  targets: string[];
  cell(target: string, year: number): HeatCell | undefined;
}

/**
 * Pure: a state's votes on country-specific texts as target × year cells. A text about two
 * countries counts in both rows (as the API's byTarget does); texts without a year are left out,
 * and so are amendments, as in the API's totals: a yes to an amendment is no yes to the text.
 */
export function recordHeatmap(items: readonly RecordItem[]): Heatmap {
  const cells = new Map<string, HeatCell>();
  const perTarget = new Map<string, number>();
  let first = Infinity;
  let last = -Infinity;
  for (const item of items) {
    if (item.year === null || item.targets.length === 0 || item.kind === 'amendment') continue;
    first = Math.min(first, item.year);
    last = Math.max(last, item.year);
    for (const target of new Set(item.targets)) {
      const key = `${target}|${item.year}`;
      let c = cells.get(key);
      if (!c) {
        c = { yes: 0, no: 0, abstain: 0, absent: 0, textIds: [] };
        cells.set(key, c);
      }
      c[item.vote as VoteValue]++;
      c.textIds.push(item.textId);
      perTarget.set(target, (perTarget.get(target) ?? 0) + 1);
    }
  }
  const years: number[] = [];
  for (let y = first; y <= last; y++) years.push(y);
  const targets = [...perTarget.entries()]
    .sort(([a, n], [b, m]) => m - n || a.localeCompare(b))
    .map(([t]) => t);
  return { years, targets, cell: (target, year) => cells.get(`${target}|${year}`) };
}

/** Shares of yes, no and abstain among the ballots cast in a cell (absences left out); null if none. */
export function cellShares(c: HeatCell): { yes: number; no: number; abstain: number } | null {
  const cast = c.yes + c.no + c.abstain;
  if (cast === 0) return null;
  return { yes: c.yes / cast, no: c.no / cast, abstain: c.abstain / cast };
}
