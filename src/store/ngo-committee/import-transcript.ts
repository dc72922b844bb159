import type { Transaction } from 'kysely';
import { ngoSessionOf } from '../../domain/reference/ngo-committee-sessions.js';
import type { MeetingTranscript } from '../../sources/ngo-committee/transcript.js';
import { labelQuestion } from '../../sources/ngo-committee/topics.js';
import { insertChunked } from '../documents.js';
import { orgKey, type OrganizationResolver } from '../organizations.js';
import type { Database } from '../schema.js';

export interface TranscriptImportCounts {
  turns: number;
  turnsAttributed: number;
  applications: number;
  questions: number;
  /** question-like sentences not given to a State (listed in the import's problems) */
  questionsUnattributed: number;
  /** States' questions put before the meeting named any application: not stored */
  questionsWithoutApplication: number;
}

/** "…, 2026 resumed session" in a title, for copies whose date is unknown. */
function sessionOfTitle(title: string | null): string | null {
  const m = title ? /\b((?:19|20)\d{2})\s+(regular|resumed)\s+session\b/i.exec(title) : null;
  if (m) return `NGO-${m[1]}-${m[2]!.toLowerCase()}`;
  return null;
}

/**
 * Stores a meeting transcript's applications and questions. Each application named becomes an
 * event of kind 'considered' with source kind 'transcript' (no deferral or decision figure counts
 * it: those read decisions only); each State's question is stored with source 'transcript' (or
 * 'webtv-summary') and its moment, so question figures keep it apart from press questions.
 */
export async function storeTranscript(
  trx: Transaction<Database>,
  t: MeetingTranscript,
  documentId: number,
  resolver: OrganizationResolver,
): Promise<TranscriptImportCounts> {
  const { date, year } = t.meta;
  const session = (date ? ngoSessionOf(date) : null) ?? sessionOfTitle(t.meta.title);
  const orgIds = await resolver.resolveAll(
    trx,
    t.applications.map((a) => ({
      name: a.organization,
      country: null,
      countryCode: null,
      line: a.line,
    })),
    documentId,
  );
  const eventOf = new Map<string, number>();
  for (const a of t.applications) {
    const key = orgKey(a.organization);
    const organizationId = orgIds.get(key);
    if (organizationId === undefined || eventOf.has(key)) continue;
    const event = await trx
      .insertInto('ngoEvents')
      .values({
        organizationId,
        documentId,
        line: a.line,
        passage: `considered at the meeting (${t.form === 'webtv-summary' ? 'UN Web TV summary' : 'machine transcript'}, not an official record)`,
        nameAsPrinted: a.organization,
        countryAsPrinted: null,
        session,
        date,
        year,
        action: 'considered',
        status: 'unknown',
        sourceKind: 'transcript',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    eventOf.set(key, event.id);
  }

  let questions = 0;
  let withoutApplication = 0;
  for (const q of t.questions) {
    const key = q.organization === null ? null : orgKey(q.organization);
    const eventId = key === null ? undefined : eventOf.get(key);
    const organizationId = key === null ? undefined : orgIds.get(key);
    if (eventId === undefined || organizationId === undefined) {
      withoutApplication++;
      continue;
    }
    const row = await trx
      .insertInto('ngoQuestions')
      .values({
        eventId,
        organizationId,
        documentId,
        line: q.line,
        state: q.state,
        stateAsPrinted: q.stateAsPrinted,
        text: q.text,
        date,
        year,
        session,
        source: q.origin === 'machine-transcript' ? 'transcript' : 'webtv-summary',
        moment: q.time,
        momentUrl: q.link,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // a summary says who asked, not what: its sentence carries no topic
    if (q.origin === 'machine-transcript')
      await insertChunked(
        trx,
        'ngoQuestionTopics',
        labelQuestion(q.text).map((l) => ({
          questionId: row.id,
          topic: l.topic,
          ruleId: l.ruleId,
          phrase: l.phrase,
        })),
      );
    questions++;
  }
  return {
    turns: t.turns.length,
    turnsAttributed: t.turns.filter((x) => x.speaker.kind !== 'unknown').length,
    applications: eventOf.size,
    questions,
    questionsUnattributed: t.unattributed.length,
    questionsWithoutApplication: withoutApplication,
  };
}
