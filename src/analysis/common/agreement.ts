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
