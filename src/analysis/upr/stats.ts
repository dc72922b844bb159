import type { Kysely } from 'kysely';
import { stateByCode } from '../../domain/reference/states.js';
import type { Database } from '../../store/schema.js';
import type { Evidence } from '../evidence.js';
import { regionOf } from './region.js';
import { loadUprRows, type UprRow } from './rows.js';

/** Which unit the counts are in (docs/upr.md): UN paragraphs, or UPR Info's per-state rows. */
export type UprUnit = 'paragraph' | 'recommending-state';
export type UprSourceChoice = 'official' | 'upr-info';

export interface UprResponseCounts {
  total: number;
  supported: number;
  partially: number;
  noted: number;
  rejected: number;
  /** no response known yet (a report imported without its addendum) */
  pending: number;
  /** (noted + rejected) / recommendations with a response; 0 when none has one */
  notedOrRejectedRate: number;
  /** "not accepted": noted + rejected, kept apart above and added here (docs/upr.md) */
  notAccepted: number;
}

export interface UprCycleStats extends UprResponseCounts {
  cycle: number;
  sur: string;
  unit: UprUnit;
  sourceKind: string;
  evidence: Evidence;
  /** evidence of the noted and rejected ones, the figure a reader checks first */
  notedOrRejectedEvidence: Evidence;
}

export const UNIT_OF_SOURCE: Record<string, UprUnit> = {
  'upr-info-export': 'recommending-state',
  'un-matrix': 'paragraph',
  'wg-report': 'paragraph',
};

/** The unit a source kind counts in; an unknown kind is taken as the UN's (one per paragraph). */
export const unitOfSource = (sourceKind: string): UprUnit =>
  UNIT_OF_SOURCE[sourceKind] ?? 'paragraph';

const ev = (ids: number[]): Evidence => ({ kind: 'upr-recommendation', ids });

export function countResponses(rows: readonly Pick<UprRow, 'response'>[]): UprResponseCounts {
  const c = { total: rows.length, supported: 0, partially: 0, noted: 0, rejected: 0, pending: 0 };
  for (const r of rows) {
    if (r.response === 'supported') c.supported++;
    else if (r.response === 'partially') c.partially++;
    else if (r.response === 'noted') c.noted++;
    else if (r.response === 'rejected') c.rejected++;
    else c.pending++;
  }
  const answered = c.total - c.pending;
  return {
    ...c,
    notedOrRejectedRate: answered === 0 ? 0 : (c.noted + c.rejected) / answered,
    notAccepted: c.noted + c.rejected,
  };
}

/**
 * One unit per state under review and cycle: when both the UN's paragraphs (matrix or report) and
 * UPR Info's per-state rows are stored for the same review, counting both would double it. With
 * no `source`, the UN's paragraphs are preferred and a review stored only by UPR Info counts its
 * rows; an explicit `source` keeps to its unit and leaves out the reviews stored only in the other.
 */
export function pickUnit(rows: readonly UprRow[], source?: UprSourceChoice): UprRow[] {
  const unitOf = (r: UprRow): UprUnit => UNIT_OF_SOURCE[r.sourceKind] ?? 'paragraph';
  if (source !== undefined) {
    const want: UprUnit = source === 'official' ? 'paragraph' : 'recommending-state';
    return rows.filter((r) => unitOf(r) === want);
  }
  const kinds = new Map<string, Set<UprUnit>>();
  for (const r of rows) {
    const k = `${r.sur}|${r.cycle}`;
    let s = kinds.get(k);
    if (!s) kinds.set(k, (s = new Set()));
    s.add(unitOf(r));
  }
  return rows.filter(
    (r) => kinds.get(`${r.sur}|${r.cycle}`)!.size === 1 || unitOf(r) === 'paragraph',
  );
}

