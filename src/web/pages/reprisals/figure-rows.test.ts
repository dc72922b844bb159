import { describe, expect, it } from 'vitest';
import { figureRows, largestCount } from './figure-rows';
import type { Figure } from './reprisals-api';

// a public figure as the server sends it: one cell suppressed, no number or evidence in it
const FIGURE: Figure<{ value: string }> = {
  cells: [
    {
      key: { value: 'female' },
      value: { kind: 'count', count: 7, share: 0.7 },
      evidence: [0, 2, 3, 5, 6, 7, 8],
    },
    { key: { value: 'male' }, value: { kind: 'count', count: 3, share: 0.3 }, evidence: [1, 4, 9] },
    {
      key: { value: 'unclear' },
      value: { kind: 'suppressed', label: 'fewer than 3' },
      evidence: null,
    },
  ],
  total: { kind: 'count', count: 10, share: 1 },
  evidence: {
    kind: 'reprisal-case',
    caseIds: Array.from({ length: 10 }, (_, i) => `2021-CHN-${String(i + 1).padStart(3, '0')}`),
    withheld: true,
    reports: [{ symbol: 'A/HRC/51/98', annex: 'I' }],
  },
  threshold: 3,
};

describe('figure rows', () => {
  const rows = figureRows(
    FIGURE,
    (k) => k.value,
    (k) => k.value.toUpperCase(),
  );

  it('keeps counts and shares of shown cells', () => {
    expect(rows[0]).toMatchObject({ key: 'female', label: 'FEMALE', count: 7, share: 0.7 });
  });

  it("names a shown cell's cases from the figure's list, by the indexes the cell gives", () => {
    expect(rows[1]!.caseIds).toEqual(['2021-CHN-002', '2021-CHN-005', '2021-CHN-010']);
  });

  it('gives a suppressed cell neither count nor share', () => {
    expect(rows[2]).toEqual({
      key: 'unclear',
      label: 'UNCLEAR',
      count: null,
      share: null,
      caseIds: [],
    });
  });

  it('scales the bars on shown counts only', () => {
    expect(largestCount(rows)).toBe(7);
    expect(largestCount([])).toBe(0);
  });
});
