import type { Count, Figure } from './reprisals-api';

/**
 * A reprisals figure as rows for its chart and its table. A suppressed cell keeps its label but
 * has no count and no share (null): the page writes "fewer than 3" and draws no bar, so the number
 * cannot be read off the page, nor off the bar's length. A row's cases are the figure's evidence
 * list at the indexes its cell names (the server sends none for a suppressed cell).
 */
export interface FigureRow {
  key: string;
  label: string;
  /** null when suppressed */
  count: number | null;
  share: number | null;
  /** the cases behind the count (none for a suppressed cell) */
  caseIds: string[];
}

export const countOf = (v: Count): number | null => (v.kind === 'count' ? v.count : null);
export const shareOf = (v: Count): number | null => (v.kind === 'count' ? v.share : null);

export function figureRows<K>(
  figure: Figure<K>,
  keyOf: (key: K) => string,
  labelOf: (key: K) => string,
): FigureRow[] {
  const ids = figure.evidence?.caseIds ?? [];
  return figure.cells.map((cell) => ({
    key: keyOf(cell.key),
    label: labelOf(cell.key),
    count: countOf(cell.value),
    share: shareOf(cell.value),
    caseIds: (cell.evidence ?? []).flatMap((i) => (ids[i] === undefined ? [] : [ids[i]])),
  }));
}

/** The largest count shown (the bars' scale); suppressed rows do not set it. */
export function largestCount(rows: readonly FigureRow[]): number {
  return rows.reduce((max, r) => Math.max(max, r.count ?? 0), 0);
}
