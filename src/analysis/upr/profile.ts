import type { Kysely } from 'kysely';
import { stateByCode } from '../../domain/reference/states.js';
import type { Database } from '../../store/schema.js';
import type { Evidence } from '../evidence.js';
import { findRepeatedRecommendations } from './repeats.js';
import { loadUprRows, type UprRow } from './rows.js';
import {
  criticalAmongAccepted,
  pickUnit,
  statsByCycle,
  statsByRecommender,
  type CriticalShare,
  type UprCycleStats,
  type UprGroupStats,
  type UprSourceChoice,
  type UprUnit,
  unitOfSource,
} from './stats.js';

export interface CountWithEvidence {
  value: string;
  count: number;
  evidence: Evidence;
}

export interface UprProfileCycle extends UprCycleStats {
  topRecommendingStates: CountWithEvidence[];
  themes: CountWithEvidence[];
  /** our action category 1 (minimal) … 5 (specific action) */
  actionCategories: CountWithEvidence[];
  tones: CountWithEvidence[];
  criticalAmongAccepted: CriticalShare;
  /** recommendations that adopt the reviewed state's own narrative */
  narrative: { count: number; evidence: Evidence };
  /** recommendations repeated from an earlier cycle (close wording, or saying so) */
  repeated: { count: number; evidence: Evidence };
}

/**
 * The cycles a profile counted in one unit, with their figures across those cycles. A profile has
 * one of these per unit it used; their totals are never added up (docs/upr.md, "Units").
 */
export interface UprProfileUnitPart {
  unit: UprUnit;
  /** the source kinds counted in this unit ('un-matrix', 'wg-report' or 'upr-info-export') */
  sourceKinds: string[];
  cycles: number[];
  total: number;
  evidence: Evidence;
  /** one line per recommending state, all in this unit */
  byRecommendingState: UprGroupStats[];
  byRegion: UprGroupStats[];
}

/** Between two consecutive cycles of the profile, the unit changes: their figures do not compare. */
export interface UprUnitChange {
  beforeCycle: number;
  afterCycle: number;
  from: UprUnit;
  to: UprUnit;
}

/** 'auto': per cycle, UN paragraphs where stored, else UPR Info rows; the others keep to one. */
export type UprUnitRule = 'auto' | UprSourceChoice;

export interface UprProfile {
  sur: string;
  nameEn: string;
  nameZh: string;
  group: string;
  /** how the unit of each cycle was chosen */
  unitRule: UprUnitRule;
  cycles: UprProfileCycle[];
  /** one part per unit counted, the unit of the latest cycle first */
  units: UprProfileUnitPart[];
  unitChanges: UprUnitChange[];
}

const ev = (ids: number[]): Evidence => ({ kind: 'upr-recommendation', ids });

function tally(
  rows: readonly UprRow[],
  keys: (r: UprRow) => Iterable<string>,
): CountWithEvidence[] {
  const m = new Map<string, number[]>();
  for (const r of rows)
    for (const k of new Set(keys(r))) {
      const list = m.get(k);
      if (list) list.push(r.id);
      else m.set(k, [r.id]);
    }
  return [...m.entries()]
    .map(([value, ids]) => ({ value, count: ids.length, evidence: ev(ids) }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/** Pure: a state under review across its cycles, from its rows (one unit per cycle). */
export function buildProfile(
  sur: string,
  rows: readonly UprRow[],
  topStates = 10,
  unitRule: UprUnitRule = 'auto',
): UprProfile {
  const state = stateByCode(sur);
  const repeats = findRepeatedRecommendations(rows);
  const stats = statsByCycle(rows);
  const cycles = stats.map((s) => {
    const list = rows.filter((r) => r.cycle === s.cycle);
    const repeated = list.filter((r) => repeats.has(r.id)).map((r) => r.id);
    const narrative = list.filter((r) => r.narrative).map((r) => r.id);
    return {
      ...s,
      topRecommendingStates: tally(list, (r) => r.from).slice(0, topStates),
      themes: tally(list, (r) => r.themes),
      actionCategories: tally(list, (r) => [String(r.actionCategory)]).sort((a, b) =>
        a.value.localeCompare(b.value),
      ),
      tones: tally(list, (r) => [r.tone]),
      criticalAmongAccepted: criticalAmongAccepted(list),
      narrative: { count: narrative.length, evidence: ev(narrative) },
      repeated: { count: repeated.length, evidence: ev(repeated) },
    };
  });
  const unitChanges: UprUnitChange[] = [];
  for (let i = 1; i < cycles.length; i++) {
    const [a, b] = [cycles[i - 1]!, cycles[i]!];
    if (a.unit !== b.unit)
      unitChanges.push({ beforeCycle: a.cycle, afterCycle: b.cycle, from: a.unit, to: b.unit });
  }
  const unitOrder = [...new Set([...cycles].reverse().map((c) => c.unit))];
  const units = unitOrder.map((unit): UprProfileUnitPart => {
    const list = rows.filter((r) => unitOfSource(r.sourceKind) === unit);
    return {
      unit,
      sourceKinds: [...new Set(list.map((r) => r.sourceKind))].sort(),
      cycles: cycles.filter((c) => c.unit === unit).map((c) => c.cycle),
      total: list.length,
      evidence: ev(list.map((r) => r.id)),
      byRecommendingState: statsByRecommender(list, 'state'),
      byRegion: statsByRecommender(list, 'region'),
    };
  });
  return {
    sur,
    nameEn: state?.nameEn ?? sur,
    nameZh: state?.nameZh ?? sur,
    group: state?.group ?? 'none',
    unitRule,
    cycles,
    units,
    unitChanges,
  };
}

export async function uprProfile(
  db: Kysely<Database>,
  sur: string,
  source?: UprSourceChoice,
): Promise<UprProfile> {
  return buildProfile(sur, pickUnit(await loadUprRows(db, { sur }), source), 10, source ?? 'auto');
}

export interface UprRecommenderQuery {
  sur?: string;
  cycle?: number;
  by: 'state' | 'region';
  source?: UprSourceChoice;
}

/** Counts per response by recommending state or regional group, over one or all reviews. */
export async function uprStatsByRecommender(
  db: Kysely<Database>,
  q: UprRecommenderQuery,
): Promise<UprGroupStats[]> {
  const rows = pickUnit(await loadUprRows(db, { sur: q.sur, cycle: q.cycle }), q.source);
  return statsByRecommender(rows, q.by);
}
