import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.js';
import type { VoteValue } from '../../domain/hrc-votes.js';
import { pagesOfLines } from '../../store/document-pages.js';
import { PRESS_COUNTED } from '../../store/hrc-votes/link-press.js';
import { emptyCounts, type TextEvidence, type VoteCountsWithAbsent } from './vote-table.js';

/**
 * Totals as the source prints them. `abstain` is null when the source states none (a press
 * release "by a vote of 30 in favour and 15 against"): unknown, never 0.
 */
export interface OfficialCounts {
  yes: number;
  no: number;
  abstain: number | null;
}

/** official minus another's totals; abstain null when either side does not state it */
export interface CountDifference {
  yes: number;
  no: number;
  abstain: number | null;
}

/** Pure: a − b per column, the abstentions only when both state them. */
export function countDifference(a: OfficialCounts, b: OfficialCounts): CountDifference {
  return {
    yes: a.yes - b.yes,
    no: a.no - b.no,
    abstain: a.abstain === null || b.abstain === null ? null : a.abstain - b.abstain,
  };
}

/** Pure: the columns both state are equal (unknown abstentions are no difference). */
export function countsMatch(a: OfficialCounts, b: OfficialCounts): boolean {
  const d = countDifference(a, b);
  return d.yes === 0 && d.no === 0 && (d.abstain ?? 0) === 0;
}

/** One stored voting text, as lists and pages show it. */
export interface VotingTextSummary {
  id: number;
  sourceKey: string;
  /** 'ohchr' | 'unvotes' | 'press' */
  source: string;
  body: string;
  symbol: string | null;
  title: string;
  date: string | null;
  year: number | null;
  session: string | null;
  kind: string;
  outcome: string;
  recorded: boolean;
  voteTypeRaw: string | null;
  agendaItem: string | null;
  draftSymbol: string | null;
  amendsSymbol: string | null;
  officialCounts: OfficialCounts | null;
  url: string | null;
  linkedTextId: number | null;
  /**
   * a press text: how it was linked ('symbol', 'draft-symbol', 'date-counts',
   * 'date-subject-counts'), or, unlinked, whether figures count it ('counted',
   * 'not-counted:undated', 'not-counted:export-vote-nearby'); null for a file record
   */
  linkedBy: string | null;
  /** whether figures count this text (a recorded vote not standing for another's) */
  counted: boolean;
}

export interface TextSource {
  documentId: number;
  fileName: string;
  title: string | null;
  url: string | null;
  line: number;
  /** the PDF page the line is on, when the text was read from a PDF (a press release); else null */
  page: number | null;
}

export interface ResolutionVotes {
  symbol: string | null;
  title: string;
  date: string | null;
  kind: string;
  /** computed from the ballots stored for this record */
  counts: VoteCountsWithAbsent;
  /** ISO3 → vote */
  votes: Record<string, VoteValue>;
  textId: number;
  body: string;
  outcome: string;
  session: string | null;
  agendaItem: string | null;
  draftSymbol: string | null;
  amendsSymbol: string | null;
  /** the totals the source prints; compare with counts */
  officialCounts: OfficialCounts | null;
  /** yes, no and (when printed) abstain agree; null without totals or ballots */
  countsAgree: boolean | null;
  targets: { state: string; ruleId: string; matched: string }[];
  themes: { theme: string; ruleId: string; matched: string }[];
  sponsors: { name: string; state: string | null }[];
  url: string | null;
  source: TextSource;
  /**
   * other records with the same symbol (a duplicate catalogue entry, a press release's account);
   * a press account linked to this record carries its official counts minus this record's
   */
  others: (VotingTextSummary & {
    countDifference: CountDifference | null;
  })[];
  evidence: TextEvidence;
}

export const TEXT_COLUMNS = [
  't.id',
  't.sourceKey',
  't.source',
  't.body',
  't.symbol',
  't.title',
  't.date',
  't.year',
  't.session',
  't.kind',
  't.outcome',
  't.recorded',
  't.voteTypeRaw',
  't.agendaItem',
  't.draftSymbol',
  't.amendsSymbol',
  't.officialYes',
  't.officialNo',
  't.officialAbstain',
  't.url',
  't.linkedTextId',
  't.linkedBy',
] as const;

export interface TextRow {
  id: number;
  sourceKey: string;
  source: string;
  body: string;
  symbol: string | null;
  title: string;
  date: string | null;
  year: number | null;
  session: string | null;
  kind: string;
  outcome: string;
  recorded: number;
  voteTypeRaw: string | null;
  agendaItem: string | null;
  draftSymbol: string | null;
  amendsSymbol: string | null;
  officialYes: number | null;
  officialNo: number | null;
  officialAbstain: number | null;
  url: string | null;
  linkedTextId: number | null;
  linkedBy: string | null;
}

export function summarizeText(r: TextRow): VotingTextSummary {
  return {
    id: r.id,
    sourceKey: r.sourceKey,
    source: r.source,
    body: r.body,
    symbol: r.symbol,
    title: r.title,
    date: r.date,
    year: r.year,
    session: r.session,
    kind: r.kind,
    outcome: r.outcome,
    recorded: Number(r.recorded) === 1,
    voteTypeRaw: r.voteTypeRaw,
    agendaItem: r.agendaItem,
    draftSymbol: r.draftSymbol,
    amendsSymbol: r.amendsSymbol,
    officialCounts:
      r.officialYes === null && r.officialNo === null && r.officialAbstain === null
        ? null
        : // abstentions the source does not state stay unknown (null), never 0
          { yes: r.officialYes ?? 0, no: r.officialNo ?? 0, abstain: r.officialAbstain },
    url: r.url,
    linkedTextId: r.linkedTextId,
    linkedBy: r.linkedBy,
    counted:
      Number(r.recorded) === 1 &&
      r.linkedTextId === null &&
      (r.source !== 'press' || r.linkedBy === PRESS_COUNTED),
  };
}

