import type { Kysely } from 'kysely';
import { stateByCode } from '../../domain/reference/states.js';
import type { Database } from '../../store/schema.js';
import { agreementScore, BALLOT_CODES, denseAgreement, NO_BALLOT } from '../common/agreement.js';
import { toCsv } from '../csv.js';
import {
  DEFAULT_AMENDMENTS,
  DEFAULT_BODY,
  loadVoteTable,
  type AmendmentVotes,
  type TextEvidence,
  type VoteFilter,
  type VoteTable,
} from './vote-table.js';

// yes, no, abstain: the ballots agreement is computed over (absences are left out)
const ABSENT = BALLOT_CODES.indexOf('absent');

/** The floor of the default minimum of common votes (and the default of cohesion-type figures). */
export const DEFAULT_MIN_VOTES = 5;
/**
 * Default minimum of common votes for "who votes with X": this share of the votes X itself cast
 * in the figure (rounded up), at least DEFAULT_MIN_VOTES. An agreement over 10 common votes is
 * not comparable with one over 500 (one vote moves it by 10 points), so a state that sat on the
 * Council for one session is left out of a ranking over twenty years, and listed again when the
 * period is that session.
 */
export const DEFAULT_MIN_VOTES_SHARE = 0.1;

export function defaultMinVotes(stateVotes: number): number {
  return Math.max(DEFAULT_MIN_VOTES, Math.ceil(stateVotes * DEFAULT_MIN_VOTES_SHARE));
}

export interface AlignmentRow {
  state: string;
  /** 0–1: same vote 1, one abstaining ½, opposite 0, over the votes both cast */
  agreement: number;
  /** recorded votes both states cast (absences left out) */
  votes: number;
  nameEn: string;
  nameZh: string;
  /** the texts both voted on */
  evidence: TextEvidence;
}

export interface AlignmentFilter extends VoteFilter {
  /** how many rows; all when absent */
  top?: number;
  /** leave out states with fewer common votes (default: defaultMinVotes of the state's votes) */
  minVotes?: number;
}

export interface AlignmentFigure {
  state: string;
  /** whether votes on amendments count ('exclude': texts only, the default) */
  amendments: AmendmentVotes;
  /** recorded votes the state itself cast in the figure (yes, no or abstain) */
  stateVotes: number;
  /** states with fewer common votes are left out */
  minVotes: number;
  /** true when minVotes is the default (share of stateVotes), false when asked for */
  minVotesDefault: boolean;
  /** states left out for having fewer than minVotes common votes */
  leftOut: number;
  rows: AlignmentRow[];
}

/** Pure: who votes with `state`, most alike first, from a loaded vote table. */
export function alignmentFromTable(
  table: VoteTable,
  state: string,
  options: { top?: number; minVotes?: number } = {},
): AlignmentRow[] {
  return alignmentFigureFromTable(table, state, options).rows;
}

/** Pure: the ranking with the minimum it applied. */
export function alignmentFigureFromTable(
  table: VoteTable,
  state: string,
  options: { top?: number; minVotes?: number; amendments?: AmendmentVotes } = {},
): AlignmentFigure {
  const n = table.states.length;
  const me = table.states.indexOf(state);
  let stateVotes = 0;
  if (me >= 0)
    for (let t = 0; t < table.textIds.length; t++)
      if (table.codes[t * n + me]! < ABSENT) stateVotes++;
  const minVotes = options.minVotes ?? defaultMinVotes(stateVotes);
  const figure: AlignmentFigure = {
    state,
    amendments: options.amendments ?? DEFAULT_AMENDMENTS,
    stateVotes,
    minVotes,
    minVotesDefault: options.minVotes === undefined,
    leftOut: 0,
    rows: [],
  };
  if (me < 0) return figure;
  const rows: AlignmentRow[] = [];
  for (let other = 0; other < n; other++) {
    if (other === me) continue;
    let score = 0;
    const ids: number[] = [];
    for (let t = 0; t < table.textIds.length; t++) {
      const a = table.codes[t * n + me]!;
      const b = table.codes[t * n + other]!;
      if (a === NO_BALLOT || b === NO_BALLOT) continue;
      const s = agreementScore(BALLOT_CODES[a]!, BALLOT_CODES[b]!);
      if (s === null) continue;
      score += s;
      ids.push(table.textIds[t]!);
    }
    if (ids.length === 0) continue;
    if (ids.length < minVotes) {
      figure.leftOut++;
      continue;
    }
    const code = table.states[other]!;
    const s = stateByCode(code);
    rows.push({
      state: code,
      agreement: score / ids.length,
      votes: ids.length,
      nameEn: s?.nameEn ?? code,
      nameZh: s?.nameZh ?? code,
      evidence: { kind: 'hrc-text', ids },
    });
  }
  rows.sort(
    (a, b) => b.agreement - a.agreement || b.votes - a.votes || a.state.localeCompare(b.state),
  );
  figure.rows = options.top === undefined ? rows : rows.slice(0, options.top);
  return figure;
}

