import { sql, type Kysely } from 'kysely';
import type { Database } from '../../store/schema.js';
import {
  TEXT_COLUMNS,
  countDifference,
  countsMatch,
  summarizeText,
  type CountDifference,
  type OfficialCounts,
  type VotingTextSummary,
} from './resolution.js';
import type { TextEvidence, VoteCountsWithAbsent } from './vote-table.js';

export type DisagreementCause =
  /** the source gives totals but no per-state row at all */
  | 'no-roll-call'
  /**
   * the catalogue's no and abstain totals, exchanged, fit the roll-call (up to states missing from
   * it): the two numbers were entered in each other's place (S-34/1: 33/2/12 voted, 33/12/2 printed)
   */
  | 'no-abstain-swapped'
  /** one column off by exactly 10 or 20, the others equal: a digit slipped in the printed totals or the rows */
  | 'digit-slip'
  /** fewer yes+no+abstain rows than the official totals: states missing from the roll-call */
  | 'missing-rows'
  /** more rows than the totals: states listed that the totals do not count (non-members, repeats) */
  | 'extra-rows'
  /** as many votes as the totals, differently split: the roll-call and the totals disagree */
  | 'different-split'
  /** a press release prints other totals than the file record it is linked to */
  | 'press-differs';

export interface CountDisagreement {
  text: VotingTextSummary;
  /**
   * computed from the ballots; for press-differs, the press release's printed totals (absent 0,
   * abstain null when the release states none)
   */
  computed: Omit<VoteCountsWithAbsent, 'abstain'> & { abstain: number | null };
  /** abstain null: the source states no abstentions (unknown, not 0) */
  official: OfficialCounts;
  /** computed − official, per column; abstain null when the official one is unknown */
  difference: CountDifference;
  cause: DisagreementCause;
  /** for press-differs: the linked record */
  linkedText?: VotingTextSummary;
  evidence: TextEvidence;
}

/** Pure: why computed counts differ from official ones. */
export function disagreementCause(
  computed: VoteCountsWithAbsent,
  official: OfficialCounts,
): DisagreementCause {
  const rows = computed.yes + computed.no + computed.abstain + computed.absent;
  if (rows === 0) return 'no-roll-call';
  // unknown abstentions are compared with nothing: only the columns the source states count
  const d = countDifference(computed, official);
  const diffs = [d.yes, d.no, d.abstain ?? 0];
  if (official.abstain !== null && swapped(computed, { ...official, abstain: official.abstain }))
    return 'no-abstain-swapped';
  const off = diffs.filter((x) => x !== 0);
  if (off.length === 1 && Math.abs(off[0]!) % 10 === 0) return 'digit-slip';
  const known = official.abstain !== null;
  const c = computed.yes + computed.no + (known ? computed.abstain : 0);
  const o = official.yes + official.no + (official.abstain ?? 0);
  if (c < o) return 'missing-rows';
  if (c > o) return 'extra-rows';
  return 'different-split';
}

/**
 * Pure: the catalogue's no and abstain exchanged fit the roll-call column by column, allowing only
 * for states missing from it (each computed column at most the exchanged total), and fit it
 * strictly better than as printed.
 */
function swapped(
  c: VoteCountsWithAbsent,
  o: { yes: number; no: number; abstain: number },
): boolean {
  if (c.no === c.abstain || o.no === o.abstain) return false;
  const fits = c.yes <= o.yes && c.no <= o.abstain && c.abstain <= o.no;
  const asSwapped = Math.abs(c.no - o.abstain) + Math.abs(c.abstain - o.no);
  const asPrinted = Math.abs(c.no - o.no) + Math.abs(c.abstain - o.abstain);
  return fits && asSwapped < asPrinted;
}

/**
 * Every recorded text whose counts computed from its ballots differ from the totals its source
 * prints, with the likely cause; and every press-release vote whose printed totals differ from the
 * file record it is linked to.
 */
export async function countDisagreements(db: Kysely<Database>): Promise<CountDisagreement[]> {
  const rows = await db
    .selectFrom('hrcVotingTexts as t')
    .leftJoin('hrcBallots as b', 'b.textId', 't.id')
    .select(TEXT_COLUMNS)
    .select([
      sql<number>`sum(case when b.vote = 'yes' then 1 else 0 end)`.as('cYes'),
      sql<number>`sum(case when b.vote = 'no' then 1 else 0 end)`.as('cNo'),
      sql<number>`sum(case when b.vote = 'abstain' then 1 else 0 end)`.as('cAbstain'),
      sql<number>`sum(case when b.vote = 'absent' then 1 else 0 end)`.as('cAbsent'),
    ])
    .where('t.recorded', '=', 1)
    .where('t.officialYes', 'is not', null)
    .where('t.source', '!=', 'press')
    .groupBy(TEXT_COLUMNS)
    // nulls last on both dialects (SQLite puts them first, PostgreSQL last)
    .orderBy('t.date', (ob) => ob.asc().nullsLast())
    .orderBy('t.id')
    .execute();
  const out: CountDisagreement[] = [];
  for (const r of rows) {
    const computed = {
      yes: Number(r.cYes),
      no: Number(r.cNo),
      abstain: Number(r.cAbstain),
      absent: Number(r.cAbsent),
    };
    const official: OfficialCounts = {
      yes: r.officialYes ?? 0,
      no: r.officialNo ?? 0,
      abstain: r.officialAbstain,
    };
    if (countsMatch(computed, official)) continue;
    out.push({
      text: summarizeText(r),
      computed,
      official,
      difference: countDifference(computed, official),
      cause: disagreementCause(computed, official),
      evidence: { kind: 'hrc-text', ids: [r.id] },
    });
  }

  const press = await db
    .selectFrom('hrcVotingTexts as t')
    .innerJoin('hrcVotingTexts as o', 'o.id', 't.linkedTextId')
    .select(TEXT_COLUMNS)
    .select(['o.id as oId'])
    .where('t.source', '=', 'press')
    .where('t.officialYes', 'is not', null)
    .execute();
  for (const p of press) {
    const record = await db
      .selectFrom('hrcVotingTexts as t')
      .select(TEXT_COLUMNS)
      .where('t.id', '=', p.oId)
      .executeTakeFirstOrThrow();
    const official: OfficialCounts = {
      yes: record.officialYes ?? 0,
      no: record.officialNo ?? 0,
      abstain: record.officialAbstain,
    };
    // a press release that states no abstentions (null) differs from the record only on yes/no
    const printed: OfficialCounts = {
      yes: p.officialYes ?? 0,
      no: p.officialNo ?? 0,
      abstain: p.officialAbstain,
    };
    if (record.officialYes === null) continue;
    if (countsMatch(printed, official)) continue;
    out.push({
      text: summarizeText(p),
      computed: { ...printed, absent: 0 },
      official,
      difference: countDifference(printed, official),
      cause: 'press-differs',
      linkedText: summarizeText(record),
      evidence: { kind: 'hrc-text', ids: [p.id, record.id] },
    });
  }
  return out;
}
