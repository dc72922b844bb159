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
  /** status sought ('reclassification' for a request to change an existing status) */
  status: string;
}

/**
 * What a history is about. A request for reclassification comes from an organisation that already
 * has status, so it is not a new application and is never joined to one (docs/ngo-committee.md).
 */
export type RequestKind = 'application' | 'reclassification';

export function requestKindOf(e: Pick<EventRow, 'sourceKind' | 'status'>): RequestKind {
  return e.sourceKind === 'deferred-reclassification' || e.status === 'reclassification'
    ? 'reclassification'
    : 'application';
}

export type ApplicationOutcome =
  | 'pending'
  | 'recommended'
  | 'closed'
  | 'withdrawn'
  | 'not-recommended'
  /**
   * a new application, or a request for reclassification (which presupposes status), followed
   * with no decision recorded on this one
   */
  | 'lapsed';

export interface DeferralHistory {
  organizationId: number;
  organization: string;
  /** an application for status, or a request to reclassify a status the organisation has */
  request: RequestKind;
  sessionsDeferred: number;
  /** ISO date, or the year alone when the source gives no date */
  firstDeferred: string;
  lastDeferred: string;
  /** days from the first to the latest deferral (year-only records at 1 July) */
  daysPending: number;
  /** daysPending / 365.25, unrounded: what thresholds compare */
  yearsPendingExact: number;
  /** yearsPendingExact to one decimal, for display only (7.98 shows as 8.0 and is under 8) */
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
  request: RequestKind,
): DeferralHistory {
  const labelled = new Set(deferrals.flatMap((e) => (e.session ? [e.session] : [])));
  const yearsWithLabel = new Set([...labelled].map((s) => s.slice(4, 8)));
  const unlabelledYears = new Set(
    deferrals.filter((e) => !e.session && !yearsWithLabel.has(String(e.year))).map((e) => e.year),
  );
  const first = deferrals[0]!;
  const last = deferrals[deferrals.length - 1]!;
  const days = Math.round((Date.parse(when(last)) - Date.parse(when(first))) / DAY_MS);
  const exact = days / 365.25;
  return {
    organizationId: first.organizationId,
    organization: first.organization,
    request,
    sessionsDeferred: labelled.size + unlabelledYears.size,
    firstDeferred: shown(first),
    lastDeferred: shown(last),
    daysPending: days,
    yearsPendingExact: exact,
    yearsPending: Math.round(exact * 10) / 10,
    status,
    evidence: {
      kind: 'ngo-event',
      ids: [...deferrals.map((e) => e.id), ...(decision ? [decision.id] : [])],
    },
  };
}

/** One kind of request's events of one organisation, in time order, cut into histories. */
function historiesOf(
  list: readonly EventRow[],
  request: RequestKind,
): { history: DeferralHistory; status: ApplicationOutcome; lastWhen: string }[] {
  const out: { history: DeferralHistory; status: ApplicationOutcome; lastWhen: string }[] = [];
  const push = (open: EventRow[], decision: EventRow | undefined, status: ApplicationOutcome) =>
    out.push({
      history: summarize(open, decision, status, request),
      status,
      lastWhen: when(open[open.length - 1]!),
    });
  let open: EventRow[] = [];
  for (const e of list) {
    if (FINAL.has(e.action)) {
      if (open.length) push(open, e, e.action as ApplicationOutcome);
      open = [];
    } else if (e.action === 'deferred') {
      if (
        e.sourceKind === 'deferred-new' &&
        open.length &&
        when(open[open.length - 1]!) < when(e)
      ) {
        push(open, undefined, 'lapsed');
        open = [];
      }
      open.push(e);
    }
  }
  if (open.length) push(open, undefined, 'pending');
  return out;
}

