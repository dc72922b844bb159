import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.js';
import { DOCUMENT_COLUMNS, sourceRef, type SourceRef } from '../evidence.js';
import type { Page } from './question-list.js';

/** What every vote query selects: the vote, its counts and its source (votes `v`, documents `d`). */
export const VOTE_COLUMNS = [
  'v.id',
  'v.date',
  'v.motion',
  'v.outcome',
  'v.yesCount',
  'v.noCount',
  'v.abstainCount',
  'v.absentCount',
  'v.documentId',
  'v.line',
  'v.passage',
  ...DOCUMENT_COLUMNS,
] as const;

export type VoteCounts = ListedVote['counts'];

export function voteCounts(row: {
  yesCount: number | null;
  noCount: number | null;
  abstainCount: number | null;
  absentCount: number | null;
}): VoteCounts {
  return { yes: row.yesCount, no: row.noCount, abstain: row.abstainCount, absent: row.absentCount };
}

export interface VoteFilter {
  /** votes in which this state cast a ballot */
  state?: string;
  /** with `state`: the votes both cast, absences left out (the evidence of a pair's agreement) */
  with?: string;
  from?: number;
  to?: number;
}

export interface ListedVote {
  id: number;
  date: string | null;
  subject: string | null;
  organizationId: number | null;
  motion: string;
  outcome: string | null;
  counts: { yes: number | null; no: number | null; abstain: number | null; absent: number | null };
  ballots: Record<string, string>;
  source: SourceRef;
}

/** The recorded votes behind a member's record or a pair's agreement, each with its source. */
export async function listVotes(
  db: Kysely<Database>,
  filter: VoteFilter,
  page = 1,
  pageSize = 50,
): Promise<Page<ListedVote>> {
  let base = db.selectFrom('ngoVotes as v');
  // A member's record counts its absences; a pair's agreement counts only the votes both cast, so
  // the pair's list holds exactly those.
  const pair = Boolean(filter.state && filter.with);
  for (const state of [filter.state, filter.with]) {
    if (!state) continue;
    base = base.where((eb) =>
      eb.exists(
        eb
          .selectFrom('ngoBallots as b')
          .select('b.voteId')
          .whereRef('b.voteId', '=', 'v.id')
          .where('b.state', '=', state)
          .$if(pair, (qb) => qb.where('b.vote', '!=', 'absent')),
      ),
    );
  }
  if (filter.from !== undefined) base = base.where('v.year', '>=', filter.from);
  if (filter.to !== undefined) base = base.where('v.year', '<=', filter.to);
  const { total } = await base
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  const rows = await base
    .innerJoin('sourceDocuments as d', 'd.id', 'v.documentId')
    .select([...VOTE_COLUMNS, 'v.subject', 'v.organizationId'])
    .orderBy('v.date', 'desc')
    .orderBy('v.id')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  const ballots = rows.length
    ? await db
        .selectFrom('ngoBallots')
        .select(['voteId', 'state', 'vote'])
        .where(
          'voteId',
          'in',
          rows.map((r) => r.id),
        )
        .execute()
    : [];
  return {
    total: Number(total),
    page,
    pageSize,
    items: rows.map((r) => ({
      id: r.id,
      date: r.date,
      subject: r.subject,
      organizationId: r.organizationId,
      motion: r.motion,
      outcome: r.outcome,
      counts: voteCounts(r),
      ballots: Object.fromEntries(
        ballots.filter((b) => b.voteId === r.id).map((b) => [b.state, b.vote]),
      ),
      source: sourceRef(r, r.passage),
    })),
  };
}
