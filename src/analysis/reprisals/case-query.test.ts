import { describe, expect, it } from 'vitest';
import { canaryCase } from '../../store/reprisals/test-canary.js';
import { listOptions, matchesCriteria, visibleTimeline } from './case-query.js';

// canaryCase: CHN, first reported 2021 (A/HRC/51/47 annex I para. 7), named individual,
// unresolved, detention, engaged with the UPR; a government response dated 2022-03-03
const c = canaryCase('2021-CHN-001', 'CHN');

describe('case list filters (public fields only)', () => {
  it('keeps a case meeting every criterion given', () => {
    expect(matchesCriteria(c, {})).toBe(true);
    expect(
      matchesCriteria(c, {
        country: 'CHN',
        year: 2021,
        recordType: 'named-individual',
        status: 'unresolved',
        act: 'detention',
        unBody: 'upr',
      }),
    ).toBe(true);
  });

  it('drops it when any one criterion differs', () => {
    for (const k of [
      { country: 'EGY' },
      { year: 2020 },
      { recordType: 'group' as const },
      { status: 'resolved' as const },
      { act: 'travel-restriction' as const },
      { unBody: 'treaty-bodies' as const },
    ])
      expect(matchesCriteria(c, k), JSON.stringify(k)).toBe(false);
  });

  it('a report year matches a later report following the case up', () => {
    const followed = {
      ...c,
      appearances: [
        ...c.appearances,
        {
          symbol: 'A/HRC/54/61',
          year: 2023,
          annex: 'II' as const,
          paragraph: '3',
          kind: 'follow-up' as const,
          page: null,
        },
      ],
    };
    expect(matchesCriteria(followed, { year: 2023 })).toBe(true);
    expect(matchesCriteria(followed, { year: 2022 })).toBe(false);
    expect(listOptions([followed, canaryCase('2020-EGY-001', 'EGY')])).toEqual({
      countries: ['CHN', 'EGY'],
      years: [2020, 2021, 2023],
    });
  });
});

describe('the timeline of what a role may see', () => {
  it('has no government response when the projection left the responses out', () => {
    const publicView = Object.fromEntries(
      Object.entries(c).filter(([field]) => field !== 'governmentResponses'),
    ) as Partial<typeof c>;
    expect(visibleTimeline(publicView, []).map((e) => e.kind)).toEqual(['report']);
    expect(visibleTimeline(c, []).map((e) => [e.kind, e.date])).toEqual([
      ['report', '2021-09'],
      ['government-response', '2022-03-03'],
    ]);
  });
});
