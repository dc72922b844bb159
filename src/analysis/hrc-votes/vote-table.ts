import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { VotingBody } from '../../domain/hrc-votes.js';
import { PRESS_COUNTED } from '../../store/hrc-votes/link-press.js';
import type { Database } from '../../store/schema.js';
import { BALLOT_CODES, NO_BALLOT, type Ballot } from '../common/agreement.js';
import { cachedPerVersion, type VersionCache } from '../common/version-cache.js';

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

/**
 * The vote table of a filter, read once per data version: alignment for each state, the matrix,
 * cohesion and ideal points all start from it, and it is small (a byte per text and state: the
 * 870,000 UNGA ballots make 1.2 MB). Tables are never changed after they are built.
 */
export async function loadVoteTable(db: Kysely<Database>, filter: VoteFilter): Promise<VoteTable> {
  const key = JSON.stringify([
    filter.body ?? DEFAULT_BODY,
    filter.from ?? null,
    filter.to ?? null,
    filter.countrySpecific === true,
    filter.amendments ?? DEFAULT_AMENDMENTS,
  ]);
  return cachedPerVersion(tableCache, db, key, () => readVoteTable(db, filter));
}

const tableCache = new WeakMap<Kysely<Database>, VersionCache<VoteTable>>();

/**
 * The ballots of the counted texts in one query, read without the query builder's per-row
 * objects (the plugins would rename the keys of each of 870,000 rows): rows come as the driver
 * gives them and go straight into the table's typed array.
 */
async function readVoteTable(db: Kysely<Database>, filter: VoteFilter): Promise<VoteTable> {
  const query = db
    .selectFrom('hrcVotingTexts as t')
    .innerJoin('hrcBallots as b', 'b.textId', 't.id')
    .select([
      // one-word names: the camel-case plugin leaves them as they are when it compiles
      sql<number>`b.text_id`.as('tid'),
      sql<string>`b.state`.as('st'),
      sql<string>`b.vote`.as('v'),
      sql<number | null>`t.year`.as('y'),
    ])
    .where(countedTextsCondition(filter))
    .$if((filter.amendments ?? DEFAULT_AMENDMENTS) === 'exclude', (q) =>
      q.where('t.kind', '<>', 'amendment'),
    )
    .compile();
  const { rows } = await db
    .withoutPlugins()
    .executeQuery<{ tid: number; st: string; v: string; y: number | null }>(query);
  return tableOf(
    rows,
    (r) => r.tid,
    (r) => r.st,
    (r) => r.v,
    (r) => r.y,
  );
}

/** Pure: the dense table from ballot rows (texts in id order, states in code order). */
export function buildVoteTable(
  rows: readonly { textId: number; state: string; vote: string; year: number | null }[],
): VoteTable {
  return tableOf(
    rows,
    (r) => r.textId,
    (r) => r.state,
    (r) => r.vote,
    (r) => r.year,
  );
}

function tableOf<R>(
  rows: readonly R[],
  textOf: (r: R) => number,
  stateOf: (r: R) => string,
  voteOf: (r: R) => string,
  yearOfRow: (r: R) => number | null,
): VoteTable {
  const stateSet = new Set<string>();
  const yearOf = new Map<number, number | null>();
  for (const r of rows) {
    stateSet.add(stateOf(r));
    yearOf.set(textOf(r), yearOfRow(r));
  }
  const states = [...stateSet].sort();
  const textIds = [...yearOf.keys()].sort((a, b) => a - b);
  const stateIndex = new Map(states.map((s, i) => [s, i]));
  const textIndex = new Map(textIds.map((t, i) => [t, i]));
  const codes = new Uint8Array(textIds.length * states.length).fill(NO_BALLOT);
  for (const r of rows) {
    const code = CODE_OF.get(voteOf(r));
    if (code === undefined) continue;
    codes[textIndex.get(textOf(r))! * states.length + stateIndex.get(stateOf(r))!] = code;
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
