import type { Transaction } from 'kysely';
import { ngoSessionOf } from '../../domain/reference/ngo-committee-sessions.js';
import type { DecisionTable } from '../../sources/ngo-committee/decision-tables.js';
import { bulkInsert } from '../bulk-insert.js';
import { insertChunked } from '../documents.js';
import type { Store } from '../open-store.js';
import { orgKey, type OrganizationResolver } from '../organizations.js';
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
  for (const change of table.nameChanges) {
    await resolver.linkNameChange(
      trx,
      { oldName: change.oldName, newName: change.newName, line: change.locator.line },
      documentId,
    );
  }

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

  const orgIds = await resolver.resolveAll(
    trx,
    [
      ...table.decisions.map((d) => ({
        name: d.organization,
        country: null,
        countryCode: null,
        line: d.locator.line,
      })),
      ...table.rollCalls.map((r) => ({
        name: subjectOrganization(r.subject),
        country: null,
        countryCode: null,
        line: r.locator.line,
      })),
    ],
    documentId,
  );

  const events = table.decisions.flatMap((d) => {
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
  // The Committee's lists overlap (most first-time grants are also in the list of all grants), so
  // one decision about one organisation on one date is stored once, whichever list brought it first.
  const dates = [...new Set(events.map((e) => e.date))];
  const seen = new Set<string>();
  for (let i = 0; i < dates.length; i += 200) {
    const existing = await trx
      .selectFrom('ngoEvents')
      .select(['organizationId', 'date', 'action'])
      .where('sourceKind', '!=', 'press')
      .where('date', 'in', dates.slice(i, i + 200))
      .execute();
    for (const e of existing) seen.add(`${e.organizationId}|${e.date}|${e.action}`);
  }
  const fresh = events.filter((e) => {
    const key = `${e.organizationId}|${e.date}|${e.action}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  // thousands of rows: one prepared statement on SQLite (bulkInsert), not compiled multi-row SQL
  await bulkInsert(store, trx, 'ngoEvents', fresh);

  let ballots = 0;
  let duplicateRollCalls = 0;
  for (const r of table.rollCalls) {
    // The raw and the filled-down roll-call files hold the same votes: a vote already stored from
    // another document with the same date, subject and recorded outcome is the same vote. Within one
    // document every roll-call is its own (a session can vote twice on one organisation).
    const known = await trx
      .selectFrom('ngoVotes')
      .select('id')
      .where('motion', '=', 'roll-call')
      .where('documentId', '!=', documentId)
      .where('date', '=', r.sessionDate)
      .where('subject', '=', r.subject)
      .where((eb) =>
        r.outcome === null ? eb('outcome', 'is', null) : eb('outcome', '=', r.outcome),
      )
      .executeTakeFirst();
    if (known) {
      duplicateRollCalls++;
      continue;
    }
    const count = (v: string) => r.ballots.filter((b) => b.vote === v).length;
    const vote = await trx
      .insertInto('ngoVotes')
      .values({
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
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await insertChunked(
      trx,
      'ngoBallots',
      r.ballots.map((b) => ({
        voteId: vote.id,
        state: b.state,
        stateAsPrinted: b.stateAsPrinted,
        vote: b.vote,
        line: b.locator.line,
      })),
    );
    ballots += r.ballots.length;
  }
  return {
    decisions: fresh.length,
    duplicateDecisions: events.length - fresh.length,
    duplicateRollCalls,
    nameChanges: table.nameChanges.length,
    mergers: table.mergers.length,
    rollCalls: table.rollCalls.length,
    ballots,
  };
}
