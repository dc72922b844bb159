import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { VotingBody } from '../../domain/hrc-votes.js';
import { PRESS_COUNTED } from '../../store/hrc-votes/link-press.js';
import type { Database } from '../../store/schema.js';
import { BALLOT_CODES, NO_BALLOT, type Ballot } from '../common/agreement.js';

/** Every figure of this module names the voting texts behind it (ids resolvable via /votes/texts). */
export interface TextEvidence {
  kind: 'hrc-text';
  ids: number[];
}

export interface VoteFilter {
  /** default HRC: the Council */
  body?: VotingBody;
  from?: number;
  to?: number;
  /** only texts with a country target */
  countrySpecific?: boolean;
  /**
   * Agreement-type figures (alignment, matrix, cohesion, ideal points): count the votes on
   * amendments too ('include') or the texts only ('exclude', the default). A yes to a hostile
   * amendment is a vote against what the text would do, so pooling the two mixes opposite
   * meanings (Brazil–India on the Council: 0.75 over the texts, 0.59 with the amendments).
   * A state's record (votingRecord) always lists both and totals them apart.
   */
  amendments?: AmendmentVotes;
}

export type AmendmentVotes = 'exclude' | 'include';
export const AMENDMENT_VOTES: readonly AmendmentVotes[] = ['exclude', 'include'];
export const DEFAULT_AMENDMENTS: AmendmentVotes = 'exclude';

export const DEFAULT_BODY: VotingBody = 'HRC';

/**
 * The texts a figure counts: recorded votes of one body in the years asked. A press-release vote
 * counts only when the import marked it counted (dated, linked to no record, and no export vote
 * of that day or the day before on the same target or subject: see linkPressTexts); a linked one
 * is left out (the record's roll-call stands for it), so no vote counts twice. Written as one SQL
 * condition on the alias `t` so any query over hrc_voting_texts as t can take it.
 */
export function countedTextsCondition(filter: VoteFilter): Expression<SqlBool> {
  const parts = [
    sql`t.body = ${filter.body ?? DEFAULT_BODY}`,
    sql`t.recorded = 1`,
    sql`t.linked_text_id is null`,
    sql`(t.source <> 'press' or t.linked_by = ${PRESS_COUNTED})`,
  ];
  if (filter.from !== undefined) parts.push(sql`t.year >= ${filter.from}`);
  if (filter.to !== undefined) parts.push(sql`t.year <= ${filter.to}`);
  if (filter.countrySpecific)
    parts.push(sql`exists (select 1 from hrc_text_targets tt where tt.text_id = t.id)`);
  return sql<SqlBool>`(${sql.join(parts, sql` and `)})`;
}

/** A dense table of the ballots on counted texts: one row per text, one column per state. */
export interface VoteTable {
  states: string[];
  textIds: number[];
  years: (number | null)[];
  /** BALLOT_CODES index per (text, state), NO_BALLOT when the state cast none */
  codes: Uint8Array;
}

const CODE_OF = new Map<string, number>(BALLOT_CODES.map((b, i) => [b, i]));

export async function loadVoteTable(db: Kysely<Database>, filter: VoteFilter): Promise<VoteTable> {
  const rows = await db
    .selectFrom('hrcVotingTexts as t')
    .innerJoin('hrcBallots as b', 'b.textId', 't.id')
    .select(['b.textId', 'b.state', 'b.vote', 't.year'])
    .where(countedTextsCondition(filter))
    .$if((filter.amendments ?? DEFAULT_AMENDMENTS) === 'exclude', (q) =>
      q.where('t.kind', '<>', 'amendment'),
    )
    .execute();
  return buildVoteTable(rows);
}

/** Pure: the dense table from ballot rows (texts in id order, states in code order). */
export function buildVoteTable(
  rows: readonly { textId: number; state: string; vote: string; year: number | null }[],
): VoteTable {
  const stateSet = new Set<string>();
  const yearOf = new Map<number, number | null>();
  for (const r of rows) {
    stateSet.add(r.state);
    yearOf.set(r.textId, r.year);
  }
  const states = [...stateSet].sort();
  const textIds = [...yearOf.keys()].sort((a, b) => a - b);
  const stateIndex = new Map(states.map((s, i) => [s, i]));
  const textIndex = new Map(textIds.map((t, i) => [t, i]));
  const codes = new Uint8Array(textIds.length * states.length).fill(NO_BALLOT);
  for (const r of rows) {
    const code = CODE_OF.get(r.vote);
    if (code === undefined) continue;
    codes[textIndex.get(r.textId)! * states.length + stateIndex.get(r.state)!] = code;
  }
  return { states, textIds, years: textIds.map((t) => yearOf.get(t) ?? null), codes };
}

export function ballotAt(table: VoteTable, text: number, state: number): Ballot | null {
  const c = table.codes[text * table.states.length + state]!;
  return c === NO_BALLOT ? null : BALLOT_CODES[c]!;
}

export interface VoteCountsWithAbsent {
  yes: number;
  no: number;
  abstain: number;
  absent: number;
}

export function emptyCounts(): VoteCountsWithAbsent {
  return { yes: 0, no: 0, abstain: 0, absent: 0 };
}

/** Pure: the rows of a table whose text passes `keep` (same states). */
export function sliceTable(table: VoteTable, keep: (textIndex: number) => boolean): VoteTable {
  const n = table.states.length;
  const rows = table.textIds.map((_, t) => t).filter(keep);
  const codes = new Uint8Array(rows.length * n);
  rows.forEach((t, r) => codes.set(table.codes.subarray(t * n, (t + 1) * n), r * n));
  return {
    states: table.states,
    textIds: rows.map((t) => table.textIds[t]!),
    years: rows.map((t) => table.years[t]!),
    codes,
  };
}
