import type { Kysely } from 'kysely';
import { stateByCode } from '../../domain/reference/states.js';
import type { Database } from '../../store/schema.js';
import { agreementScore, BALLOT_CODES, denseAgreement, NO_BALLOT } from '../common/agreement.js';
import { toCsv } from '../csv.js';
import {
  DEFAULT_BODY,
  loadVoteTable,
  type TextEvidence,
  type VoteFilter,
  type VoteTable,
} from './vote-table.js';

export const DEFAULT_MIN_VOTES = 5;

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
  /** leave out states with fewer common votes (default 5: one shared vote is no alignment) */
  minVotes?: number;
}

/** Pure: who votes with `state`, most alike first, from a loaded vote table. */
export function alignmentFromTable(
  table: VoteTable,
  state: string,
  options: { top?: number; minVotes?: number } = {},
): AlignmentRow[] {
  const n = table.states.length;
  const me = table.states.indexOf(state);
  if (me < 0) return [];
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
    if (ids.length < (options.minVotes ?? DEFAULT_MIN_VOTES)) continue;
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
  return options.top === undefined ? rows : rows.slice(0, options.top);
}

/** Who votes with a state: agreement with every other state over the recorded votes asked. */
export async function alignment(
  db: Kysely<Database>,
  state: string,
  filter: AlignmentFilter = {},
): Promise<AlignmentRow[]> {
  return alignmentFromTable(await loadVoteTable(db, filter), state, filter);
}

export interface AgreementMatrixFigure {
  body: string;
  from: number | null;
  to: number | null;
  states: { code: string; nameEn: string; nameZh: string; group: string }[];
  /** agreement[i][j] for states[i], states[j]; null when they never both voted */
  agreement: (number | null)[][];
  /** common recorded votes per pair */
  votes: number[][];
  /** the recorded votes the matrix is computed over */
  evidence: TextEvidence;
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
    body: filter.body ?? DEFAULT_BODY,
    from: filter.from ?? null,
    to: filter.to ?? null,
    states: table.states.map((code) => {
      const s = stateByCode(code);
      return {
        code,
        nameEn: s?.nameEn ?? code,
        nameZh: s?.nameZh ?? code,
        group: s?.group ?? 'none',
      };
    }),
    agreement,
    votes: common,
    evidence: { kind: 'hrc-text', ids: table.textIds },
  };
}

function countCast(table: VoteTable, state: number): number {
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
