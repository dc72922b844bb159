import type { Kysely } from 'kysely';
import { normalizeOrgName } from '../../sources/ngo-committee/org-names.js';
import type { Database } from '../../store/schema.js';
import { DOCUMENT_COLUMNS, sourceRef, type SourceRef } from '../evidence.js';
import { withPages } from '../source-pages.js';
import { deferralHistories, type DeferralHistory } from './deferrals.js';
import { searchOrganizations, type OrganizationHit } from './question-list.js';
import { eventSource, type EventSource } from './event-list.js';
import { findRepeats } from './repeats.js';
import { readVotes, VOTE_COLUMNS, voteCounts, type VoteReading } from './vote-list.js';

export interface HistoryQuestion {
  id: number;
  state: string;
  text: string;
  topics: { topic: string; ruleId: string; phrase: string }[];
  /** id of an earlier question by the same state to this organisation that this one repeats */
  repeatOf: number | null;
  source: SourceRef;
}

export interface HistoryEvent {
  id: number;
  date: string | null;
  year: number | null;
  session: string | null;
  action: string;
  status: string;
  nameAsPrinted: string;
  questions: HistoryQuestion[];
  /** the file and line, and for a compiled table row the Committee's report of the session */
  source: EventSource;
}

export interface ApplicationHistory {
  organization: {
    id: number;
    name: string;
    country: string | null;
    countryCode: string | null;
    aliases: { name: string; reason: string }[];
  };
  /** the latest application's deferral history (a reclassification request's only when none) */
  summary: DeferralHistory | null;
  /**
   * every request's, oldest first (an organisation can apply again after a decision); each says
   * whether it is an application or a request for reclassification
   */
  applications: DeferralHistory[];
  events: HistoryEvent[];
  votes: (VoteReading & {
    id: number;
    date: string | null;
    motion: string;
    outcome: string | null;
    counts: Record<'yes' | 'no' | 'abstain' | 'absent', number | null>;
    source: SourceRef;
  })[];
  /** near-identical names waiting for a person to say whether they are the same organisation */
  possibleDuplicates: { organizationId: number; name: string; similarity: number }[];
}

/** Finds an organisation by id, exact name, any alias, or normalised name. */
export async function findOrganization(
  db: Kysely<Database>,
  nameOrId: string,
): Promise<number | undefined> {
  if (/^\d+$/.test(nameOrId)) {
    const row = await db
      .selectFrom('organizations')
      .select('id')
      .where('id', '=', Number(nameOrId))
      .executeTakeFirst();
    if (row) return row.id;
  }
  const key = normalizeOrgName(nameOrId);
  const alias = await db
    .selectFrom('organizationAliases')
    .select('organizationId')
    .where('nameKey', '=', key)
    .executeTakeFirst();
  return alias?.organizationId;
}

export type OrganizationMatch =
  | { kind: 'found'; id: number }
  | { kind: 'ambiguous'; candidates: OrganizationHit[] }
  | { kind: 'none' };

/**
 * Resolves what a person typed to one organisation, or says it cannot: an id, or a name printed
 * exactly so (case aside), opens that organisation; a name that matches only after normalising
 * (legal forms, punctuation) opens it only when no other organisation's name contains it too.
 * Otherwise the organisations whose names contain it are the candidates, never a silent pick
 * ("Dalit Solidarity" is both "Dalit Solidarity, Inc." and part of "International Dalit
 * Solidarity Network").
 */
export async function resolveOrganization(
  db: Kysely<Database>,
  query: string,
  limit = 20,
): Promise<OrganizationMatch> {
  const text = query.trim();
  if (/^\d+$/.test(text)) {
    const row = await db
      .selectFrom('organizations')
      .select('id')
      .where('id', '=', Number(text))
      .executeTakeFirst();
    if (row) return { kind: 'found', id: row.id };
  }
  const key = normalizeOrgName(text);
  const keyed = key
    ? await db
        .selectFrom('organizationAliases')
        .select(['organizationId', 'name'])
        .where('nameKey', '=', key)
        .execute()
    : [];
  const exact = [
    ...new Set(
      keyed
        .filter((a) => a.name.trim().toLowerCase() === text.toLowerCase())
        .map((a) => a.organizationId),
    ),
  ];
  if (exact.length === 1) return { kind: 'found', id: exact[0]! };
  const candidates = key ? await searchOrganizations(db, text, limit) : [];
  const keyedIds = new Set(keyed.map((a) => a.organizationId));
  if (keyedIds.size === 1 && candidates.every((c) => keyedIds.has(c.id)))
    return { kind: 'found', id: [...keyedIds][0]! };
  return candidates.length ? { kind: 'ambiguous', candidates } : { kind: 'none' };
}

