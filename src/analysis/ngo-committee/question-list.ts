import type { Kysely } from 'kysely';
import { normalizeOrgName } from '../../sources/ngo-committee/org-names.js';
import type { Database } from '../../store/schema.js';
import { escapeLike, likeEscaped } from '../../store/like.js';
import { DOCUMENT_COLUMNS, sourceRef, type SourceRef } from '../evidence.js';
import { withPages } from '../source-pages.js';

export interface QuestionFilter {
  state?: string;
  from?: number;
  to?: number;
  topic?: string;
  organizationId?: number;
  /** press (default), transcript or all: see QuestionSource */
  source?: 'press' | 'transcript' | 'all';
}

export interface ListedQuestion {
  id: number;
  state: string;
  year: number | null;
  organizationId: number;
  organization: string;
  text: string;
  topics: string[];
  source: SourceRef;
}

export interface Page<T> {
  total: number;
  page: number;
  pageSize: number;
  items: T[];
}

/** The questions behind a figure, each with its source: what a reader checks before citing. */
export async function listQuestions(
  db: Kysely<Database>,
  filter: QuestionFilter,
  page = 1,
  pageSize = 50,
): Promise<Page<ListedQuestion>> {
  // The same questions the figures count: a question whose year is unknown is in no figure.
  let base = db.selectFrom('ngoQuestions as q').where('q.year', 'is not', null);
  const source = filter.source ?? 'press';
  if (source !== 'all')
    base = base.where(
      'q.source',
      'in',
      source === 'press' ? ['press'] : ['transcript', 'webtv-summary'],
    );
  if (filter.state) base = base.where('q.state', '=', filter.state);
  if (filter.from !== undefined) base = base.where('q.year', '>=', filter.from);
  if (filter.to !== undefined) base = base.where('q.year', '<=', filter.to);
  if (filter.organizationId !== undefined)
    base = base.where('q.organizationId', '=', filter.organizationId);
  if (filter.topic) {
    const topic = filter.topic;
    base = base.where((eb) =>
      eb.exists(
        eb
          .selectFrom('ngoQuestionTopics as t')
          .select('t.questionId')
          .whereRef('t.questionId', '=', 'q.id')
          .where('t.topic', '=', topic),
      ),
    );
  }
  const { total } = await base
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  const rows = await base
    .innerJoin('sourceDocuments as d', 'd.id', 'q.documentId')
    .innerJoin('organizations as o', 'o.id', 'q.organizationId')
    .select([
      'q.id',
      'q.state',
      'q.year',
      'q.organizationId',
      'o.name as organization',
      'q.text',
      'q.date',
      'q.documentId',
      'q.line',
      ...DOCUMENT_COLUMNS,
    ])
    .orderBy('q.year', 'desc')
    .orderBy('q.id')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  const topics = rows.length
    ? await db
        .selectFrom('ngoQuestionTopics')
        .select(['questionId', 'topic'])
        .where(
          'questionId',
          'in',
          rows.map((r) => r.id),
        )
        .execute()
    : [];
  return withPages(db, {
    total: Number(total),
    page,
    pageSize,
    items: rows.map((r) => ({
      id: r.id,
      state: r.state,
      year: r.year,
      organizationId: r.organizationId,
      organization: r.organization,
      text: r.text,
      topics: topics.filter((t) => t.questionId === r.id).map((t) => t.topic),
      source: sourceRef(r, r.text),
    })),
  });
}

export interface ClosuresByYear {
  year: number;
  closures: number;
  evidence: { kind: 'ngo-event'; ids: number[] };
}

/** Applications closed because the organisation did not answer the Committee's questions in time. */
export async function closuresByYear(db: Kysely<Database>): Promise<ClosuresByYear[]> {
  const rows = await db
    .selectFrom('ngoEvents')
    .select(['id', 'year'])
    .where('action', '=', 'closed')
    .where('year', 'is not', null)
    .orderBy('id')
    .execute();
  const byYear = new Map<number, number[]>();
  for (const r of rows) {
    const ids = byYear.get(r.year!);
    if (ids) ids.push(r.id);
    else byYear.set(r.year!, [r.id]);
  }
  return [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, ids]) => ({ year, closures: ids.length, evidence: { kind: 'ngo-event', ids } }));
}

export interface OrganizationHit {
  id: number;
  name: string;
  country: string | null;
  events: number;
}

export async function searchOrganizations(
  db: Kysely<Database>,
  query: string,
  limit = 20,
): Promise<OrganizationHit[]> {
  // aliases hold normalised keys, so the search ignores case, accents and punctuation too
  const key = normalizeOrgName(query);
  // a query of punctuation alone ("%", "-") normalises to nothing, which would match every name
  if (key === '') return [];
  const like = `%${escapeLike(key)}%`;
  const rows = await db
    .selectFrom('organizations as o')
    .leftJoin('ngoEvents as e', 'e.organizationId', 'o.id')
    .select(['o.id', 'o.name', 'o.country', (eb) => eb.fn.count<number>('e.id').as('events')])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('organizationAliases as a')
          .select('a.id')
          .whereRef('a.organizationId', '=', 'o.id')
          .where((eb) => likeEscaped(eb.ref('a.nameKey'), like)),
      ),
    )
    .groupBy(['o.id', 'o.name', 'o.country'])
    .orderBy('events', 'desc')
    .orderBy('o.name')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ ...r, events: Number(r.events) }));
}
