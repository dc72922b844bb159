import type { Kysely } from 'kysely';
import { STATES } from '../../domain/reference/states.js';
import type { Database } from '../../store/schema.js';
import { denseAgreement } from '../common/agreement.js';
import { loadVoteTable, type TextEvidence, type VoteFilter, type VoteTable } from './vote-table.js';

export interface VotingGroup {
  name: string;
  members: string[];
}

export const REGIONAL_GROUP_NAMES = ['African', 'Asia-Pacific', 'EEG', 'GRULAC', 'WEOG'] as const;

/** The five UN regional groups, from the reference states (every state ever listed, all kinds). */
export function regionalGroups(): VotingGroup[] {
  return REGIONAL_GROUP_NAMES.map((name) => ({
    name,
    members: STATES.filter((s) => s.group === name).map((s) => s.code),
  }));
}

export interface GroupCohesion {
  name: string;
  /** members that cast at least one ballot in the period */
  members: string[];
  /**
   * Pooled pairwise agreement: over every pair of members and every vote both cast, the mean
   * agreement score (1 same, ½ one abstains, 0 opposite). Null when no pair voted together.
   */
  meanAgreement: number | null;
  /**
   * Mean Agreement Index (Hix, Noury & Roland) over the votes where at least two members voted:
   * (max(Y,N,A) − ½·(Y+N+A − max)) / (Y+N+A); 1 = all alike, 0 = split evenly three ways.
   * Absences are left out. A Rice index that counts abstention as a third option.
   */
  agreementIndex: number | null;
  /** votes in which at least two members voted */
  votes: number;
  evidence: TextEvidence;
}

/** Pure: cohesion of each group over a loaded table. */
export function cohesionFromTable(
  table: VoteTable,
  groups: readonly VotingGroup[],
): GroupCohesion[] {
  const n = table.states.length;
  const { score2, votes } = denseAgreement(table.codes, table.textIds.length, n);
  const index = new Map(table.states.map((s, i) => [s, i]));
  return groups.map((g) => {
    const cols = [...new Set(g.members)]
      .map((m) => index.get(m))
      .filter((i): i is number => i !== undefined);
    let s2 = 0;
    let pairs = 0;
    for (let x = 0; x < cols.length; x++)
      for (let y = x + 1; y < cols.length; y++) {
        s2 += score2[cols[x]! * n + cols[y]!]!;
        pairs += votes[cols[x]! * n + cols[y]!]!;
      }
    let aiSum = 0;
    const ids: number[] = [];
    for (let t = 0; t < table.textIds.length; t++) {
      const c = [0, 0, 0];
      for (const col of cols) {
        const code = table.codes[t * n + col]!;
        if (code < 3) c[code]!++;
      }
      const total = c[0]! + c[1]! + c[2]!;
      if (total < 2) continue;
      const max = Math.max(c[0]!, c[1]!, c[2]!);
      aiSum += (max - 0.5 * (total - max)) / total;
      ids.push(table.textIds[t]!);
    }
    return {
      name: g.name,
      members: cols.map((i) => table.states[i]!),
      meanAgreement: pairs === 0 ? null : s2 / 2 / pairs,
      agreementIndex: ids.length === 0 ? null : aiSum / ids.length,
      votes: ids.length,
      evidence: { kind: 'hrc-text', ids },
    };
  });
}

/** How alike the members of each group vote: regional groups unless groups are given. */
export async function blocCohesion(
  db: Kysely<Database>,
  options: VoteFilter & { groups?: readonly VotingGroup[] } = {},
): Promise<GroupCohesion[]> {
  return cohesionFromTable(await loadVoteTable(db, options), options.groups ?? regionalGroups());
}