/** Pure: counts per response for each cycle of one state under review, oldest cycle first. */
export function statsByCycle(rows: readonly UprRow[]): UprCycleStats[] {
  const byCycle = new Map<number, UprRow[]>();
  for (const r of rows) {
    const list = byCycle.get(r.cycle);
    if (list) list.push(r);
    else byCycle.set(r.cycle, [r]);
  }
  return [...byCycle.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([cycle, list]) => {
      const kinds = [...new Set(list.map((r) => r.sourceKind))].sort();
      return {
        cycle,
        ...countResponses(list),
        sur: list[0]!.sur,
        unit: UNIT_OF_SOURCE[kinds[0]!] ?? 'paragraph',
        sourceKind: kinds.join('+'),
        evidence: ev(list.map((r) => r.id)),
        notedOrRejectedEvidence: ev(
          list.filter((r) => r.response === 'noted' || r.response === 'rejected').map((r) => r.id),
        ),
      };
    });
}

export interface UprStatsQuery {
  sur: string;
  cycle?: number;
  source?: UprSourceChoice;
}

/** `groundpass upr stats`: per cycle, how a state under review answered its recommendations. */
export async function uprStats(db: Kysely<Database>, q: UprStatsQuery): Promise<UprCycleStats[]> {
  const rows = await loadUprRows(db, { sur: q.sur, cycle: q.cycle });
  return statsByCycle(pickUnit(rows, q.source));
}

export interface UprGroupStats extends UprResponseCounts {
  /** a recommending state's code, or a regional group */
  key: string;
  /** what is counted: a key appears once per unit, the two are never added up (docs/upr.md) */
  unit: UprUnit;
  nameEn: string;
  nameZh: string;
  /** share of critical recommendations (tone) among the supported ones */
  criticalAmongSupported: number;
  evidence: Evidence;
}

/**
 * Pure: the same counts per recommending state (`by: 'state'`) or per regional group of the
 * recommending states (`by: 'region'`), most recommendations first. A paragraph made by several
 * states counts once for each of them (and once per group among them). Reviews counted in UN
 * paragraphs and reviews counted in UPR Info rows give a key one line per unit.
 */
export function statsByRecommender(
  rows: readonly UprRow[],
  by: 'state' | 'region',
): UprGroupStats[] {
  const groups = new Map<string, { key: string; unit: UprUnit; list: UprRow[] }>();
  for (const r of rows) {
    const unit = UNIT_OF_SOURCE[r.sourceKind] ?? 'paragraph';
    const keys = new Set(by === 'state' ? r.from : r.from.map(regionOf));
    for (const key of keys) {
      const g = groups.get(`${key}|${unit}`);
      if (g) g.list.push(r);
      else groups.set(`${key}|${unit}`, { key, unit, list: [r] });
    }
  }
  return [...groups.values()]
    .map(({ key, unit, list }) => {
      const state = by === 'state' ? stateByCode(key) : undefined;
      const supported = list.filter(
        (r) => r.response === 'supported' || r.response === 'partially',
      );
      return {
        key,
        unit,
        nameEn: state?.nameEn ?? key,
        nameZh: state?.nameZh ?? REGION_ZH[key] ?? key,
        ...countResponses(list),
        criticalAmongSupported:
          supported.length === 0
            ? 0
            : supported.filter((r) => r.tone === 'critical').length / supported.length,
        evidence: ev(list.map((r) => r.id)),
      };
    })
    .sort(
      (a, b) => b.total - a.total || a.key.localeCompare(b.key) || a.unit.localeCompare(b.unit),
    );
}

const REGION_ZH: Record<string, string> = {
  African: '非洲国家组',
  'Asia-Pacific': '亚太国家组',
  EEG: '东欧国家组',
  GRULAC: '拉丁美洲和加勒比国家组',
  WEOG: '西欧和其他国家组',
  none: '无',
};

export interface CriticalShare {
  /** supported or partially supported recommendations */
  accepted: number;
  /** of those, the ones our tone rules call critical */
  critical: number;
  share: number;
  evidence: Evidence;
}

/** Pure: how many of the accepted recommendations asked for something the state resists. */
export function criticalAmongAccepted(rows: readonly UprRow[]): CriticalShare {
  const accepted = rows.filter((r) => r.response === 'supported' || r.response === 'partially');
  const critical = accepted.filter((r) => r.tone === 'critical');
  return {
    accepted: accepted.length,
    critical: critical.length,
    share: accepted.length === 0 ? 0 : critical.length / accepted.length,
    evidence: ev(critical.map((r) => r.id)),
  };
}
