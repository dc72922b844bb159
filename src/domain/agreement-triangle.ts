/**
 * The agreement matrix's compact form (`/api/v1/votes/matrix?shape=triangle`,
 * docs/decisions/0012-agreement-matrix-triangle.md). The matrix is symmetric (A with B is B with A)
 * and every agreement is a ratio of two whole numbers (half-points over common votes), so the
 * upper triangle of those two integers holds every value of the full form exactly: 62 KB instead
 * of 289 KB for the Council (127 states), 19 KB instead of 60 KB in brotli.
 *
 * Here, in domain, because both sides read it: analysis expands it back to the full form (the CLI,
 * the figure hashes, the tests), the web app expands it to draw the table. The arithmetic is the
 * one the full form's values were computed with (halves / 2 / votes), so every value decodes to
 * the same double.
 */

/** The pair cells of the compact form: one entry per pair i < j, in row order. */
export interface TrianglePairs {
  /** per state: the recorded votes it cast (the full form's diagonal of `votes`) */
  cast: number[];
  /** per pair (0,1), (0,2) … (0,n-1), (1,2) …: recorded votes both cast */
  votes: number[];
  /**
   * per pair, the same order: agreement counted in halves (same vote 2, one abstaining while the
   * other votes yes or no 1, opposite votes 0); the agreement is halves / 2 / votes
   */
  halves: number[];
}

/** The full form's cells: agreement[i][j] (null when the two never both voted) and votes[i][j]. */
export interface FullPairs {
  agreement: (number | null)[][];
  votes: number[][];
}

/** Position of the pair (i, j), i < j, among n states in the triangle's order. */
export function triangleIndex(n: number, i: number, j: number): number {
  return i * n - (i * (i + 1)) / 2 + (j - i - 1);
}

/** Pairs among n states: the length of `votes` and `halves`. */
export function trianglePairCount(n: number): number {
  return (n * (n - 1)) / 2;
}

/** One pair's agreement as the full form gives it: null when the two never both voted. */
export function pairAgreement(halves: number, votes: number): number | null {
  return votes === 0 ? null : halves / 2 / votes;
}

/**
 * The full form's square arrays from the triangle: agreement 1 on the diagonal, each pair's value
 * in both halves. Throws on arrays of the wrong length (an answer cut short must not be drawn as
 * a matrix of holes).
 */
export function expandPairs(pairs: TrianglePairs): FullPairs {
  const n = pairs.cast.length;
  const count = trianglePairCount(n);
  if (pairs.votes.length !== count || pairs.halves.length !== count)
    throw new Error(
      `agreement triangle: ${n} states need ${count} pairs, got ${pairs.votes.length} votes and ${pairs.halves.length} halves`,
    );
  const agreement: (number | null)[][] = [];
  const votes: number[][] = [];
  for (let i = 0; i < n; i++) {
    agreement.push(new Array<number | null>(n));
    votes.push(new Array<number>(n));
    agreement[i]![i] = 1;
    votes[i]![i] = pairs.cast[i]!;
  }
  let k = 0;
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++, k++) {
      const v = pairs.votes[k]!;
      const a = pairAgreement(pairs.halves[k]!, v);
      agreement[i]![j] = a;
      agreement[j]![i] = a;
      votes[i]![j] = v;
      votes[j]![i] = v;
    }
  return { agreement, votes };
}
