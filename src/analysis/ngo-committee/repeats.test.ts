import { describe, expect, it } from 'vitest';
import { findRepeats } from './repeats.js';

const q = (id: number, state: string, organizationId: number, when: string, text: string) => ({
  id,
  state,
  organizationId,
  when,
  text,
});

describe('findRepeats', () => {
  it('flags a later question by the same state to the same organisation with close wording', () => {
    const repeats = findRepeats([
      q(
        1,
        'CHN',
        7,
        '2019-01-24',
        'asked the organization to use the correct United Nations terminology for Taiwan',
      ),
      q(
        2,
        'CHN',
        7,
        '2020-01-28',
        'asked the organization to use correct United Nations terminology for Taiwan, Province of China',
      ),
      q(3, 'CHN', 7, '2021-05-20', 'requested a breakdown of its expenditures in 2020'),
    ]);
    expect([...repeats]).toEqual([[2, 1]]);
  });

  it('does not flag another state, another organisation, or a question of the same day', () => {
    const text = 'asked for details of its sources of funding';
    const repeats = findRepeats([
      q(1, 'PAK', 7, '2019-01-24', text),
      q(2, 'IND', 7, '2020-01-28', text),
      q(3, 'PAK', 8, '2020-01-28', text),
      q(4, 'PAK', 7, '2019-01-24', text),
    ]);
    expect(repeats.size).toBe(0);
  });
});
