import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.js';
import { toCsv } from '../csv.js';
import type { Evidence } from '../evidence.js';

export interface EventRow {
  id: number;
  organizationId: number;
  organization: string;
  action: string;
  session: string | null;
  date: string | null;
  year: number | null;
  /** 'press' or the decision list the row came from; 'deferred-new' marks a first consideration */
  sourceKind: string;
}

export type ApplicationOutcome =
  | 'pending'
  | 'recommended'
  | 'closed'
  | 'withdrawn'
  | 'not-recommended'
  /** a new application followed with no decision recorded on this one */
  | 'lapsed';

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
  status: ApplicationOutcome;
  evidence: Evidence;
}

const FINAL = new Set(['recommended', 'closed', 'withdrawn', 'not-recommended']);
const DAY_MS = 86_400_000;

/** A sortable date; a year-only record is placed mid-year, the middle of what it could mean. */
function when(e: EventRow): string {
  return e.date ?? `${e.year}-07-01`;
}

function shown(e: EventRow): string {
  return e.date ?? String(e.year);
}

function summarize(
  deferrals: EventRow[],
  decision: EventRow | undefined,
  status: ApplicationOutcome,
): DeferralHistory {
  const labelled = new Set(deferrals.flatMap((e) => (e.session ? [e.session] : [])));
  const yearsWithLabel = new Set([...labelled].map((s) => s.slice(4, 8)));
  const unlabelledYears = new Set(
    deferrals.filter((e) => !e.session && !yearsWithLabel.has(String(e.year))).map((e) => e.year),
  );
  const first = deferrals[0]!;
  const last = deferrals[deferrals.length - 1]!;
  const days = (Date.parse(when(last)) - Date.parse(when(first))) / DAY_MS;
  return {
    organizationId: first.organizationId,
    organization: first.organization,
    sessionsDeferred: labelled.size + unlabelledYears.size,
    firstDeferred: shown(first),
    lastDeferred: shown(last),
    yearsPending: Math.round((days / 365.25) * 10) / 10,
    status,
    evidence: {
      kind: 'ngo-event',
      ids: [...deferrals.map((e) => e.id), ...(decision ? [decision.id] : [])],
    },
  };
}

/**
 * Pure: each application's deferral history. An organisation can apply more than once, so its
 * events are cut into applications: a decision (recommended, closed, withdrawn, not recommended)
 * ends one, and a deferral at first consideration (the Committee's list of new applications
 * deferred) starts a new one. A session reported by both a press release and a decision table
 * counts once (same label); a year-only press release counts as a session only when no labelled
 * session of that year already holds a deferral of the application.
 */
export function deferralHistories(events: readonly EventRow[]): DeferralHistory[] {
  const byOrg = new Map<number, EventRow[]>();
  for (const e of events) {
    if (e.date === null && e.year === null) continue;
    const list = byOrg.get(e.organizationId);
    if (list) list.push(e);
    else byOrg.set(e.organizationId, [e]);
  }
  const out: DeferralHistory[] = [];
  for (const list of byOrg.values()) {
    // decisions sort after deferrals of the same day: a session defers, then decides
    list.sort(
      (a, b) =>
        when(a).localeCompare(when(b)) ||
        Number(FINAL.has(a.action)) - Number(FINAL.has(b.action)) ||
        a.id - b.id,
    );
    let open: EventRow[] = [];
    for (const e of list) {
      if (FINAL.has(e.action)) {
        if (open.length) out.push(summarize(open, e, e.action as ApplicationOutcome));
        open = [];
      } else if (e.action === 'deferred') {
        if (
          e.sourceKind === 'deferred-new' &&
          open.length &&
          when(open[open.length - 1]!) < when(e)
        ) {
          out.push(summarize(open, undefined, 'lapsed'));
          open = [];
        }
        open.push(e);
      }
    }
    if (open.length) out.push(summarize(open, undefined, 'pending'));
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
      'e.sourceKind',
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

/** The CSV export of deferral histories, the same from the CLI and the API. */
export function deferralHistoriesCsv(rows: readonly DeferralHistory[]): string {
  return toCsv(
    [
      'organization',
      'sessions_deferred',
      'first_deferred',
      'last_deferred',
      'years_pending',
      'status',
      'event_ids',
    ],
    rows.map((h) => [
      h.organization,
      h.sessionsDeferred,
      h.firstDeferred,
      h.lastDeferred,
      h.yearsPending,
      h.status,
      h.evidence.ids,
    ]),
  );
}
