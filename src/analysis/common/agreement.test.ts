import { describe, expect, it } from 'vitest';
import { agreementMatrix, agreementScore, type Ballot } from './agreement.js';

describe('agreement', () => {
  it('scores same votes 1, one abstention ½, opposite votes 0, and leaves absences out', () => {
    expect(agreementScore('yes', 'yes')).toBe(1);
    expect(agreementScore('abstain', 'abstain')).toBe(1);
    expect(agreementScore('yes', 'abstain')).toBe(0.5);
    expect(agreementScore('no', 'yes')).toBe(0);
    expect(agreementScore('absent', 'yes')).toBeNull();
  });

  it('averages over the votes both states cast', () => {
    const votes = new Map<number, Map<string, Ballot>>([
      [
        1,
        new Map<string, Ballot>([
          ['CHN', 'no'],
          ['USA', 'yes'],
          ['RUS', 'no'],
        ]),
      ],
      [
        2,
        new Map<string, Ballot>([
          ['CHN', 'no'],
          ['USA', 'abstain'],
          ['RUS', 'absent'],
        ]),
      ],
    ]);
    const m = agreementMatrix(votes);
    const pair = (a: string, b: string) => m.find((p) => p.a === a && p.b === b)!;
    expect(pair('CHN', 'USA')).toMatchObject({ agreement: 0.25, votes: 2 });
    expect(pair('CHN', 'RUS')).toMatchObject({ agreement: 1, votes: 1 });
    expect(pair('RUS', 'USA')).toMatchObject({ agreement: 0, votes: 1 });
  });
});
