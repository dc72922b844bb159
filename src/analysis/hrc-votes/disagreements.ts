import { sql, type Kysely } from 'kysely';
import type { Database } from '../../store/schema.js';
import { TEXT_COLUMNS, summarizeText, type VotingTextSummary } from './resolution.js';
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
  computed: VoteCountsWithAbsent;
  official: { yes: number; no: number; abstain: number };
  /** computed − official, per column */
  difference: { yes: number; no: number; abstain: number };
  cause: DisagreementCause;
  /** for press-differs: the linked record */
  linkedText?: VotingTextSummary;
  evidence: TextEvidence;
}

/** Pure: why computed counts differ from official ones. */
export function disagreementCause(
  computed: VoteCountsWithAbsent,
  official: { yes: number; no: number; abstain: number },
): DisagreementCause {
  const rows = computed.yes + computed.no + computed.abstain + computed.absent;
  if (rows === 0) return 'no-roll-call';
  const diffs = [
    computed.yes - official.yes,
    computed.no - official.no,
    computed.abstain - official.abstain,
  ];
  if (swapped(computed, official)) return 'no-abstain-swapped';
  const off = diffs.filter((d) => d !== 0);
  if (off.length === 1 && Math.abs(off[0]!) % 10 === 0) return 'digit-slip';
  const c = computed.yes + computed.no + computed.abstain;
  const o = official.yes + official.no + official.abstain;
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
    const official = {
      yes: r.officialYes ?? 0,
      no: r.officialNo ?? 0,
      abstain: r.officialAbstain ?? 0,
    };
    if (
      computed.yes === official.yes &&
      computed.no === official.no &&
      computed.abstain === official.abstain
    )
      continue;
    out.push({
      text: summarizeText(r),
      computed,
      official,
      difference: {
        yes: computed.yes - official.yes,
        no: computed.no - official.no,
        abstain: computed.abstain - official.abstain,
      },
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
    const official = {
      yes: record.officialYes ?? 0,
      no: record.officialNo ?? 0,
      abstain: record.officialAbstain ?? 0,
    };
    const printed = {
      yes: p.officialYes ?? 0,
      no: p.officialNo ?? 0,
      abstain: p.officialAbstain ?? 0,
    };
    if (record.officialYes === null) continue;
    if (
      printed.yes === official.yes &&
      printed.no === official.no &&
      printed.abstain === official.abstain
    )
      continue;
    out.push({
      text: summarizeText(p),
      computed: { ...printed, absent: 0 },
      official,
      difference: {
        yes: printed.yes - official.yes,
        no: printed.no - official.no,
        abstain: printed.abstain - official.abstain,
      },
      cause: 'press-differs',
      linkedText: summarizeText(record),
      evidence: { kind: 'hrc-text', ids: [p.id, record.id] },
    });
  }
  return out;
}
