import type SqliteDatabase from 'better-sqlite3';
import type { Insertable, Transaction } from 'kysely';
import { ngoSessionOf } from '../../domain/reference/ngo-committee-sessions.js';
import type {
  DecisionRow,
  DecisionTable,
  NameChangeRow,
} from '../../sources/ngo-committee/decision-tables.js';
import { bulkInsert, preparedStatement } from '../bulk-insert.js';
import type { Store } from '../open-store.js';
import { orgKey, type NameSighting, type OrganizationResolver } from '../organizations.js';
import type { Database } from '../schema.js';

export interface TableImportCounts {
  decisions: number;
  /** rows already stored from another of the Committee's lists */
  duplicateDecisions: number;
  duplicateRollCalls: number;
  nameChanges: number;
  mergers: number;
  rollCalls: number;
  ballots: number;
}

/**
 * Roll-call subjects are often an organisation followed by what happened ("Global Network for
 * Rights and Development: The non-governmental organization was recommended…"); the organisation
 * is the part before the colon.
 */
export function subjectOrganization(subject: string): string {
  const colon = subject.indexOf(': ');
  return colon > 0 ? subject.slice(0, colon) : subject;
}

function yearOf(isoDate: string): number | null {
  const y = Number(isoDate.slice(0, 4));
  return Number.isInteger(y) && y > 0 ? y : null;
}

export async function storeDecisionTable(
  trx: Transaction<Database>,
  table: DecisionTable,
  documentId: number,
  resolver: OrganizationResolver,
  store: Pick<Store, 'sqlite'> = { sqlite: null },
): Promise<TableImportCounts> {
  await linkNameChanges(trx, table.nameChanges, documentId, resolver);

  for (const merger of table.mergers) {
    // A merger makes a new organisation: all three names are recorded so later rows resolve, but
    // the old organisations keep their own histories (their deferrals are not the new one's).
    await resolver.resolveAll(
      trx,
      [merger.newName, ...merger.oldNames].map((name) => ({
        name,
        country: null,
        countryCode: null,
        line: merger.locator.line,
      })),
      documentId,
    );
  }

  const orgIds = await resolver.resolveAll(trx, sightingsOf(table), documentId);

  // The Committee's lists overlap (most first-time grants are also in the list of all grants), so
  // one decision about one organisation on one date is stored once, whichever list brought it first.
  const decisions = store.sqlite
    ? insertFreshDecisions(store.sqlite, table.decisions, orgIds, documentId)
    : await insertFreshDecisionsBatched(trx, store, table.decisions, orgIds, documentId);

  // The raw and the filled-down roll-call files hold the same votes: a vote already stored from
  // another document with the same date, subject and recorded outcome is the same vote. Within one
  // document every roll-call is its own (a session can vote twice on one organisation). The votes
  // of other documents on this table's dates are read once, not one query per roll-call.
  const known = await storedRollCalls(trx, store, documentId, [
    ...new Set(table.rollCalls.map((r) => r.sessionDate)),
  ]);
  const stored = table.rollCalls.filter((r) => !known.has(rollCallKey(r)));
  const duplicateRollCalls = table.rollCalls.length - stored.length;
  const voteIds = await insertReturningIds(
    trx,
    store,
    'ngoVotes',
    stored.map((r) => {
      const count = (v: string) => r.ballots.filter((b) => b.vote === v).length;
      return {
        documentId,
        line: r.locator.line,
        passage: `${r.subject} — ${r.outcome ?? 'outcome not recorded'}`,
        session: ngoSessionOf(r.sessionDate),
        date: r.sessionDate,
        year: yearOf(r.sessionDate),
        subject: r.subject,
        organizationId: orgIds.get(orgKey(subjectOrganization(r.subject))) ?? null,
        motion: 'roll-call',
        outcome: r.outcome,
        yesCount: count('yes'),
        noCount: count('no'),
        abstainCount: count('abstain'),
        absentCount: count('absent'),
      };
    }),
  );
  // each vote's ballots after it, as when they were written vote by vote (same ids, same order)
  const ballotRows = stored.flatMap((r, i) =>
    r.ballots.map((b) => ({
      voteId: voteIds[i]!,
      state: b.state,
      stateAsPrinted: b.stateAsPrinted,
      vote: b.vote,
      line: b.locator.line,
    })),
  );
  await bulkInsert(store, trx, 'ngoBallots', ballotRows);
  const ballots = ballotRows.length;
  return {
    decisions: decisions.inserted,
    duplicateDecisions: decisions.resolved - decisions.inserted,
    duplicateRollCalls,
    nameChanges: table.nameChanges.length,
    mergers: table.mergers.length,
    rollCalls: table.rollCalls.length,
    ballots,
  };
}

/** One after the other: a name change may rest on the one before it. */
async function linkNameChanges(
  trx: Transaction<Database>,
  changes: readonly NameChangeRow[],
  documentId: number,
  resolver: OrganizationResolver,
): Promise<void> {
  for (const change of changes)
    await resolver.linkNameChange(
      trx,
      { oldName: change.oldName, newName: change.newName, line: change.locator.line },
      documentId,
    );
}

/** Every organisation the table names: its decisions', then its roll-calls' subjects. */
function sightingsOf(table: DecisionTable): NameSighting[] {
  const out: NameSighting[] = [];
  for (const d of table.decisions)
    out.push({ name: d.organization, country: null, countryCode: null, line: d.locator.line });
  for (const r of table.rollCalls)
    out.push({
      name: subjectOrganization(r.subject),
      country: null,
      countryCode: null,
      line: r.locator.line,
    });
  return out;
}

interface DecisionCounts {
  /** decisions whose organisation resolved (a name with an empty key does not) */
  resolved: number;
  /** of them, stored: the rest were stored already, from this list or another */
  inserted: number;
}

