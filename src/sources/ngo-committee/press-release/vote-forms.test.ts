import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PressVote } from '../../../domain/ngo-committee.js';
import { parseNgoCommitteePressRelease } from '../press-release.js';

/**
 * Every vote sentence form the UN's releases use (shared/data/un-texts: ngo-committee-press,
 * hrc-vote-press, other), one paragraph each in fixtures/vote-forms/, English and French.
 */
function read(name: string) {
  const text = readFileSync(new URL(`../fixtures/vote-forms/${name}`, import.meta.url), 'utf8');
  const r = parseNgoCommitteePressRelease(text, { file: name });
  for (const v of r.value.votes) PressVote.parse(v);
  return r;
}
const at = (r: ReturnType<typeof read>, line: number) =>
  r.value.votes.filter((v) => v.locator.line === line);
const counts = (r: ReturnType<typeof read>, line: number) => at(r, line).map((v) => v.counts);

describe('English vote sentences', () => {
  const r = read('en.txt');

  it('counts before the named lists: "by a recorded vote of 4 in favour (…) to 2 against (…)"', () => {
    expect(at(r, 6)).toHaveLength(1);
    expect(at(r, 6)[0]).toMatchObject({
      subject: 'Lotus Delta Heritage Foundation',
      motion: 'close the application',
      outcome: 'adopted',
      counts: { yes: 4, no: 2, abstain: 1, absent: null },
      yes: ['CHN', 'CUB', 'PAK', 'RUS'],
      no: ['ISR', 'USA'],
      abstain: ['IND'],
    });
  });

  it('counts after the labels: "In favour: 3 (…); Against: 4 (…); Abstentions: 2 (…)"', () => {
    expect(at(r, 8)).toHaveLength(1);
    expect(at(r, 8)[0]).toMatchObject({
      counts: { yes: 3, no: 4, abstain: 2, absent: null },
      yes: ['GRC', 'ISR', 'USA'],
      no: ['CHN', 'CUB', 'NIC', 'PAK'],
      abstain: ['IND', 'TUR'],
    });
  });

  it('"by 3 recorded votes in favour (…) to 5 recorded votes against (…), with 2 abstentions (…)"', () => {
    expect(at(r, 10)[0]).toMatchObject({
      subject: 'Open Newsroom Project, Inc.',
      outcome: 'rejected',
      counts: { yes: 3, no: 5, abstain: 2, absent: null },
      yes: ['GRC', 'ISR', 'USA'],
      no: ['CHN', 'CUB', 'NIC', 'PAK', 'RUS'],
      abstain: ['IND', 'TUR'],
    });
  });

  it('a failed motion is rejected', () => {
    expect(at(r, 12)[0]).toMatchObject({
      outcome: 'rejected',
      counts: { yes: 5, no: 10, abstain: 3, absent: null },
    });
    expect(at(r, 12)[0]!.motion).toMatch(/grant special consultative status/);
  });

  it('no abstentions stated: "by a vote of 4 in favor (…) and 5 against (…)" leaves abstentions unknown', () => {
    expect(at(r, 14)[0]).toMatchObject({
      outcome: 'rejected',
      counts: { yes: 4, no: 5, abstain: null, absent: null },
      yes: ['GRC', 'ISR', 'USA', 'URY'],
      no: ['BDI', 'CHN', 'CUB', 'IND', 'IRN'],
    });
  });

  it('"with no abstentions" is zero', () => {
    expect(counts(r, 16)).toEqual([{ yes: 9, no: 6, abstain: 0, absent: null }]);
    expect(at(r, 16)[0]!.outcome).toBe('adopted');
  });

  it('several applications decided by one vote: one record each, the same counts', () => {
    expect(at(r, 18).map((v) => v.subject)).toEqual([
      'Hope Alliance for Tibet',
      'Freedom Now Collective',
    ]);
    for (const v of at(r, 18))
      expect(v).toMatchObject({ outcome: 'rejected', counts: { yes: 5, no: 9, abstain: 2 } });
  });

  it('"The first by 6 votes … The second by 5 votes in favour and 6 against": two votes', () => {
    expect(counts(r, 20)).toEqual([
      { yes: 6, no: 10, abstain: 3, absent: null },
      { yes: 5, no: 6, abstain: null, absent: null },
    ]);
  });

  it('counts in another order: "was 10 against, 3 in favour and 3 abstentions"', () => {
    expect(counts(r, 22)).toEqual([{ yes: 3, no: 10, abstain: 3, absent: null }]);
  });

  it('leaves no vote sentence unread', () => {
    expect(r.problems.filter((p) => p.code === 'unread-vote')).toEqual([]);
    expect(r.value.votes).toHaveLength(11);
  });
});

describe('French vote sentences', () => {
  const r = read('fr.txt');

  it('"par 4 voix pour (…), 2 voix contre (…) et une abstention (…)"', () => {
    expect(counts(r, 6)).toEqual([{ yes: 4, no: 2, abstain: 1, absent: null }]);
    expect(at(r, 6)[0]!.outcome).toBe('adopted');
  });

  it('"par 9 voix contre 6, avec 3 abstentions"', () => {
    expect(counts(r, 8)).toEqual([{ yes: 9, no: 6, abstain: 3, absent: null }]);
    expect(at(r, 8)[0]!.outcome).toBe('rejected');
  });

  it('a motion "rejetée par 5 voix pour, 10 voix contre et 3 abstentions"', () => {
    expect(counts(r, 10)).toEqual([{ yes: 5, no: 10, abstain: 3, absent: null }]);
    expect(at(r, 10)[0]!.outcome).toBe('rejected');
  });

  it('"par 9 voix pour et 6 voix contre": no abstentions stated', () => {
    expect(counts(r, 12)).toEqual([{ yes: 9, no: 6, abstain: null, absent: null }]);
    expect(at(r, 12)[0]!.outcome).toBe('adopted');
  });
});