/** Who votes with a state: agreement with every other state over the recorded votes asked. */
export async function alignment(
  db: Kysely<Database>,
  state: string,
  filter: AlignmentFilter = {},
): Promise<AlignmentRow[]> {
  return (await alignmentFigure(db, state, filter)).rows;
}

/** The same, with the minimum of common votes applied and what it left out. */
export async function alignmentFigure(
  db: Kysely<Database>,
  state: string,
  filter: AlignmentFilter = {},
): Promise<AlignmentFigure> {
  return alignmentFigureFromTable(await loadVoteTable(db, filter), state, filter);
}

export interface AgreementMatrixFigure {
  body: string;
  from: number | null;
  to: number | null;
  /** whether votes on amendments are counted ('exclude': texts only, the default) */
  amendments: AmendmentVotes;
  states: { code: string; nameEn: string; nameZh: string; group: string }[];
  /** agreement[i][j] for states[i], states[j]; null when they never both voted */
  agreement: (number | null)[][];
  /** common recorded votes per pair */
  votes: number[][];
  /** the recorded votes the matrix is computed over */
  evidence: TextEvidence;
}

/** The fields the full and the compact (triangle) forms share, in the order they are printed. */
export type MatrixHeader = Pick<
  AgreementMatrixFigure,
  'body' | 'from' | 'to' | 'amendments' | 'states'
>;

/** Pure: what a matrix of this table and filter is about (body, period, amendments, states). */
export function matrixHeader(table: VoteTable, filter: VoteFilter = {}): MatrixHeader {
  return {
    body: filter.body ?? DEFAULT_BODY,
    from: filter.from ?? null,
    to: filter.to ?? null,
    amendments: filter.amendments ?? DEFAULT_AMENDMENTS,
    states: table.states.map((code) => {
      const s = stateByCode(code);
      return {
        code,
        nameEn: s?.nameEn ?? code,
        nameZh: s?.nameZh ?? code,
        group: s?.group ?? 'none',
      };
    }),
  };
}

/** Pure: the full matrix of a loaded table (typed arrays; see denseAgreement). */
export function matrixFromTable(table: VoteTable, filter: VoteFilter = {}): AgreementMatrixFigure {
  const n = table.states.length;
  const { score2, votes } = denseAgreement(table.codes, table.textIds.length, n);
  const agreement: (number | null)[][] = [];
  const common: number[][] = [];
  for (let i = 0; i < n; i++) {
    const a: (number | null)[] = new Array(n);
    const c: number[] = new Array(n);
    for (let j = 0; j < n; j++) {
      if (i === j) {
        a[j] = 1;
        c[j] = countCast(table, i);
        continue;
      }
      const v = votes[i * n + j]!;
      c[j] = v;
      a[j] = v === 0 ? null : score2[i * n + j]! / 2 / v;
    }
    agreement.push(a);
    common.push(c);
  }
  return {
    ...matrixHeader(table, filter),
    agreement,
    votes: common,
    evidence: { kind: 'hrc-text', ids: table.textIds },
  };
}

/** Recorded votes (yes, no or abstain) the state of this column cast in the table. */
export function countCast(table: VoteTable, state: number): number {
  const n = table.states.length;
  let c = 0;
  for (let t = 0; t < table.textIds.length; t++) if (table.codes[t * n + state]! < 3) c++;
  return c;
}

/** All states against all over the recorded votes of a body and period. */
export async function agreementMatrixFor(
  db: Kysely<Database>,
  filter: VoteFilter = {},
): Promise<AgreementMatrixFigure> {
  return matrixFromTable(await loadVoteTable(db, filter), filter);
}

export function alignmentCsv(state: string, rows: readonly AlignmentRow[]): string {
  return toCsv(
    ['state', 'with', 'name', 'agreement', 'votes'],
    rows.map((r) => [state, r.state, r.nameEn, r.agreement.toFixed(4), r.votes]),
  );
}

/** The matrix as one row per pair (long form: easier in spreadsheets than 190 columns). */
export function matrixCsv(m: AgreementMatrixFigure): string {
  const rows: unknown[][] = [];
  for (let i = 0; i < m.states.length; i++)
    for (let j = 0; j < m.states.length; j++) {
      if (i === j) continue;
      const a = m.agreement[i]![j]!;
      if (a === null) continue;
      rows.push([m.states[i]!.code, m.states[j]!.code, a.toFixed(4), m.votes[i]![j]]);
    }
  return toCsv(['state', 'with', 'agreement', 'votes'], rows);
}
