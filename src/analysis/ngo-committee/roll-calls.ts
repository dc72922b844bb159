import type { Kysely } from 'kysely';
import { stateByCode } from '../../domain/reference/states.js';
import type { Database } from '../../store/schema.js';
import { agreementMatrix, type Ballot, type PairAgreement } from '../common/agreement.js';
import type { Evidence } from '../evidence.js';
import { ballotSide, type Side } from './motions.js';
import { readVotes } from './vote-list.js';

export interface MemberRecord {
  state: string;
  nameEn: string;
  nameZh: string;
  yes: number;
  no: number;
  abstain: number;
  absent: number;
  /** ballots that went for / against the organisation, over votes whose motion is known */
  forOrganization: number;
  againstOrganization: number;
  evidence: Evidence;
}

export interface RollCallSummary {
  votes: number;
  members: MemberRecord[];
  agreement: (PairAgreement & { evidence: Evidence })[];
}

interface BallotRow {
  voteId: number;
  state: string;
  vote: string;
}

/** Pure: each member's votes and how often each pair of members voted alike. */
export function summarizeRollCalls(
  rows: readonly BallotRow[],
  yesMeans: ReadonlyMap<number, Side> = new Map(),
): RollCallSummary {
  const byVote = new Map<number, Map<string, Ballot>>();
  const members = new Map<string, MemberRecord>();
  for (const r of rows) {
    const ballot = r.vote as Ballot;
    let v = byVote.get(r.voteId);
    if (!v) byVote.set(r.voteId, (v = new Map()));
    v.set(r.state, ballot);
    let m = members.get(r.state);
    if (!m) {
      const s = stateByCode(r.state);
      m = {
        state: r.state,
        nameEn: s?.nameEn ?? r.state,
        nameZh: s?.nameZh ?? r.state,
        yes: 0,
        no: 0,
        abstain: 0,
        absent: 0,
        forOrganization: 0,
        againstOrganization: 0,
        evidence: { kind: 'ngo-vote', ids: [] },
      };
      members.set(r.state, m);
    }
    m[ballot]++;
    const side = ballotSide(ballot, yesMeans.get(r.voteId) ?? 'unknown');
    if (side === 'for') m.forOrganization++;
    if (side === 'against') m.againstOrganization++;
    m.evidence.ids.push(r.voteId);
  }
  const voteIdsOf = (a: string, b: string) =>
    [...byVote.entries()]
      .filter(([, v]) => v.has(a) && v.has(b) && v.get(a) !== 'absent' && v.get(b) !== 'absent')
      .map(([id]) => id);
  return {
    votes: byVote.size,
    members: [...members.values()].sort((a, b) => a.state.localeCompare(b.state)),
    agreement: agreementMatrix(byVote)
      .sort((x, y) => y.agreement - x.agreement || x.a.localeCompare(y.a) || x.b.localeCompare(y.b))
      .map((p) => ({ ...p, evidence: { kind: 'ngo-vote' as const, ids: voteIdsOf(p.a, p.b) } })),
  };
}

export async function rollCallSummary(
  db: Kysely<Database>,
  range: { from?: number; to?: number } = {},
): Promise<RollCallSummary> {
  let q = db
    .selectFrom('ngoBallots as b')
    .innerJoin('ngoVotes as v', 'v.id', 'b.voteId')
    .select(['b.voteId', 'b.state', 'b.vote'])
    // a press-release vote linked to a decision-table roll-call is counted there, once
    .where('v.linkedVoteId', 'is', null);
  if (range.from !== undefined) q = q.where('v.year', '>=', range.from);
  if (range.to !== undefined) q = q.where('v.year', '<=', range.to);
  const readings = await readVotes(db);
  return summarizeRollCalls(
    await q.execute(),
    new Map([...readings].map(([id, r]) => [id, r.yesMeans])),
  );
}
