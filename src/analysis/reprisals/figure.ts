import type { Appearance, ReprisalCase } from '../../domain/reprisals.js';

/**
 * The shape of every reprisals figure: cells with a count (or "fewer than N"), each with its
 * evidence, the case ids and the report paragraphs behind it (DESIGN §4).
 *
 * Public output never lets a reader single out a person (issue 12): a cell below the threshold
 * (default 3, and above zero) shows "fewer than 3" with neither its number, its share nor its
 * evidence (a list of ids would give the number away). When a breakdown's total is shown and only
 * one of its cells is suppressed, the next smallest cell is suppressed too, since the hidden
 * number would otherwise follow by subtraction.
 */

export const DEFAULT_THRESHOLD = 3;

export interface FigureOptions {
  /** 'public' suppresses small cells; 'internal' (logged-in roles) shows every number */
  audience: 'public' | 'internal';
  threshold?: number;
}

export interface AppearanceRef {
  caseId: string;
  symbol: string;
  annex: Appearance['annex'];
  paragraph: string | null;
  kind: Appearance['kind'];
}

export interface ReprisalEvidence {
  kind: 'reprisal-case';
  caseIds: string[];
  appearances: AppearanceRef[];
}

export type Count =
  { kind: 'count'; count: number; share: number | null } | { kind: 'suppressed'; label: string };

export interface Cell<K> {
  key: K;
  value: Count;
  evidence: ReprisalEvidence | null;
}

export interface Figure<K> {
  cells: Cell<K>[];
  total: Count;
  evidence: ReprisalEvidence | null;
  /** the threshold applied, or null when nothing was suppressed by design (internal audience) */
  threshold: number | null;
}

/** Evidence of a set of cases: their ids and the appearances (restricted to `years` if given). */
export function evidenceOf(
  cases: readonly ReprisalCase[],
  keep: (a: Appearance) => boolean = () => true,
): ReprisalEvidence {
  const caseIds = [...new Set(cases.map((c) => c.caseId))].sort();
  const appearances: AppearanceRef[] = [];
  for (const c of cases)
    for (const a of c.appearances)
      if (keep(a))
        appearances.push({
          caseId: c.caseId,
          symbol: a.symbol,
          annex: a.annex,
          paragraph: a.paragraph,
          kind: a.kind,
        });
  return { kind: 'reprisal-case', caseIds, appearances };
}

export interface RawCell<K> {
  key: K;
  cases: ReprisalCase[];
  keep?: (a: Appearance) => boolean;
}

/**
 * Counts, shares against `denominator`, evidence, then suppression for the public. `denominator`
 * is the number of cases in scope (a case counts once in each cell it falls in, so the shares of a
 * multi-valued breakdown such as acts may add up to more than 100 %).
 */
export function buildFigure<K>(
  raw: RawCell<K>[],
  scope: readonly ReprisalCase[],
  options: FigureOptions,
): Figure<K> {
  const denominator = new Set(scope.map((c) => c.caseId)).size;
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const isPublic = options.audience === 'public';
  const counted = raw.map((r) => ({
    key: r.key,
    count: new Set(r.cases.map((c) => c.caseId)).size,
    evidence: evidenceOf(r.cases, r.keep),
  }));
  const small = (n: number) => isPublic && n > 0 && n < threshold;
  const hidden = new Set(counted.filter((c) => small(c.count)).map((c) => c.key));
  const totalHidden = small(denominator);
  if (isPublic && !totalHidden && hidden.size === 1) {
    // one hidden cell beside a shown total is a subtraction away: hide the next smallest too
    const next = counted
      .filter((c) => !hidden.has(c.key) && c.count > 0)
      .sort((a, b) => a.count - b.count)[0];
    if (next) hidden.add(next.key);
  }
  const suppressed: Count = { kind: 'suppressed', label: `fewer than ${threshold}` };
  const cells: Cell<K>[] = counted.map((c) =>
    hidden.has(c.key)
      ? { key: c.key, value: suppressed, evidence: null }
      : {
          key: c.key,
          value: {
            kind: 'count',
            count: c.count,
            share: denominator > 0 ? c.count / denominator : null,
          },
          evidence: c.evidence,
        },
  );
  return {
    cells,
    total: totalHidden
      ? suppressed
      : { kind: 'count', count: denominator, share: denominator > 0 ? 1 : null },
    evidence: totalHidden ? null : evidenceOf(scope),
    threshold: isPublic ? threshold : null,
  };
}

/** Cases grouped by a key (a case may fall under several keys), in first-seen key order. */
export function groupBy<K extends string | number>(
  cases: readonly ReprisalCase[],
  keysOf: (c: ReprisalCase) => readonly K[],
): Map<K, ReprisalCase[]> {
  const groups = new Map<K, ReprisalCase[]>();
  for (const c of cases)
    for (const k of new Set(keysOf(c))) {
      const list = groups.get(k);
      if (list) list.push(c);
      else groups.set(k, [c]);
    }
  return groups;
}
