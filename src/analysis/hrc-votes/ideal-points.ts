import type { Kysely } from 'kysely';
import { stateByCode } from '../../domain/reference/states.js';
import type { Database } from '../../store/schema.js';
import { denseAgreement } from '../common/agreement.js';
import {
  loadVoteTable,
  sliceTable,
  type TextEvidence,
  type VoteFilter,
  type VoteTable,
} from './vote-table.js';

export interface IdealPoint {
  state: string;
  nameEn: string;
  nameZh: string;
  /** position on the year's first dimension; comparable within a year, not across years */
  position: number;
  /** ballots (not absences) the state cast that year */
  votes: number;
}

export interface IdealPointYear {
  year: number;
  /** share of the (positive) variance the first dimension carries: how one-dimensional the year is */
  explained: number;
  /** how the sign was fixed: 'WEOG mean positive', or 'none' when no WEOG member voted */
  anchor: string;
  points: IdealPoint[];
  evidence: TextEvidence;
}

export interface IdealPointOptions extends VoteFilter {
  /** states with fewer ballots in a year are left out of it (default 5) */
  minVotes?: number;
}

/**
 * One-dimensional positions per state per year: classical multidimensional scaling (Torgerson) of
 * the year's agreement matrix. Distance between two states is 1 − agreement; pairs that never voted
 * together get the mean distance. The first eigenvector of the double-centred squared distances,
 * scaled by the root of its eigenvalue, is the position. The sign is arbitrary in MDS; it is fixed
 * so the mean WEOG position is positive, a convention with no value judgement.
 */
export function idealPointsFromTable(
  table: VoteTable,
  year: number,
  minVotes = 5,
): IdealPointYear | undefined {
  const n0 = table.states.length;
  const cast = table.states.map((_, s) => {
    let c = 0;
    for (let t = 0; t < table.textIds.length; t++) if (table.codes[t * n0 + s]! < 3) c++;
    return c;
  });
  const keep = table.states.map((_, i) => i).filter((i) => cast[i]! >= minVotes);
  const n = keep.length;
  if (n < 3) return undefined;
  const { score2, votes } = denseAgreement(table.codes, table.textIds.length, n0);
  const d2 = new Float64Array(n * n);
  let sum = 0;
  let known = 0;
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const k = keep[i]! * n0 + keep[j]!;
      const v = votes[k]!;
      if (v === 0) {
        d2[i * n + j] = d2[j * n + i] = Number.NaN;
        continue;
      }
      const d = 1 - score2[k]! / 2 / v;
      d2[i * n + j] = d2[j * n + i] = d * d;
      sum += d;
      known++;
    }
  const meanD = known ? sum / known : 0;
  for (let k = 0; k < n * n; k++) if (Number.isNaN(d2[k]!)) d2[k] = meanD * meanD;
  // B = −½ J D² J
  const rowMean = new Float64Array(n);
  let all = 0;
  for (let i = 0; i < n; i++) {
    let r = 0;
    for (let j = 0; j < n; j++) r += d2[i * n + j]!;
    rowMean[i] = r / n;
    all += r;
  }
  all /= n * n;
  const b = new Float64Array(n * n);
  let trace = 0;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      b[i * n + j] = -0.5 * (d2[i * n + j]! - rowMean[i]! - rowMean[j]! + all);
      if (i === j) trace += b[i * n + j]!;
    }
  const { vector, value } = topEigen(b, n);
  const scale = Math.sqrt(Math.max(0, value));
  const positions = vector.map((x) => x * scale);
  const weog = keep
    .map((s, i) => ({ group: stateByCode(table.states[s]!)?.group, i }))
    .filter((x) => x.group === 'WEOG');
  let anchor = 'none';
  if (weog.length > 0) {
    anchor = 'WEOG mean positive';
    const mean = weog.reduce((m, x) => m + positions[x.i]!, 0) / weog.length;
    if (mean < 0) for (let i = 0; i < n; i++) positions[i] = -positions[i]!;
  }
  return {
    year,
    explained: trace > 0 ? Math.max(0, value) / trace : 0,
    anchor,
    points: keep
      .map((s, i) => {
        const code = table.states[s]!;
        const st = stateByCode(code);
        return {
          state: code,
          nameEn: st?.nameEn ?? code,
          nameZh: st?.nameZh ?? code,
          position: Number(positions[i]!.toFixed(6)),
          votes: cast[s]!,
        };
      })
      .sort((a, c) => a.position - c.position || a.state.localeCompare(c.state)),
    evidence: { kind: 'hrc-text', ids: table.textIds },
  };
}

/** Power iteration for the largest eigenvalue of a symmetric matrix (deterministic start). */
function topEigen(m: Float64Array, n: number): { vector: number[]; value: number } {
  let v = new Float64Array(n);
  for (let i = 0; i < n; i++) v[i] = 1 + i / n;
  let value = 0;
  for (let iter = 0; iter < 500; iter++) {
    const w = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < n; j++) s += m[i * n + j]! * v[j]!;
      w[i] = s;
    }
    const norm = Math.hypot(...w);
    if (norm === 0) return { vector: [...v].map(() => 0), value: 0 };
    for (let i = 0; i < n; i++) w[i] = w[i]! / norm;
    let delta = 0;
    for (let i = 0; i < n; i++) delta += Math.abs(w[i]! - v[i]!);
    v = w;
    value = norm;
    if (delta < 1e-10) break;
  }
  return { vector: [...v], value };
}

/** Positions per year over the years asked (each year scaled on its own). */
export async function idealPoints(
  db: Kysely<Database>,
  options: IdealPointOptions & { year?: number } = {},
): Promise<IdealPointYear[]> {
  const filter =
    options.year !== undefined ? { ...options, from: options.year, to: options.year } : options;
  const table = await loadVoteTable(db, filter);
  const years = [...new Set(table.years.filter((y): y is number => y !== null))].sort(
    (a, b) => a - b,
  );
  const out: IdealPointYear[] = [];
  for (const year of years) {
    const result = idealPointsFromTable(
      sliceTable(table, (t) => table.years[t] === year),
      year,
      options.minVotes,
    );
    if (result) out.push(result);
  }
  return out;
}
