import type { VoteValue } from '../../api';
import { GROUP_ORDER } from './hrc-api';

export interface GroupBallots {
  group: string;
  ballots: { state: string; vote: VoteValue }[];
  counts: Record<VoteValue, number>;
}

/**
 * Pure: a roll-call split by regional group, in the UN's order of groups; states whose group is
 * not known go under "none" so no ballot is ever dropped. Within a group, states keep `compare` order.
 */
export function groupBallots(
  votes: Readonly<Record<string, VoteValue>>,
  groupOf: (state: string) => string | undefined,
  compare: (a: string, b: string) => number,
): GroupBallots[] {
  const byGroup = new Map<string, GroupBallots>();
  for (const [state, vote] of Object.entries(votes)) {
    const known = groupOf(state);
    const group = known && (GROUP_ORDER as readonly string[]).includes(known) ? known : 'none';
    let g = byGroup.get(group);
    if (!g) {
      g = { group, ballots: [], counts: { yes: 0, no: 0, abstain: 0, absent: 0 } };
      byGroup.set(group, g);
    }
    g.ballots.push({ state, vote });
    g.counts[vote]++;
  }
  for (const g of byGroup.values()) g.ballots.sort((a, b) => compare(a.state, b.state));
  return GROUP_ORDER.map((name) => byGroup.get(name)).filter(
    (g): g is GroupBallots => g !== undefined,
  );
}
