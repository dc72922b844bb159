import type { Kysely } from 'kysely';
import type { VoteValue } from '../../domain/hrc-votes.js';
import { stateByCode } from '../../domain/reference/states.js';
import type { Database } from '../../store/schema.js';
import { toCsv } from '../csv.js';
import {
  countedTextsCondition,
  DEFAULT_BODY,
  emptyCounts,
  type TextEvidence,
  type VoteCountsWithAbsent,
  type VoteFilter,
} from './vote-table.js';

export interface RecordItem {
  textId: number;
  symbol: string | null;
  title: string;
  date: string | null;
  year: number | null;
  kind: string;
  outcome: string;
  vote: VoteValue;
  /** target states of a country-specific text */
  targets: string[];
  themes: string[];
}

export type CountsWithEvidence = VoteCountsWithAbsent & { evidence: TextEvidence };

export interface VotingRecord {
  state: string;
  nameEn: string;
  nameZh: string;
  body: string;
  from: number | null;
  to: number | null;
  countrySpecific: boolean;
  /** every counted text on which the state cast a ballot (was a member), oldest first */
  items: RecordItem[];
  /** votes on the texts themselves (resolutions, decisions, drafts), amendments left out */
  totals: CountsWithEvidence;
  /**
   * votes on amendments, apart: a yes to an amendment often means the opposite of a yes to the
   * text it amends (a hostile amendment cuts the mandate), so the two are never added up
   */
  amendmentTotals: CountsWithEvidence;
  byTarget: ({ target: string; nameEn: string; nameZh: string } & CountsWithEvidence)[];
  byYear: ({ year: number } & CountsWithEvidence)[];
}

/**
 * A state's votes: on every recorded vote of the body where it cast a ballot (texts voted on while
 * it was not a member are not in its record), with totals by target state and by year. Totals
 * count the texts themselves; votes on amendments are listed in `items` and counted apart.
 */
export async function votingRecord(
  db: Kysely<Database>,
  state: string,
  filter: VoteFilter = {},
): Promise<VotingRecord> {
  const rows = await db
    .selectFrom('hrcVotingTexts as t')
    .innerJoin('hrcBallots as b', 'b.textId', 't.id')
    .select(['t.id', 't.symbol', 't.title', 't.date', 't.year', 't.kind', 't.outcome', 'b.vote'])
    .where('b.state', '=', state)
    .where(countedTextsCondition(filter))
    // nulls last on both dialects (SQLite puts them first, PostgreSQL last)
    .orderBy('t.date', (ob) => ob.asc().nullsLast())
    .orderBy('t.id')
    .execute();
  const ids = rows.map((r) => r.id);
  const [targets, themes] = ids.length
    ? await Promise.all([labelsOf(db, 'hrcTextTargets', ids), labelsOf(db, 'hrcTextThemes', ids)])
    : [new Map<number, string[]>(), new Map<number, string[]>()];

  const items: RecordItem[] = rows.map((r) => ({
    textId: r.id,
    symbol: r.symbol,
    title: r.title,
    date: r.date,
    year: r.year,
    kind: r.kind,
    outcome: r.outcome,
    vote: r.vote as VoteValue,
    targets: targets.get(r.id) ?? [],
    themes: themes.get(r.id) ?? [],
  }));
  const withEvidence = (): CountsWithEvidence => ({
    ...emptyCounts(),
    evidence: { kind: 'hrc-text', ids: [] },
  });
  const totals = withEvidence();
  const amendmentTotals = withEvidence();
  const byTarget = new Map<string, CountsWithEvidence>();
  const byYear = new Map<number, CountsWithEvidence>();
  const add = (c: CountsWithEvidence, item: RecordItem) => {
    c[item.vote]++;
    c.evidence.ids.push(item.textId);
  };
  for (const item of items) {
    if (item.kind === 'amendment') {
      add(amendmentTotals, item);
      continue;
    }
    add(totals, item);
    for (const target of new Set(item.targets)) {
      if (!byTarget.has(target)) byTarget.set(target, withEvidence());
      add(byTarget.get(target)!, item);
    }
    if (item.year !== null) {
      if (!byYear.has(item.year)) byYear.set(item.year, withEvidence());
      add(byYear.get(item.year)!, item);
    }
  }
  const s = stateByCode(state);
  return {
    state,
    nameEn: s?.nameEn ?? state,
    nameZh: s?.nameZh ?? state,
    body: filter.body ?? DEFAULT_BODY,
    from: filter.from ?? null,
    to: filter.to ?? null,
    countrySpecific: filter.countrySpecific === true,
    items,
    totals,
    amendmentTotals,
    byTarget: [...byTarget.entries()]
      .map(([target, c]) => ({
        target,
        nameEn: stateByCode(target)?.nameEn ?? target,
        nameZh: stateByCode(target)?.nameZh ?? target,
        ...c,
      }))
      .sort(
        (a, b) => b.evidence.ids.length - a.evidence.ids.length || a.target.localeCompare(b.target),
      ),
    byYear: [...byYear.entries()]
      .map(([year, c]) => ({ year, ...c }))
      .sort((a, b) => a.year - b.year),
  };
}

async function labelsOf(
  db: Kysely<Database>,
  table: 'hrcTextTargets' | 'hrcTextThemes',
  ids: readonly number[],
): Promise<Map<number, string[]>> {
  const out = new Map<number, string[]>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows =
      table === 'hrcTextTargets'
        ? await db
            .selectFrom('hrcTextTargets')
            .select(['textId', 'state as label'])
            .where('textId', 'in', ids.slice(i, i + 500))
            .execute()
        : await db
            .selectFrom('hrcTextThemes')
            .select(['textId', 'theme as label'])
            .where('textId', 'in', ids.slice(i, i + 500))
            .execute();
    for (const r of rows) {
      const list = out.get(r.textId) ?? [];
      if (!list.includes(r.label)) list.push(r.label);
      out.set(r.textId, list);
    }
  }
  return out;
}

export function votingRecordCsv(record: VotingRecord): string {
  return toCsv(
    ['state', 'text_id', 'symbol', 'date', 'kind', 'outcome', 'vote', 'targets', 'themes', 'title'],
    record.items.map((i) => [
      record.state,
      i.textId,
      i.symbol,
      i.date,
      i.kind,
      i.outcome,
      i.vote,
      i.targets,
      i.themes,
      i.title,
    ]),
  );
}
