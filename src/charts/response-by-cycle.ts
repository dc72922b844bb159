import type { ChartOption, ChartText } from './option';
import { RESPONSE_COLOURS } from './palette';
import { type ColumnDivider, stackedColumnsOption } from './stacked-columns';

/** The responses in stacking order, accepted at the bottom. */
export const RESPONSE_KEYS = ['supported', 'partially', 'noted', 'rejected', 'pending'] as const;
export type ResponseKey = (typeof RESPONSE_KEYS)[number];

/** One UPR cycle of a state: how it answered, counted in one unit. */
export interface CycleResponses {
  cycle: number;
  /** counts per response */
  counts: Record<ResponseKey, number>;
  /** the unit the counts are in, in the reader's language (shown under the cycle) */
  unitLabel: string;
  /** the noted + rejected rate, formatted (shown above the column) */
  rateLabel: string;
}

export interface ResponseByCycleSpec extends ChartText {
  cycles: readonly CycleResponses[];
  /** response names in the reader's language */
  responseNames: Record<ResponseKey, string>;
  /** "Cycle 3" for 3 */
  cycleName: (cycle: number) => string;
  /** where the unit changes: the line goes before the cycle named */
  unitChanges?: readonly { afterCycle: number; label: string }[];
  valueName: string;
}

/**
 * Stacked columns, one per cycle, with the noted + rejected rate above each and a dashed line
 * where the unit changes. "Pending" is left out when no cycle has any.
 */
export function responseByCycleOption(spec: ResponseByCycleSpec): {
  option: ChartOption;
  height: number;
} {
  const keys = RESPONSE_KEYS.filter(
    (k) => k !== 'pending' || spec.cycles.some((c) => c.counts.pending > 0),
  );
  const dividers: ColumnDivider[] = [];
  for (const ch of spec.unitChanges ?? []) {
    const i = spec.cycles.findIndex((c) => c.cycle === ch.afterCycle);
    if (i > 0) dividers.push({ beforeIndex: i, label: ch.label });
  }
  return stackedColumnsOption({
    ...spec,
    categories: spec.cycles.map((c) => spec.cycleName(c.cycle)),
    categoryNotes: spec.cycles.map((c) => c.unitLabel),
    series: keys.map((k) => ({
      key: k,
      name: spec.responseNames[k],
      colour: RESPONSE_COLOURS[k],
      values: spec.cycles.map((c) => c.counts[k]),
    })),
    topLabels: spec.cycles.map((c) => c.rateLabel),
    dividers,
  });
}
