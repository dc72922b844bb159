import { describe, expect, it } from 'vitest';
import { shareOfQuestions } from './questions-by-state.js';

describe('shareOfQuestions', () => {
  const rows = [
    { id: 1, state: 'CHN', year: 2020, topics: ['un-terminology'] },
    { id: 2, state: 'CHN', year: 2021, topics: ['funding', 'activities'] },
    { id: 3, state: 'PAK', year: 2021, topics: ['funding'] },
    { id: 4, state: 'CHN', year: 2021, topics: ['un-terminology', 'activities'] },
  ];
  it('gives each state its questions, its share of all, and the ids behind the count', () => {
    const f = shareOfQuestions(rows, 2020, 2021);
    expect(f.total).toBe(4);
    expect(f.rows[0]).toMatchObject({ state: 'CHN', questions: 3, share: 0.75, nameZh: '中国' });
    expect(f.rows[0]!.evidence).toEqual({ kind: 'ngo-question', ids: [1, 2, 4] });
    expect(f.rows[1]).toMatchObject({ state: 'PAK', questions: 1, share: 0.25 });
    expect(f.rows[0]!.topics).toEqual({ 'un-terminology': 2, funding: 1, activities: 2 });
    expect(f.byYear).toEqual([
      { year: 2020, state: 'CHN', questions: 1 },
      { year: 2021, state: 'CHN', questions: 2 },
      { year: 2021, state: 'PAK', questions: 1 },
    ]);
  });
  it('counts only the questions of a topic, with shares of those questions', () => {
    const f = shareOfQuestions(rows, null, null, 'funding');
    expect(f.topic).toBe('funding');
    expect(f.total).toBe(2);
    expect(f.rows.map((r) => [r.state, r.questions, r.share])).toEqual([
      ['CHN', 1, 0.5],
      ['PAK', 1, 0.5],
    ]);
    expect(f.rows[0]!.evidence.ids).toEqual([2]);
  });

  it('counts the questions that repeat an earlier one, with their ids', () => {
    const f = shareOfQuestions(
      rows.map((r) => ({ ...r, repeatOf: r.id === 4 ? 1 : null })),
      null,
      null,
    );
    expect(f.rows[0]).toMatchObject({ state: 'CHN', repeated: 1, repeatedEvidence: { ids: [4] } });
    expect(f.rows[1]!.repeated).toBe(0);
  });

  it('has shares of zero, not NaN, when there are no questions', () => {
    expect(shareOfQuestions([], null, null)).toMatchObject({ total: 0, rows: [] });
  });
});
