import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.js';
import type { Evidence } from '../evidence.js';

export interface EventRow {
  id: number;
  organizationId: number;
  organization: string;
  action: string;
  session: string | null;
  date: string | null;
  year: number | null;
}

export interface DeferralHistory {
  organizationId: number;
  organization: string;
  sessionsDeferred: number;
  /** ISO date, or the year alone when the source gives no date */
  firstDeferred: string;
  lastDeferred: string;
  /** years from the first to the latest deferral */
  yearsPending: number;
  /** 'pending' while no decision came after the latest deferral */
  status: 'pending' | 'recommended' | 'closed' | 'withdrawn' | 'not-recommended';
  evidence: Evidence;
}

const FINAL = new Set(['recommended', 'closed', 'withdrawn', 'not-recommended']);
const DAY_MS = 86_400_000;

/** A sortable date; a year-only record is placed mid-year, the middle of what it could mean. */
function when(e: EventRow): string | null {
  return e.date ?? (e.year !== null ? `${e.year}-07-01` : null);
}

function shown(e: EventRow): string {
  return e.date ?? String(e.year);
}

/**
 * Pure: per organisation, how many sessions its application was deferred and for how long.
 * A session reported by both a press release and a decision table counts once (same label);
 * a year-only press release counts as a session only when no labelled session of that year
 * already holds a deferral of the organisation.
 */
export function deferralHistories(events: readonly EventRow[]): DeferralHistory[] {
  const byOrg = new Map<number, EventRow[]>();
  for (const e of events) {
    if (when(e) === null) continue;
    const list = byOrg.get(e.organizationId);
    if (list) list.push(e);
    else byOrg.set(e.organizationId, [e]);
  }
  const out: DeferralHistory[] = [];
  for (const [organizationId, list] of byOrg) {
    const deferrals = list.filter((e) => e.action === 'deferred');
    if (deferrals.length === 0) continue;
    deferrals.sort((a, b) => when(a)!.localeCompare(when(b)!) || a.id - b.id);
    const labelled = new Set(deferrals.flatMap((e) => (e.session ? [e.session] : [])));
    const yearsWithLabel = new Set([...labelled].map((s) => s.slice(4, 8)));
    const unlabelledYears = new Set(
      deferrals.filter((e) => !e.session && !yearsWithLabel.has(String(e.year))).map((e) => e.year),
    );
    const first = deferrals[0]!;
    const last = deferrals[deferrals.length - 1]!;
    const decision = list
      .filter((e) => FINAL.has(e.action) && when(e)! > when(last)!)
      .sort((a, b) => when(a)!.localeCompare(when(b)!))[0];
    const days = (Date.parse(when(last)!) - Date.parse(when(first)!)) / DAY_MS;
    out.push({
      organizationId,
      organization: first.organization,
      sessionsDeferred: labelled.size + unlabelledYears.size,
      firstDeferred: shown(first),
      lastDeferred: shown(last),
      yearsPending: Math.round((days / 365.25) * 10) / 10,
      status: (decision?.action as DeferralHistory['status'] | undefined) ?? 'pending',
      evidence: {
        kind: 'ngo-event',
        ids: [...deferrals.map((e) => e.id), ...(decision ? [decision.id] : [])],
      },
    });
  }
  return out.sort(
    (a, b) =>
      b.yearsPending - a.yearsPending ||
      b.sessionsDeferred - a.sessionsDeferred ||
      a.organization.localeCompare(b.organization),
  );
}

export async function loadDeferralHistories(db: Kysely<Database>): Promise<DeferralHistory[]> {
  const rows = await db
    .selectFrom('ngoEvents as e')
    .innerJoin('organizations as o', 'o.id', 'e.organizationId')
    .select([
      'e.id',
      'e.organizationId',
      'o.name as organization',
      'e.action',
      'e.session',
      'e.date',
      'e.year',
    ])
    .where('e.action', 'in', ['deferred', ...FINAL])
    .execute();
  return deferralHistories(rows);
}

/** The longest deferral histories, whatever became of the application afterwards. */
export async function longestDeferred(
  db: Kysely<Database>,
  limit: number,
): Promise<DeferralHistory[]> {
  return (await loadDeferralHistories(db)).slice(0, limit);
}

/** Applications still pending (no decision after the latest deferral) for at least `minYears`. */
export async function pendingAtLeast(
  db: Kysely<Database>,
  minYears: number,
): Promise<DeferralHistory[]> {
  return (await loadDeferralHistories(db)).filter(
    (h) => h.status === 'pending' && h.yearsPending >= minYears,
  );
}
