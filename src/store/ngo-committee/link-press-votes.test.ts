import { describe, expect, it } from 'vitest';
import { matchPressVotes } from './link-press-votes.js';

const vote = (
  id: number,
  session: string | null,
  year: number | null,
  counts: [number, number, number, number | null],
  organizationId: number | null = null,
) => ({
  id,
  session,
  year,
  organizationId,
  yesCount: counts[0],
  noCount: counts[1],
  abstainCount: counts[2],
  absentCount: counts[3],
});

describe('matchPressVotes', () => {
  // The three press votes of the real corpus and the table rows they are (see PROVENANCE.md).
  const table = [
    vote(26, 'NGO-2016-regular', 2016, [13, 4, 1, 1], 8000),
    vote(27, 'NGO-2016-regular', 2016, [15, 3, 1, 0], 8000),
    vote(28, 'NGO-2015-resumed', 2015, [12, 3, 3, 1], 1825),
    vote(94, 'NGO-2016-resumed', 2016, [6, 10, 3, 0], 1875),
    vote(96, 'NGO-2016-resumed', 2016, [5, 6, 4, 4], 1876),
  ];

  it('links by session and tally, though the release spells the organisation otherwise', () => {
    // ECOSOC/6731: "Khmers Kampuchea-From Foundation", 15–3–1, absences not given
    const links = matchPressVotes(
      [vote(98, 'NGO-2016-regular', 2016, [15, 3, 1, null], 8040)],
      table,
    );
    expect(links.get(98)).toEqual({ voteId: 27, by: 'session-counts' });
  });

  it('links by year and tally when the release gives only its year', () => {
    const links = matchPressVotes(
      [vote(97, null, 2015, [12, 3, 3, 1]), vote(99, null, 2016, [6, 10, 3, null])],
      table,
    );
    expect(links.get(97)).toEqual({ voteId: 28, by: 'year-counts' });
    expect(links.get(99)).toEqual({ voteId: 94, by: 'year-counts' });
  });

  it('leaves a press vote alone when no roll-call, or more than one, has its tally', () => {
    const twins = [...table, vote(95, 'NGO-2016-resumed', 2016, [6, 10, 3, 0], 1999)];
    const links = matchPressVotes(
      [vote(1, null, 2016, [6, 10, 3, null]), vote(2, null, 2016, [9, 9, 1, 0])],
      twins,
    );
    expect(links.size).toBe(0);
    // the same organisation decides between two of the same tally
    const byOrg = matchPressVotes([vote(3, null, 2016, [6, 10, 3, null], 1875)], twins);
    expect(byOrg.get(3)).toEqual({ voteId: 94, by: 'organization-counts' });
  });

  it('does not link across a session or a different absence count', () => {
    const links = matchPressVotes(
      [vote(4, 'NGO-2016-resumed', 2016, [15, 3, 1, null]), vote(5, null, 2015, [12, 3, 3, 2])],
      table,
    );
    expect(links.size).toBe(0);
  });
});
