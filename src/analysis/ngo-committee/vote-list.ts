import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.js';
import { DOCUMENT_COLUMNS, sourceRef, type SourceRef } from '../evidence.js';
import { withPages } from '../source-pages.js';
import { ballotSide, describeMotion, type DescribedMotion, type Side } from './motions.js';
import type { Page } from './question-list.js';

/** A vote's motion in words, what a yes meant, and the press releases that report it too. */
export interface VoteReading extends DescribedMotion {
  /** press releases reporting the same roll-call: cited beside it, never counted again */
  alsoReportedBy: (SourceRef & { motion: string; linkedBy: string | null })[];
}

/**
 * Reads the given votes (all when no ids): the motion from the row, else from a press release
 * linked to it (src/store/ngo-committee/link-press-votes.ts).
 */
export async function readVotes(
  db: Kysely<Database>,
  ids?: readonly number[],
): Promise<Map<number, VoteReading>> {
  if (ids && ids.length === 0) return new Map();
  let q = db
    .selectFrom('ngoVotes as v')
    .leftJoin('organizations as o', 'o.id', 'v.organizationId')
    .select(['v.id', 'v.subject', 'v.motion', 'v.outcome', 'o.name as organization'])
    .where('v.linkedVoteId', 'is', null);
  if (ids) q = q.where('v.id', 'in', [...ids]);
  const votes = await q.execute();
  let pq = db
    .selectFrom('ngoVotes as v')
    .innerJoin('sourceDocuments as d', 'd.id', 'v.documentId')
    .select([...VOTE_COLUMNS, 'v.linkedVoteId', 'v.linkedBy'])
    .where('v.linkedVoteId', 'is not', null);
  if (ids) q = q.where('v.id', 'in', [...ids]);
  if (ids) pq = pq.where('v.linkedVoteId', 'in', [...ids]);
  const press = await pq.execute();
  const out = new Map<number, VoteReading>();
  for (const v of votes) {
    const linked = press.filter((p) => p.linkedVoteId === v.id);
    out.set(v.id, {
      ...describeMotion({
        subject: v.subject,
        motion: v.motion,
        outcome: v.outcome,
        organization: v.organization,
        pressMotions: linked.map((p) => p.motion),
      }),
      alsoReportedBy: linked.map((p) => ({
        ...sourceRef(p, p.passage),
        motion: p.motion,
        linkedBy: p.linkedBy,
      })),
    });
  }
  return out;
}

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

export interface ListedVote extends VoteReading {
  id: number;
  date: string | null;
  subject: string | null;
  organizationId: number | null;
  motion: string;
  outcome: string | null;
  counts: { yes: number | null; no: number | null; abstain: number | null; absent: number | null };
  ballots: Record<string, string>;
  /** how each member's ballot went for the organisation ('for' / 'against' / 'unknown') */
  ballotSides: Record<string, Side>;
  source: SourceRef;
}

/** The recorded votes behind a member's record or a pair's agreement, each with its source. */
export async function listVotes(
  db: Kysely<Database>,
  filter: VoteFilter,
  page = 1,
  pageSize = 50,
): Promise<Page<ListedVote>> {
  // a press-release vote linked to a table roll-call is that vote: counted and listed there
  let base = db.selectFrom('ngoVotes as v').where('v.linkedVoteId', 'is', null);
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
  const readings = await readVotes(
    db,
    rows.map((r) => r.id),
  );
  return withPages(db, {
    total: Number(total),
    page,
    pageSize,
    items: rows.map((r) => {
      const reading = readings.get(r.id)!;
      const mine = ballots.filter((b) => b.voteId === r.id);
      return {
        ...reading,
        ballotSides: Object.fromEntries(
          mine.flatMap((b) => {
            const side = ballotSide(b.vote, reading.yesMeans);
            return side ? [[b.state, side]] : [];
          }),
        ),
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
      };
    }),
  });
}
