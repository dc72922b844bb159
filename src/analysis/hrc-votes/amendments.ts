import type { Kysely } from 'kysely';
import type { VoteValue } from '../../domain/hrc-votes.js';
import { stateByCode } from '../../domain/reference/states.js';
import type { Database } from '../../store/schema.js';
import { toCsv } from '../csv.js';
import { TEXT_COLUMNS, summarizeText, type TextRow, type VotingTextSummary } from './resolution.js';
import {
  countedTextsCondition,
  emptyCounts,
  type TextEvidence,
  type VoteCountsWithAbsent,
  type VoteFilter,
} from './vote-table.js';

export type HostileBasis =
  'draft-sponsors-opposed' | 'text-supporters-opposed' | 'rejected-then-text-adopted' | 'unknown';

export interface AmendmentRow {
  amendment: VotingTextSummary;
  /** who proposed the amendment, as printed, with the state where the name resolves */
  sponsors: { name: string; state: string | null }[];
  counts: VoteCountsWithAbsent;
  votedYes: string[];
  votedNo: string[];
  abstained: string[];
  /** the text the amendment would have changed: the record adopted (or rejected) from that draft */
  amends: { symbol: string; text: VotingTextSummary | null };
  /**
   * true when those who stood behind the text opposed the amendment: (1) the amended text's main
   * sponsors voted more no than yes on it; or, when no sponsor voted yes or no, (2) the states
   * that voted yes on the final text voted more no than yes on it; or, when neither can be told,
   * (3) the Council rejected the amendment by a recorded vote and then adopted the text without
   * it (with or without a vote): the amendment was pressed against the text's backers and lost.
   * null when none applies (see judgeHostility).
   */
  hostile: boolean | null;
  basis: HostileBasis;
  /** the states the rule looked at and how they split on the amendment */
  basisVotes: { yes: number; no: number; abstain: number };
  themes: string[];
  evidence: TextEvidence;
}

export interface SupporterRow {
  state: string;
  nameEn: string;
  nameZh: string;
  /** votes on the hostile amendments in the list */
  yes: number;
  no: number;
  abstain: number;
  absent: number;
  /** hostile amendments it sponsored */
  sponsored: number;
  evidence: TextEvidence;
}

export interface HostileAmendments {
  amendments: AmendmentRow[];
  /** who backs the hostile amendments, most yes votes first */
  supporters: SupporterRow[];
}

/** L-symbols compare without a revision ("A/HRC/36/L.26/Rev.1" and "A/HRC/36/L.26" are one draft). */
export function draftKey(symbol: string): string {
  return symbol
    .toUpperCase()
    .replace(/\/REV\.\d+$/, '')
    .trim();
}

/**
 * Recorded amendments with the text they would amend, who sponsored and who voted for them, and
 * whether they were hostile (see AmendmentRow.hostile). `theme` keeps amendments whose own or
 * amended text carries the theme label.
 */