// A decision is stored unless one with its organisation, date and action is (press reports
// aside): the check is the insert's own, so neither the stored decisions nor one key string per
// row pass through JavaScript. Rows come in the table's order, so a repeat within the table finds
// its first copy, as with a set of keys. The check goes through the organisation index (a few
// rows each); the unary + keep SQLite off the (action, date) index, hundreds of rows per date.
const INSERT_FRESH_DECISION = `insert into ngo_events
  (organization_id, document_id, line, passage, name_as_printed, country_as_printed, session,
   date, year, action, status, source_kind)
  select ?, ?, ?, ?, ?, null, ?, ?, ?, ?, ?, ?
  where not exists (select 1 from ngo_events where organization_id = ? and +date = ?
                    and +action = ? and source_kind != 'press')`;

function insertFreshDecisions(
  sqlite: SqliteDatabase.Database,
  decisions: readonly DecisionRow[],
  orgIds: ReadonlyMap<string, number>,
  documentId: number,
): DecisionCounts {
  const statement = preparedStatement(sqlite, INSERT_FRESH_DECISION);
  const values: unknown[] = new Array<unknown>(14);
  let resolved = 0;
  let inserted = 0;
  for (const d of decisions) {
    const organizationId = orgIds.get(orgKey(d.organization));
    if (organizationId === undefined) continue;
    resolved++;
    values[0] = organizationId;
    values[1] = documentId;
    values[2] = d.locator.line;
    values[3] = d.passage;
    values[4] = d.organization;
    values[5] = ngoSessionOf(d.sessionDate);
    values[6] = d.sessionDate;
    values[7] = yearOf(d.sessionDate);
    values[8] = d.action;
    values[9] = d.status;
    values[10] = d.kind;
    values[11] = organizationId;
    values[12] = d.sessionDate;
    values[13] = d.action;
    inserted += statement.run(values).changes;
  }
  return { resolved, inserted };
}

/** As insertFreshDecisions, where the stored decisions are read first (PostgreSQL). */
async function insertFreshDecisionsBatched(
  trx: Transaction<Database>,
  store: Pick<Store, 'sqlite'>,
  decisions: readonly DecisionRow[],
  orgIds: ReadonlyMap<string, number>,
  documentId: number,
): Promise<DecisionCounts> {
  const events = decisions.flatMap((d) => {
    const organizationId = orgIds.get(orgKey(d.organization));
    if (organizationId === undefined) return [];
    return [
      {
        organizationId,
        documentId,
        line: d.locator.line,
        passage: d.passage,
        nameAsPrinted: d.organization,
        countryAsPrinted: null,
        session: ngoSessionOf(d.sessionDate),
        date: d.sessionDate,
        year: yearOf(d.sessionDate),
        action: d.action,
        status: d.status,
        sourceKind: d.kind,
      },
    ];
  });
  const dates = [...new Set(events.map((e) => e.date))];
  const seen = new Set<string>();
  for (const e of await storedDecisions(trx, dates))
    seen.add(`${e.organizationId}|${e.date}|${e.action}`);
  const fresh = events.filter((e) => {
    const key = `${e.organizationId}|${e.date}|${e.action}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  await bulkInsert(store, trx, 'ngoEvents', fresh);
  return { resolved: events.length, inserted: fresh.length };
}

/** The decisions (not press reports) stored on these dates: organisation, date and action. */
async function storedDecisions(
  trx: Transaction<Database>,
  dates: readonly string[],
): Promise<{ organizationId: number; date: string | null; action: string }[]> {
  if (dates.length === 0) return [];
  const out = [];
  for (let i = 0; i < dates.length; i += 200)
    out.push(
      ...(await trx
        .selectFrom('ngoEvents')
        .select(['organizationId', 'date', 'action'])
        .where('sourceKind', '!=', 'press')
        .where('date', 'in', dates.slice(i, i + 200))
        .execute()),
    );
  return out;
}

function rollCallKey(r: { sessionDate: string; subject: string; outcome: string | null }): string {
  return JSON.stringify([r.sessionDate, r.subject, r.outcome]);
}

/** rollCallKey of every roll-call stored from another document on these dates. */
async function storedRollCalls(
  trx: Transaction<Database>,
  store: Pick<Store, 'sqlite'>,
  documentId: number,
  dates: readonly string[],
): Promise<Set<string>> {
  const keys = new Set<string>();
  if (dates.length === 0) return keys;
  for (let i = 0; i < dates.length; i += 200) {
    const rows = await trx
      .selectFrom('ngoVotes')
      .select(['date', 'subject', 'outcome'])
      .where('motion', '=', 'roll-call')
      .where('documentId', '!=', documentId)
      .where('date', 'in', dates.slice(i, i + 200))
      .execute();
    for (const v of rows)
      if (v.date !== null && v.subject !== null)
        keys.add(rollCallKey({ sessionDate: v.date, subject: v.subject, outcome: v.outcome }));
  }
  return keys;
}

/**
 * Inserts rows and returns their ids in row order: on SQLite through one prepared statement
 * (bulkInsert); on PostgreSQL, which does not promise RETURNING in VALUES order and where these
 * rows have no unique column to match them back by, one insert per row.
 */
async function insertReturningIds(
  trx: Transaction<Database>,
  store: Pick<Store, 'sqlite'>,
  table: 'ngoVotes',
  rows: readonly Insertable<Database['ngoVotes']>[],
): Promise<number[]> {
  if (store.sqlite) return bulkInsert(store, trx, table, rows);
  const ids: number[] = [];
  for (const row of rows)
    ids.push(
      (await trx.insertInto(table).values(row).returning('id').executeTakeFirstOrThrow()).id,
    );
  return ids;
}
