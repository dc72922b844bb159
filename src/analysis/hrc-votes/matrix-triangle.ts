import type { Kysely } from 'kysely';
import { expandPairs, type TrianglePairs } from '../../domain/agreement-triangle.js';
import type { Database } from '../../store/schema.js';
import { denseAgreement } from '../common/agreement.js';
import {
  countCast,
  matrixHeader,
  type AgreementMatrixFigure,
  type MatrixHeader,
} from './alignment.js';
import { loadVoteTable, type TextEvidence, type VoteFilter, type VoteTable } from './vote-table.js';

/**
 * The agreement matrix in its compact form: the same figure as AgreementMatrixFigure, with the
 * upper triangle of whole numbers (common votes, agreement in halves) instead of two square
 * arrays of which the agreement is doubles (src/domain/agreement-triangle.ts says why and how
 * it decodes; docs/decisions/0012-agreement-matrix-triangle.md).
 */
export type AgreementTriangleFigure = MatrixHeader &
  TrianglePairs & {
    shape: 'triangle';
    /** the recorded votes the matrix is computed over */
    evidence: TextEvidence;
  };

/** Pure: the compact matrix of a loaded table, straight from the pair sums (no division). */
export function triangleFromTable(
  table: VoteTable,
  filter: VoteFilter = {},
): AgreementTriangleFigure {
  const n = table.states.length;
  const { score2, votes } = denseAgreement(table.codes, table.textIds.length, n);
  const cast: number[] = [];
  const common: number[] = [];
  const halves: number[] = [];
  for (let i = 0; i < n; i++) {
    cast.push(countCast(table, i));
    for (let j = i + 1; j < n; j++) {
      common.push(votes[i * n + j]!);
      // score2 is twice the summed agreement: exactly the halves
      halves.push(score2[i * n + j]!);
    }
  }
  return {
    ...matrixHeader(table, filter),
    shape: 'triangle',
    cast,
    votes: common,
    halves,
    evidence: { kind: 'hrc-text', ids: table.textIds },
  };
}

/** All states against all, compact, over the recorded votes of a body and period. */
export async function agreementTriangleFor(
  db: Kysely<Database>,
  filter: VoteFilter = {},
): Promise<AgreementTriangleFigure> {
  return triangleFromTable(await loadVoteTable(db, filter), filter);
}

/**
 * The full form of a compact matrix, field for field in the full form's order: the same JSON as
 * agreementMatrixFor gives for the same data (the figure hashes and the tests check it).
 */
export function expandTriangle(t: AgreementTriangleFigure): AgreementMatrixFigure {
  const { agreement, votes } = expandPairs(t);
  return {
    body: t.body,
    from: t.from,
    to: t.to,
    amendments: t.amendments,
    states: t.states,
    agreement,
    votes,
    evidence: t.evidence,
  };
}