export async function hostileAmendments(
  db: Kysely<Database>,
  options: VoteFilter & { theme?: string; hostileOnly?: boolean } = {},
): Promise<HostileAmendments> {
  const amendments = await db
    .selectFrom('hrcVotingTexts as t')
    .select(TEXT_COLUMNS)
    .where('t.kind', '=', 'amendment')
    .where(countedTextsCondition(options))
    // nulls last on both dialects (SQLite puts them first, PostgreSQL last)
    .orderBy('t.date', (ob) => ob.asc().nullsLast())
    .orderBy('t.symbol')
    .orderBy('t.id')
    .execute();
  const targetsWanted = [
    ...new Set(amendments.map((a) => a.amendsSymbol).filter((s): s is string => !!s)),
  ];
  const amended = new Map<string, TextRow>();
  if (targetsWanted.length) {
    const sessions = [...new Set(amendments.map((a) => a.session).filter((s): s is string => !!s))];
    // Candidates: non-amendment texts of the same sessions (symbols are compared after folding).
    let q = db
      .selectFrom('hrcVotingTexts as t')
      .select(TEXT_COLUMNS)
      .where('t.kind', '!=', 'amendment')
      .where('t.linkedTextId', 'is', null);
    if (sessions.length) q = q.where('t.session', 'in', sessions);
    const wanted = new Set(targetsWanted.map(draftKey));
    const rank = (r: TextRow) =>
      (r.kind === 'resolution' || r.kind === 'decision' ? 2 : 0) + Number(r.recorded);
    for (const r of await q.execute()) {
      for (const s of [r.draftSymbol, r.symbol]) {
        if (!s || !wanted.has(draftKey(s))) continue;
        const prev = amended.get(draftKey(s));
        if (!prev || rank(r) > rank(prev)) amended.set(draftKey(s), r);
      }
    }
  }
  const textIds = [
    ...new Set([...amendments.map((a) => a.id), ...[...amended.values()].map((r) => r.id)]),
  ];
  const ballots = new Map<number, Map<string, VoteValue>>();
  const sponsors = new Map<number, { name: string; state: string | null }[]>();
  const themes = new Map<number, string[]>();
  for (let i = 0; i < textIds.length; i += 500) {
    const chunk = textIds.slice(i, i + 500);
    for (const b of await db
      .selectFrom('hrcBallots')
      .select(['textId', 'state', 'vote'])
      .where('textId', 'in', chunk)
      .execute()) {
      if (!ballots.has(b.textId)) ballots.set(b.textId, new Map());
      ballots.get(b.textId)!.set(b.state, b.vote as VoteValue);
    }
    for (const s of await db
      .selectFrom('hrcTextSponsors')
      .select(['textId', 'name', 'state'])
      .where('textId', 'in', chunk)
      .orderBy('position')
      .execute()) {
      if (!sponsors.has(s.textId)) sponsors.set(s.textId, []);
      sponsors.get(s.textId)!.push({ name: s.name, state: s.state });
    }
    for (const t of await db
      .selectFrom('hrcTextThemes')
      .select(['textId', 'theme'])
      .where('textId', 'in', chunk)
      .execute()) {
      const list = themes.get(t.textId) ?? [];
      if (!list.includes(t.theme)) list.push(t.theme);
      themes.set(t.textId, list);
    }
  }

  const rows: AmendmentRow[] = [];
  for (const a of amendments) {
    const onAmendment = ballots.get(a.id) ?? new Map<string, VoteValue>();
    if (onAmendment.size === 0) continue;
    const target = a.amendsSymbol ? amended.get(draftKey(a.amendsSymbol)) : undefined;
    const rowThemes = [
      ...new Set([...(themes.get(a.id) ?? []), ...(target ? (themes.get(target.id) ?? []) : [])]),
    ];
    if (options.theme && !rowThemes.includes(options.theme)) continue;
    const counts = emptyCounts();
    const by = { yes: [] as string[], no: [] as string[], abstain: [] as string[] };
    for (const [state, vote] of [...onAmendment.entries()].sort(([x], [y]) => x.localeCompare(y))) {
      counts[vote]++;
      if (vote !== 'absent') by[vote].push(state);
    }
    const split = (states: Iterable<string>) => {
      const s = { yes: 0, no: 0, abstain: 0 };
      for (const st of states) {
        const v = onAmendment.get(st);
        if (v && v !== 'absent') s[v]++;
      }
      return s;
    };
    const onText = target ? ballots.get(target.id) : undefined;
    const { hostile, basis, basisVotes } = judgeHostility({
      amendment: { outcome: a.outcome, recorded: Number(a.recorded) === 1 },
      text: target ? { outcome: target.outcome, recorded: Number(target.recorded) === 1 } : null,
      bySponsors: split(
        (target ? (sponsors.get(target.id) ?? []) : [])
          .map((s) => s.state)
          .filter((s): s is string => s !== null),
      ),
      bySupporters: split(
        onText ? [...onText.entries()].filter(([, v]) => v === 'yes').map(([s]) => s) : [],
      ),
    });
    if (options.hostileOnly && hostile !== true) continue;
    rows.push({
      amendment: summarizeText(a),
      sponsors: sponsors.get(a.id) ?? [],
      counts,
      votedYes: by.yes,
      votedNo: by.no,
      abstained: by.abstain,
      amends: {
        symbol: a.amendsSymbol ?? '',
        text: target ? summarizeText(target) : null,
      },
      hostile,
      basis,
      basisVotes,
      themes: rowThemes,
      evidence: { kind: 'hrc-text', ids: target ? [a.id, target.id] : [a.id] },
    });
  }

  const supporters = new Map<string, SupporterRow>();
  const row = (state: string) => {
    let r = supporters.get(state);
    if (!r) {
      const s = stateByCode(state);
      r = {
        state,
        nameEn: s?.nameEn ?? state,
        nameZh: s?.nameZh ?? state,
        yes: 0,
        no: 0,
        abstain: 0,
        absent: 0,
        sponsored: 0,
        evidence: { kind: 'hrc-text', ids: [] },
      };
      supporters.set(state, r);
    }
    return r;
  };
  for (const r of rows) {
    if (r.hostile !== true) continue;
    for (const [state, vote] of ballots.get(r.amendment.id) ?? []) {
      const s = row(state);
      s[vote]++;
      s.evidence.ids.push(r.amendment.id);
    }
    for (const sp of r.sponsors) if (sp.state) row(sp.state).sponsored++;
  }
  return {
    amendments: rows,
    supporters: [...supporters.values()].sort(
      (a, b) => b.yes - a.yes || b.sponsored - a.sponsored || a.state.localeCompare(b.state),
    ),
  };
}

