import { INDICATORS, type Indicator } from '../../domain/gongo.js';

/*
 * The GONGO evidence score: a transparent sum over the indicators on record, out of 100, each
 * part shown with its weight, the points it gives and the evidence behind it (docs/organizations.md).
 * The score helps an editor read the evidence; it never sets a classification (an editor does,
 * with a reason and a source).
 *
 * Weights, and why:
 * - state-funding 30: who pays decides what can be said; full points at a state or party share of
 *   half or more ("mainly state-funded"), proportional below (a 20% share gives 12);
 * - leaders-state-posts 25 and state-founded-or-supervised 25: control of the organisation;
 * - shared-address-or-staff 10: a strong sign, but offices and staff are shared for other reasons;
 * - named-by-investigation 10: a published investigation is a lead, not proof of its own.
 * An indicator counts once however many sources show it (its strongest source for funding).
 */

export const INDICATOR_WEIGHTS: Readonly<Record<Indicator, number>> = {
  'state-funding': 30,
  'leaders-state-posts': 25,
  'state-founded-or-supervised': 25,
  'shared-address-or-staff': 10,
  'named-by-investigation': 10,
};

/** The state or party share of funding that gives the full funding points. */
export const FULL_FUNDING_SHARE = 0.5;

export interface ScoredEvidence {
  id: number;
  indicator: Indicator;
  share: number | null;
}

export interface ScorePart {
  indicator: Indicator;
  weight: number;
  points: number;
  /** the evidence ids behind the part (all sources that show the indicator) */
  evidence: number[];
  /** how the points were reached, in words */
  basis: string;
}

export interface GongoScore {
  total: number;
  max: number;
  parts: ScorePart[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The score of an organisation's evidence on record (retracted evidence left out by the caller). */
export function gongoScore(evidence: readonly ScoredEvidence[]): GongoScore {
  const parts: ScorePart[] = [];
  for (const indicator of INDICATORS) {
    const rows = evidence.filter((e) => e.indicator === indicator);
    const weight = INDICATOR_WEIGHTS[indicator];
    if (rows.length === 0) {
      parts.push({ indicator, weight, points: 0, evidence: [], basis: 'no evidence on record' });
      continue;
    }
    const ids = rows.map((r) => r.id).sort((a, b) => a - b);
    if (indicator === 'state-funding') {
      const share = Math.max(...rows.map((r) => r.share ?? 0));
      const points = round1(weight * Math.min(share / FULL_FUNDING_SHARE, 1));
      parts.push({
        indicator,
        weight,
        points,
        evidence: ids,
        basis: `highest share on record ${round1(share * 100)}% (full points from ${FULL_FUNDING_SHARE * 100}%)`,
      });
    } else
      parts.push({
        indicator,
        weight,
        points: weight,
        evidence: ids,
        basis: `shown by ${ids.length} source${ids.length === 1 ? '' : 's'}`,
      });
  }
  return {
    total: round1(parts.reduce((s, p) => s + p.points, 0)),
    max: Object.values(INDICATOR_WEIGHTS).reduce((s, w) => s + w, 0),
    parts,
  };
}