export async function applicationHistory(
  db: Kysely<Database>,
  organizationId: number,
): Promise<ApplicationHistory | undefined> {
  const org = await db
    .selectFrom('organizations')
    .selectAll()
    .where('id', '=', organizationId)
    .executeTakeFirst();
  if (!org) return undefined;
  const aliases = await db
    .selectFrom('organizationAliases')
    .select(['name', 'reason'])
    .where('organizationId', '=', org.id)
    .orderBy('id')
    .execute();
  const events = await db
    .selectFrom('ngoEvents as e')
    .innerJoin('sourceDocuments as d', 'd.id', 'e.documentId')
    .select([
      'e.id',
      'e.date',
      'e.year',
      'e.session',
      'e.action',
      'e.status',
      'e.nameAsPrinted',
      'e.documentId',
      'e.line',
      'e.passage',
      'e.sourceKind',
      'd.kind as documentKind',
      ...DOCUMENT_COLUMNS,
    ])
    .where('e.organizationId', '=', org.id)
    .execute();
  const questions = await db
    .selectFrom('ngoQuestions as q')
    .innerJoin('sourceDocuments as d', 'd.id', 'q.documentId')
    .select([
      'q.id',
      'q.eventId',
      'q.state',
      'q.text',
      'q.date',
      'q.year',
      'q.documentId',
      'q.line',
      ...DOCUMENT_COLUMNS,
    ])
    .where('q.organizationId', '=', org.id)
    .orderBy('q.id')
    .execute();
  const topics = questions.length
    ? await db
        .selectFrom('ngoQuestionTopics')
        .selectAll()
        .where(
          'questionId',
          'in',
          questions.map((q) => q.id),
        )
        .execute()
    : [];
  const votes = await db
    .selectFrom('ngoVotes as v')
    .innerJoin('sourceDocuments as d', 'd.id', 'v.documentId')
    .select(VOTE_COLUMNS)
    .where('v.organizationId', '=', org.id)
    // a press-release vote that is a table roll-call is shown there, as a second source
    .where('v.linkedVoteId', 'is', null)
    .execute();
  const readings = await readVotes(
    db,
    votes.map((v) => v.id),
  );
  const reviews = await db
    .selectFrom('organizationReviews as r')
    .innerJoin('organizations as o', (j) =>
      j.on((eb) =>
        eb.or([
          eb.and([
            eb('r.organizationId', '=', org.id),
            eb('o.id', '=', eb.ref('r.candidateOrganizationId')),
          ]),
          eb.and([
            eb('r.candidateOrganizationId', '=', org.id),
            eb('o.id', '=', eb.ref('r.organizationId')),
          ]),
        ]),
      ),
    )
    .select(['o.id', 'o.name', 'r.similarity'])
    .where('r.status', '=', 'open')
    .execute();

  const sortKey = (e: { date: string | null; year: number | null }) =>
    e.date ?? `${e.year ?? 0}-07-01`;
  const eventsOrdered = [...events].sort(
    (a, b) => sortKey(a).localeCompare(sortKey(b)) || a.id - b.id,
  );
  const questionsByEvent = new Map<number, HistoryQuestion[]>();
  const eventWhen = new Map(events.map((e) => [e.id, sortKey(e)]));
  const repeats = findRepeats(
    questions.map((q) => ({
      id: q.id,
      state: q.state,
      organizationId: org.id,
      when: eventWhen.get(q.eventId) ?? '',
      text: q.text,
    })),
  );
  const questionsOrdered = [...questions].sort(
    (a, b) =>
      (eventWhen.get(a.eventId) ?? '').localeCompare(eventWhen.get(b.eventId) ?? '') || a.id - b.id,
  );
  for (const q of questionsOrdered) {
    const hq: HistoryQuestion = {
      id: q.id,
      state: q.state,
      text: q.text,
      topics: topics
        .filter((t) => t.questionId === q.id)
        .map((t) => ({ topic: t.topic, ruleId: t.ruleId, phrase: t.phrase })),
      repeatOf: repeats.get(q.id) ?? null,
      source: sourceRef(q, q.text),
    };
    const list = questionsByEvent.get(q.eventId);
    if (list) list.push(hq);
    else questionsByEvent.set(q.eventId, [hq]);
  }
  // An organisation may have applied more than once; the summary is its latest application.
  const applications = deferralHistories(
    events.map((e) => ({
      id: e.id,
      organizationId: org.id,
      organization: org.name,
      action: e.action,
      session: e.session,
      date: e.date,
      year: e.year,
      sourceKind: e.sourceKind,
      status: e.status,
    })),
  ).sort((a, b) => a.firstDeferred.localeCompare(b.firstDeferred));
  // The summary is the latest application for status; a request for reclassification (the
  // organisation already had status) is listed among the histories with its kind, never summed in.
  const summary =
    applications.filter((h) => h.request === 'application').pop() ??
    applications[applications.length - 1] ??
    null;
  return withPages(db, {
    organization: {
      id: org.id,
      name: org.name,
      country: org.country,
      countryCode: org.countryCode,
      aliases,
    },
    summary,
    applications,
    events: eventsOrdered.map((e) => ({
      id: e.id,
      date: e.date,
      year: e.year,
      session: e.session,
      action: e.action,
      status: e.status,
      nameAsPrinted: e.nameAsPrinted,
      questions: questionsByEvent.get(e.id) ?? [],
      source: eventSource(e, e.passage),
    })),
    votes: votes.map((v) => ({
      ...readings.get(v.id)!,
      id: v.id,
      date: v.date,
      motion: v.motion,
      outcome: v.outcome,
      counts: voteCounts(v),
      source: sourceRef(v, v.passage),
    })),
    possibleDuplicates: reviews.map((r) => ({
      organizationId: r.id,
      name: r.name,
      similarity: r.similarity,
    })),
  });
}