/**
 * Pure: each request's deferral history. Applications for status and requests for reclassification
 * are kept apart (a decision on one does not end the other). An organisation can apply more than
 * once, so its events are cut into applications: a decision (recommended, closed, withdrawn, not recommended)
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
  for (const all of byOrg.values()) {
    // decisions sort after deferrals of the same day: a session defers, then decides
    all.sort(
      (a, b) =>
        when(a).localeCompare(when(b)) ||
        Number(FINAL.has(a.action)) - Number(FINAL.has(b.action)) ||
        a.id - b.id,
    );
    const reclassifications = historiesOf(
      all.filter((e) => requestKindOf(e) === 'reclassification'),
      'reclassification',
    );
    const applications = historiesOf(
      all.filter((e) => requestKindOf(e) === 'application'),
      'application',
    );
    // A request for reclassification is made by an organisation that has status: an application
    // still open when such a request follows was decided, though the tables do not record it.
    const firstRequest = all.find(
      (e) => requestKindOf(e) === 'reclassification' && e.action === 'deferred',
    );
    for (const h of applications) {
      if (h.status === 'pending' && firstRequest && h.lastWhen < when(firstRequest))
        h.history.status = 'lapsed';
    }
    out.push(...applications.map((h) => h.history), ...reclassifications.map((h) => h.history));
  }
  return out.sort(
    (a, b) =>
      b.daysPending - a.daysPending ||
      b.sessionsDeferred - a.sessionsDeferred ||
      a.organization.localeCompare(b.organization),
  );
}

/**
 * The histories from the stored events; with `asOf`, as they stood at the end of that year (events
 * of later years left out), so a past year's report sees what was pending then.
 */
export async function loadDeferralHistories(
  db: Kysely<Database>,
  asOf?: number,
): Promise<DeferralHistory[]> {
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
      'e.status',
    ])
    .where('e.action', 'in', ['deferred', ...FINAL])
    .$if(asOf !== undefined, (q) => q.where('e.year', '<=', asOf!))
    .execute();
  return deferralHistories(rows);
}

/**
 * Whether a history spans at least `minYears`: the exact span is compared, never the rounded one
 * (7.98 years shows as 8.0 but is not 8+).
 */
export function meetsYears(h: Pick<DeferralHistory, 'daysPending'>, minYears: number): boolean {
  return h.daysPending / 365.25 >= minYears;
}

/** Which kind of request a list holds: one kind at a time, applications unless asked. */
export type RequestFilter = RequestKind | 'all';

function ofKind(rows: DeferralHistory[], request: RequestFilter): DeferralHistory[] {
  return request === 'all' ? rows : rows.filter((h) => h.request === request);
}

/** The longest deferral histories, whatever became of the request afterwards. */
export async function longestDeferred(
  db: Kysely<Database>,
  limit: number,
  request: RequestFilter = 'application',
): Promise<DeferralHistory[]> {
  return ofKind(await loadDeferralHistories(db), request).slice(0, limit);
}

/** Requests still pending (no decision after the latest deferral) for at least `minYears`. */
export async function pendingAtLeast(
  db: Kysely<Database>,
  minYears: number,
  request: RequestFilter = 'application',
  asOf?: number,
): Promise<DeferralHistory[]> {
  return ofKind(await loadDeferralHistories(db, asOf), request).filter(
    (h) => h.status === 'pending' && meetsYears(h, minYears),
  );
}

/** The CSV export of deferral histories, the same from the CLI and the API. */
export function deferralHistoriesCsv(rows: readonly DeferralHistory[]): string {
  return toCsv(
    [
      'organization',
      'request',
      'sessions_deferred',
      'first_deferred',
      'last_deferred',
      'years_pending',
      'days_pending',
      'status',
      'event_ids',
    ],
    rows.map((h) => [
      h.organization,
      h.request,
      h.sessionsDeferred,
      h.firstDeferred,
      h.lastDeferred,
      h.yearsPending,
      h.daysPending,
      h.status,
      h.evidence.ids,
    ]),
  );
}
