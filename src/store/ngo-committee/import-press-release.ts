import type { Transaction } from 'kysely';
import { ngoSessionOf } from '../../domain/reference/ngo-committee-sessions.js';
import type { NgoPressRelease } from '../../sources/ngo-committee/press-release.js';
import { insertChunked } from '../documents.js';
import { orgKey, type OrganizationResolver } from '../organizations.js';
import type { Database } from '../schema.js';

export interface PressImportCounts {
  applications: number;
  questions: number;
  votes: number;
}

export async function storePressRelease(
  trx: Transaction<Database>,
  release: NgoPressRelease,
  documentId: number,
  resolver: OrganizationResolver,
): Promise<PressImportCounts> {
  const { date, year } = release.meta;
  // the dateline's session; else the one the lead paragraph names
  const session = (date ? ngoSessionOf(date) : null) ?? release.session;
  const orgIds = await resolver.resolveAll(
    trx,
    [
      ...release.applications.map((a) => ({
        name: a.organization,
        country: a.country,
        countryCode: a.countryCode,
        line: a.locator.line,
      })),
      ...release.votes.flatMap((v) =>
        v.subject
          ? [{ name: v.subject, country: null, countryCode: null, line: v.locator.line }]
          : [],
      ),
    ],
    documentId,
  );

  let questions = 0;
  for (const app of release.applications) {
    const organizationId = orgIds.get(orgKey(app.organization));
    if (organizationId === undefined) continue;
    const event = await trx
      .insertInto('ngoEvents')
      .values({
        organizationId,
        documentId,
        line: app.locator.line,
        passage: app.passage,
        nameAsPrinted: app.organization,
        countryAsPrinted: app.country,
        session,
        date,
        year,
        action: app.action,
        status: app.status,
        sourceKind: 'press',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const q of app.questions) {
      const row = await trx
        .insertInto('ngoQuestions')
        .values({
          eventId: event.id,
          organizationId,
          documentId,
          line: q.locator.line,
          state: q.state,
          stateAsPrinted: q.stateAsPrinted,
          text: q.text,
          date,
          year,
          session,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await insertChunked(
        trx,
        'ngoQuestionTopics',
        q.topics.map((t) => ({
          questionId: row.id,
          topic: t.topic,
          ruleId: t.ruleId,
          phrase: t.phrase,
        })),
      );
      questions++;
    }
  }

  for (const v of release.votes) {
    const vote = await trx
      .insertInto('ngoVotes')
      .values({
        documentId,
        line: v.locator.line,
        passage: v.passage,
        session,
        date,
        year,
        subject: v.subject,
        organizationId: v.subject ? (orgIds.get(orgKey(v.subject)) ?? null) : null,
        motion: v.motion,
        outcome: v.outcome,
        yesCount: v.counts.yes,
        noCount: v.counts.no,
        abstainCount: v.counts.abstain,
        absentCount: v.counts.absent,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const ballots = (['yes', 'no', 'abstain', 'absent'] as const).flatMap((value) =>
      v[value].map((state) => ({
        voteId: vote.id,
        state,
        stateAsPrinted: state,
        vote: value,
        line: v.locator.line,
      })),
    );
    await insertChunked(trx, 'ngoBallots', dedupeBallots(ballots));
  }
  return { applications: release.applications.length, questions, votes: release.votes.length };
}

/** A release that names a state twice in one vote is a typo in the source; keep the first. */
function dedupeBallots<T extends { state: string }>(ballots: T[]): T[] {
  const seen = new Set<string>();
  return ballots.filter((b) => (seen.has(b.state) ? false : (seen.add(b.state), true)));
}
