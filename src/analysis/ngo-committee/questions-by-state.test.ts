import { describe, expect, it } from 'vitest';
import { shareOfQuestions } from './questions-by-state.js';

describe('shareOfQuestions', () => {
  const rows = [
    { id: 1, state: 'CHN', year: 2020 },
    { id: 2, state: 'CHN', year: 2021 },
    { id: 3, state: 'PAK', year: 2021 },
    { id: 4, state: 'CHN', year: 2021 },
  ];
  it('gives each state its questions, its share of all, and the ids behind the count', () => {
    const f = shareOfQuestions(rows, 2020, 2021);
    expect(f.total).toBe(4);
    expect(f.rows[0]).toMatchObject({ state: 'CHN', questions: 3, share: 0.75, nameZh: '中国' });
    expect(f.rows[0]!.evidence).toEqual({ kind: 'ngo-question', ids: [1, 2, 4] });
    expect(f.rows[1]).toMatchObject({ state: 'PAK', questions: 1, share: 0.25 });
    expect(f.byYear).toEqual([
      { year: 2020, state: 'CHN', questions: 1 },
      { year: 2021, state: 'CHN', questions: 2 },
      { year: 2021, state: 'PAK', questions: 1 },
    ]);
  });
  it('has shares of zero, not NaN, when there are no questions', () => {
    expect(shareOfQuestions([], null, null)).toMatchObject({ total: 0, rows: [] });
  });
});