type Split = { yes: number; no: number; abstain: number };

/**
 * Pure: whether an amendment was hostile, and on what basis (AmendmentRow.hostile). `bySponsors`
 * and `bySupporters` are how the amended text's sponsors on the Council and the states that voted
 * yes on it split on the amendment.
 */
export function judgeHostility(input: {
  amendment: { outcome: string; recorded: boolean };
  text: { outcome: string; recorded: boolean } | null;
  bySponsors: Split;
  bySupporters: Split;
}): { hostile: boolean | null; basis: HostileBasis; basisVotes: Split } {
  const { amendment, text, bySponsors, bySupporters } = input;
  if (text && bySponsors.yes + bySponsors.no > 0)
    return {
      hostile: bySponsors.no > bySponsors.yes,
      basis: 'draft-sponsors-opposed',
      basisVotes: bySponsors,
    };
  if (text && bySupporters.yes + bySupporters.no > 0)
    return {
      hostile: bySupporters.no > bySupporters.yes,
      basis: 'text-supporters-opposed',
      basisVotes: bySupporters,
    };
  const none = { yes: 0, no: 0, abstain: 0 };
  if (text?.outcome === 'adopted' && amendment.outcome === 'rejected' && amendment.recorded)
    return { hostile: true, basis: 'rejected-then-text-adopted', basisVotes: none };
  return { hostile: null, basis: 'unknown', basisVotes: none };
}

export function amendmentsCsv(figure: HostileAmendments): string {
  return toCsv(
    [
      'symbol',
      'date',
      'outcome',
      'amends',
      'final_text',
      'hostile',
      'basis',
      'yes',
      'no',
      'abstain',
      'sponsors',
      'voted_yes',
      'title',
    ],
    figure.amendments.map((r) => [
      r.amendment.symbol,
      r.amendment.date,
      r.amendment.outcome,
      r.amends.symbol,
      r.amends.text?.symbol,
      r.hostile,
      r.basis,
      r.counts.yes,
      r.counts.no,
      r.counts.abstain,
      r.sponsors.map((s) => s.name),
      r.votedYes,
      r.amendment.title,
    ]),
  );
}