/**
 * How each state voted on one text. Given a symbol, several records may carry it (a duplicate
 * catalogue entry, a press release): the file record with a roll-call is chosen, the others are
 * listed in `others`.
 */
export async function resolutionVotes(
  db: Kysely<Database>,
  which: string | { textId: number },
): Promise<ResolutionVotes | undefined> {
  let chosen: TextRow | undefined;
  let others: TextRow[] = [];
  if (typeof which === 'string') {
    const symbol = which.trim();
    const draft = symbol.toUpperCase().replace(/\/REV\.\d+$/, '');
    const rows = await db
      .selectFrom('hrcVotingTexts as t')
      .select(TEXT_COLUMNS)
      .select((eb) =>
        eb
          .selectFrom('hrcBallots as b')
          .select((e) => e.fn.countAll<number>().as('n'))
          .whereRef('b.textId', '=', 't.id')
          .as('ballots'),
      )
      // the case-folded keys (upper(symbol), generated and indexed: migration 008) are looked
      // up, not upper() of every text's symbol
      .where((eb) =>
        eb.or([
          eb('t.symbolKey', '=', symbol.toUpperCase()),
          // a draft's L-symbol finds the text adopted (or rejected) from it
          eb('t.draftSymbolKey', '=', draft),
          // …or from a revision of it: keys starting "<draft>/REV." — a range of the index (the
          // keys compare byte by byte: SQLite's BINARY, PostgreSQL's "C" collation of the column)
          eb.and([
            eb('t.draftSymbolKey', '>=', `${draft}/REV.`),
            eb('t.draftSymbolKey', '<', `${draft}/REV/`),
          ]),
        ]),
      )
      .execute();
    const exact = (r: TextRow) => r.symbol?.toUpperCase() === symbol.toUpperCase();
    const rank = (r: TextRow & { ballots: number | string | null }) =>
      (r.source === 'press' ? 0 : 8) +
      (exact(r) ? 4 : 0) +
      (Number(r.recorded) === 1 ? 2 : 0) +
      (Number(r.ballots) > 0 ? 1 : 0);
    const sorted = [...rows].sort((a, b) => rank(b) - rank(a) || a.id - b.id);
    chosen = sorted[0];
    others = sorted.slice(1);
  } else {
    chosen = await db
      .selectFrom('hrcVotingTexts as t')
      .select(TEXT_COLUMNS)
      .where('t.id', '=', which.textId)
      .executeTakeFirst();
    if (chosen?.symbol)
      others = await db
        .selectFrom('hrcVotingTexts as t')
        .select(TEXT_COLUMNS)
        .where('t.symbol', '=', chosen.symbol)
        .where('t.id', '!=', chosen.id)
        .orderBy('t.id')
        .execute();
  }
  if (!chosen) return undefined;
  // Press accounts linked to this record, even when the release printed no symbol.
  const linked = await db
    .selectFrom('hrcVotingTexts as t')
    .select(TEXT_COLUMNS)
    .where('t.linkedTextId', '=', chosen.id)
    .execute();
  for (const l of linked) if (!others.some((o) => o.id === l.id)) others.push(l);

  const [ballots, targets, themes, sponsors, source] = await Promise.all([
    db
      .selectFrom('hrcBallots')
      .select(['state', 'vote'])
      .where('textId', '=', chosen.id)
      .orderBy('state')
      .execute(),
    db
      .selectFrom('hrcTextTargets')
      .select(['state', 'ruleId', 'matched'])
      .where('textId', '=', chosen.id)
      .execute(),
    db
      .selectFrom('hrcTextThemes')
      .select(['theme', 'ruleId', 'matched'])
      .where('textId', '=', chosen.id)
      .execute(),
    db
      .selectFrom('hrcTextSponsors')
      .select(['name', 'state'])
      .where('textId', '=', chosen.id)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('hrcVotingTexts as t')
      .innerJoin('sourceDocuments as d', 'd.id', 't.documentId')
      .select(['t.documentId', 'd.fileName', 'd.title', 'd.url', 't.line'])
      .where('t.id', '=', chosen.id)
      .executeTakeFirstOrThrow(),
  ]);
  const counts = emptyCounts();
  const votes: Record<string, VoteValue> = {};
  for (const b of ballots) {
    const v = b.vote as VoteValue;
    counts[v]++;
    votes[b.state] = v;
  }
  const summary = summarizeText(chosen);
  const official = summary.officialCounts;
  const page =
    (await pagesOfLines(db, [source])).get(`${source.documentId}:${source.line}`) ?? null;
  return {
    symbol: chosen.symbol,
    title: chosen.title,
    date: chosen.date,
    kind: chosen.kind,
    counts,
    votes,
    textId: chosen.id,
    body: chosen.body,
    outcome: chosen.outcome,
    session: chosen.session,
    agendaItem: chosen.agendaItem,
    draftSymbol: chosen.draftSymbol,
    amendsSymbol: chosen.amendsSymbol,
    officialCounts: official,
    countsAgree: official === null || ballots.length === 0 ? null : countsMatch(official, counts),
    targets,
    themes,
    sponsors,
    url: chosen.url,
    source: {
      documentId: source.documentId,
      fileName: source.fileName,
      title: source.title,
      url: source.url,
      line: source.line,
      page,
    },
    others: others.map((o) => {
      const text = summarizeText(o);
      const theirs = text.officialCounts;
      return {
        ...text,
        countDifference:
          o.linkedTextId === chosen.id && theirs && official
            ? countDifference(theirs, official)
            : null,
      };
    }),
    evidence: { kind: 'hrc-text', ids: [chosen.id] },
  };
}
