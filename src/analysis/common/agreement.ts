export type Ballot = 'yes' | 'no' | 'abstain' | 'absent';

/**
 * The usual UN-voting agreement measure: over the votes both states cast (absences left out),
 * the same vote counts 1, one abstaining while the other votes yes or no counts ½, opposite votes 0.
 */
export function agreementScore(a: Ballot, b: Ballot): number | null {
  if (a === 'absent' || b === 'absent') return null;
  if (a === b) return 1;
  if (a === 'abstain' || b === 'abstain') return 0.5;
  return 0;
}

export interface PairAgreement {
  a: string;
  b: string;
  /** 0–1 */
  agreement: number;
  /** votes both cast */
  votes: number;
}

/** Pure: agreement for every pair of states over a set of votes (voteId → state → ballot). */
export function agreementMatrix(
  votes: ReadonlyMap<number, ReadonlyMap<string, Ballot>>,
): PairAgreement[] {
  const sums = new Map<string, { score: number; n: number }>();
  for (const ballots of votes.values()) {
    const entries = [...ballots.entries()].sort(([x], [y]) => x.localeCompare(y));
    for (let i = 0; i < entries.length; i++) {
      for (let j = i + 1; j < entries.length; j++) {
        const score = agreementScore(entries[i]![1], entries[j]![1]);
        if (score === null) continue;
        const key = `${entries[i]![0]}|${entries[j]![0]}`;
        const s = sums.get(key);
        if (s) {
          s.score += score;
          s.n++;
        } else sums.set(key, { score, n: 1 });
      }
    }
  }
  return [...sums.entries()].map(([key, { score, n }]) => {
    const [a, b] = key.split('|') as [string, string];
    return { a, b, agreement: score / n, votes: n };
  });
}

/** Ballot codes of dense vote tables: the index into BALLOT_CODES; NO_BALLOT where none was cast. */
export const BALLOT_CODES: readonly Ballot[] = ['yes', 'no', 'abstain', 'absent'];
export const NO_BALLOT = 255;

// agreementScore doubled (so half-agreement is an integer), -1 where it leaves the pair out: the
// dense path keeps the one scoring rule above instead of restating it.
const SCORE2 = new Int8Array(16);
for (let i = 0; i < 4; i++)
  for (let j = 0; j < 4; j++) {
    const s = agreementScore(BALLOT_CODES[i]!, BALLOT_CODES[j]!);
    SCORE2[i * 4 + j] = s === null ? -1 : Math.round(s * 2);
  }

export interface DenseAgreement {
  /** per pair (row-major n×n, symmetric): twice the summed agreement */
  score2: Uint32Array;
  /** per pair: votes both cast */
  votes: Uint32Array;
}

/**
 * The same measure as agreementMatrix over a dense table: `codes` holds one row per vote and one
 * column per state (BALLOT_CODES index or NO_BALLOT). Typed arrays keep the full Council matrix
 * (≈1,700 votes × 47 members) to a few milliseconds.
 */
export function denseAgreement(
  codes: Uint8Array,
  voteCount: number,
  stateCount: number,
): DenseAgreement {
  const n = stateCount;
  const score2 = new Uint32Array(n * n);
  const votes = new Uint32Array(n * n);
  const present = new Int32Array(n);
  const presentCode = new Int32Array(n);
  for (let v = 0; v < voteCount; v++) {
    const row = v * n;
    let m = 0;
    for (let s = 0; s < n; s++) {
      const c = codes[row + s]!;
      if (c < 3) {
        present[m] = s;
        presentCode[m++] = c;
      }
    }
    for (let i = 0; i < m; i++) {
      const a = present[i]!;
      const ca = presentCode[i]! * 4;
      for (let j = i + 1; j < m; j++) {
        const b = present[j]!;
        const k = a * n + b;
        score2[k] = score2[k]! + SCORE2[ca + presentCode[j]!]!;
        votes[k] = votes[k]! + 1;
      }
    }
  }
  for (let a = 0; a < n; a++)
    for (let b = a + 1; b < n; b++) {
      score2[b * n + a] = score2[a * n + b]!;
      votes[b * n + a] = votes[a * n + b]!;
    }
  return { score2, votes };
}
