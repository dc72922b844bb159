import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PressVote } from '../../domain/hrc-votes.js';
import { parseHrcVotePress } from './press-release.js';

const fixture = (name: string) => {
  const r = parseHrcVotePress(
    readFileSync(new URL(`./fixtures/press/${name}`, import.meta.url), 'utf8'),
    name,
  );
  for (const v of r.value.votes) PressVote.parse(v);
  return r;
};
const codes = (r: ReturnType<typeof fixture>) => r.problems.map((p) => [p.line, p.code]);

describe('parseHrcVotePress', () => {
  it('reads counts, a named result block, an amendment in words and a rejected draft', () => {
    const r = fixture('en-result-block.txt');
    expect(r.value.meta).toMatchObject({ date: '2016-07-01', year: 2016, language: 'en' });
    const [resolution, amendment, draft] = r.value.votes;
    expect(r.value.votes).toHaveLength(3);
    expect(resolution).toMatchObject({
      subject: 'resolution on civil society space',
      outcome: 'adopted',
      kind: 'resolution',
      symbol: 'A/HRC/32/L.29',
      counts: { yes: 31, no: 7, abstain: 9 },
      locator: { line: 8 },
    });
    expect(resolution!.yes).toHaveLength(31);
    expect(resolution!.yes).toContain('MKD');
    expect(resolution!.yes).toContain('BOL');
    // Freedonia is no state: 7 against are printed, 6 resolve, and the name is warned
    expect(resolution!.no).toEqual(['BDI', 'CHN', 'COG', 'CUB', 'RUS', 'VEN']);
    expect(resolution!.abstain).toHaveLength(9);
    expect(amendment).toMatchObject({
      kind: 'amendment',
      outcome: 'rejected',
      symbol: 'A/HRC/32/L.54',
      counts: { yes: 15, no: 21, abstain: 11 },
    });
    expect(draft).toMatchObject({
      kind: 'draft',
      outcome: 'rejected',
      subject: 'draft resolution on the situation of human rights in Yemen',
      counts: { yes: 17, no: 19, abstain: 11 },
    });
    expect(codes(r)).toEqual([[11, 'unknown-state']]);
    expect(r.problems[0]!.message).toContain('Freedonia');
  });

  it('reads French counts in words and "par 29 voix contre 2", and says where the excerpt cuts', () => {
    const r = fixture('fr-cloture.txt');
    expect(r.value.meta.language).toBe('fr');
    expect(r.value.votes.map((v) => [v.counts, v.outcome, v.language])).toEqual([
      [{ yes: 27, no: 6, abstain: 14 }, 'adopted', 'fr'],
      [{ yes: 29, no: 2, abstain: 15 }, 'adopted', 'fr'],
    ]);
    expect(r.value.votes[1]!.subject).toBe(
      'résolution sur la situation des droits de l’homme au Myanmar',
    );
    expect(codes(r)).toEqual([[9, 'unread-vote']]);
  });

  it('reads Chinese counts in digits and numerals', () => {
    const r = fixture('zh-burundi.txt');
    expect(r.value.meta.language).toBe('zh');
    expect(r.value.votes.map((v) => [v.subject, v.counts])).toEqual([
      ['关于布隆迪人权状况的决议', { yes: 19, no: 7, abstain: 21 }],
      ['关于在打击恐怖主义的同时保护人权和基本自由的决议', { yes: 38, no: 0, abstain: 9 }],
    ]);
    expect(r.problems).toEqual([]);
  });

  it('reads government prose: named lists without counts, "voted yes … abstained … opposed"', () => {
    const r = fixture('gov-prose.txt');
    const [named, counted, noAbstentions] = r.value.votes;
    expect(named).toMatchObject({
      subject: 'Situation of human rights in the Bolivarian Republic of Venezuela',
      counts: { yes: 4, no: 3, abstain: 4 },
      yes: ['ARG', 'AUS', 'GBR'],
      no: ['CMR', 'CHN', 'CUB'],
      abstain: ['AFG', 'AGO', 'TUN', 'URY'],
    });
    expect(counted!.counts).toEqual({ yes: 18, no: 14, abstain: 15 });
    // "The council voted 33-2 to create an investigation.": no abstentions stated, so unknown
    expect(noAbstentions).toMatchObject({
      subject: 'create an investigation',
      outcome: 'adopted',
      counts: { yes: 33, no: 2, abstain: null },
    });
    // "Island" is warned by name
    expect(codes(r)).toEqual([[8, 'unknown-state']]);
  });

  it('reads HTML with the HTML file lines, numbers in words, and a result block cut off', () => {
    const r = fixture('en-words-cut.html');
    expect(r.value.votes.map((v) => [v.counts, v.locator.line])).toEqual([
      [{ yes: 28, no: 1, abstain: 17 }, 3],
      [{ yes: 19, no: 6, abstain: 21 }, 4],
    ]);
    expect(r.value.votes[0]!.subject).toBe('text on cooperation in the field of human rights');
    expect(codes(r)).toEqual([[5, 'truncated-vote-list']]);
  });

  it('warns when a named list differs from its count, and keeps both as printed', () => {
    const text =
      'The Council adopted the resolution by a vote of 3 in favour (France, Chile), 1 against (China) and 0 abstentions.';
    const r = parseHrcVotePress(text, 't.txt');
    expect(r.value.votes[0]).toMatchObject({
      counts: { yes: 3, no: 1, abstain: 0 },
      yes: ['FRA', 'CHL'],
      no: ['CHN'],
    });
    expect(codes(r)).toEqual([[1, 'vote-count-mismatch']]);
  });

  it('rejects binary input and gives nothing for text without votes', () => {
    expect(parseHrcVotePress('a\u0000b', 'b.bin').problems[0]!.severity).toBe('fatal');
    expect(parseHrcVotePress('', 'e.txt')).toMatchObject({ value: { votes: [] }, problems: [] });
  });
});
