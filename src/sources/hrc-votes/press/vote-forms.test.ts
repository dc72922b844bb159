import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PressVote } from '../../../domain/hrc-votes.js';
import { parseHrcVotePress } from '../press-release.js';

/**
 * Every vote sentence form the Council's releases (and the reports of them) use, one paragraph
 * each in fixtures/press/forms/, English and French. Each form is copied from a real text in
 * ../shared/data/un-texts (named above its test); places and lists are invented. The expected
 * counts were read off the fixture sentence by hand.
 */
function read(name: string) {
  const text = readFileSync(new URL(`../fixtures/press/forms/${name}`, import.meta.url), 'utf8');
  const r = parseHrcVotePress(text, name);
  for (const v of r.value.votes) PressVote.parse(v);
  return r;
}
type Read = ReturnType<typeof read>;
const at = (r: Read, line: number) => r.value.votes.filter((v) => v.locator.line === line);

describe('English vote sentences', () => {
  const r = read('en.txt');

  // counts before the named lists (NGO Committee releases; Council amendments)
  it('"by a recorded vote of 4 in favour (…) to 2 against (…), with 1 abstention (…)"', () => {
    expect(at(r, 6)).toHaveLength(1);
    expect(at(r, 6)[0]).toMatchObject({
      subject: 'resolution on the situation of human rights in the Lotus Delta',
      outcome: 'adopted',
      kind: 'resolution',
      counts: { yes: 4, no: 2, abstain: 1 },
      yes: ['ARG', 'CHL', 'FRA', 'DEU'],
      no: ['CHN', 'CUB'],
      abstain: ['IND'],
    });
  });

  it('"By 3 recorded votes in favour (…) to 5 recorded votes against (…), with 2 abstentions (…)"', () => {
    expect(at(r, 8)[0]).toMatchObject({
      subject: 'draft resolution on the situation of human rights in the Northern Lakes',
      outcome: 'rejected',
      kind: 'draft',
      counts: { yes: 3, no: 5, abstain: 2 },
      yes: ['ARG', 'CHL', 'FRA'],
      no: ['BOL', 'CHN', 'CUB', 'ERI', 'PAK'],
      abstain: ['IND', 'NPL'],
    });
  });

  // readkong HRC49 urgent debate: "In favour: 29 (Argentina, …)", lists broken over lines
  it('counts after the labels, lists over several lines: "In favour: 6 (…) Against: 3 (…)"', () => {
    expect(at(r, 11)).toHaveLength(1);
    expect(at(r, 11)[0]).toMatchObject({
      subject: 'holding the urgent debate',
      kind: 'motion',
      outcome: 'adopted',
      counts: { yes: 6, no: 3, abstain: 2 },
      yes: ['ARG', 'BEN', 'FIN', 'FRA', 'DEU', 'JPN'],
      no: ['CHN', 'CUB', 'ERI'],
      abstain: ['ARM', 'IND'],
    });
  });

  // anews 2022 Xinjiang: "voted 19-17 against holding a debate …, with 11 nations abstaining"
  it('a failed motion told against-first: 19 against, 17 in favour, 11 abstaining', () => {
    expect(at(r, 16)[0]).toMatchObject({
      subject: 'holding a debate on the situation of human rights in the Western Highlands',
      outcome: 'rejected',
      counts: { yes: 17, no: 19, abstain: 11 },
    });
  });

  it('"A draft decision … was rejected by a recorded vote of 17 in favour, 19 against and 11 abstentions"', () => {
    expect(at(r, 18)[0]).toMatchObject({
      subject: 'draft decision on the Western Highlands',
      kind: 'decision',
      outcome: 'rejected',
      counts: { yes: 17, no: 19, abstain: 11 },
    });
  });

  it('"by a vote of 22 in favour and 11 against": abstentions unknown (null), never 0', () => {
    expect(at(r, 20)[0]).toMatchObject({
      subject: 'resolution on the rights of migrants',
      outcome: 'adopted',
      counts: { yes: 22, no: 11, abstain: null },
    });
  });

  // lankaweb 2021 Sri Lanka: the abstentions in a sentence of their own, "fourteen (14)"
  it('"22 member states voted in favour … while 11 had voted against. … fourteen (14) … abstained"', () => {
    expect(at(r, 22)[0]).toMatchObject({
      subject: 'resolution on the Southern Coast',
      counts: { yes: 22, no: 11, abstain: 14 },
    });
  });

  it('several texts adopted by one vote: a record each, same counts, own symbol', () => {
    expect(at(r, 24).map((v) => [v.symbol, v.subject, v.counts])).toEqual([
      ['A/HRC/99/L.3', 'draft resolution A/HRC/99/L.3', { yes: 28, no: 5, abstain: 14 }],
      ['A/HRC/99/L.4', 'draft resolution A/HRC/99/L.4', { yes: 28, no: 5, abstain: 14 }],
    ]);
  });

  // voicepk 2021 Afghanistan: the list between dashes is the whole side; "including" only some
  it('counts before dashes and "including": all 5 against named, 3 of 28 in favour named', () => {
    expect(at(r, 26)[0]).toMatchObject({
      subject: 'resolution on the Eastern Valley',
      counts: { yes: 28, no: 5, abstain: 14 },
      yes: ['FRA', 'DEU', 'JPN'],
      no: ['PAK', 'CHN', 'RUS', 'ERI', 'VEN'],
      abstain: [],
    });
  });

  // anews 2022 Xinjiang again: the lists come after the counts, in paragraphs of their own
  it('names after the counted vote: "The nations voting against a debate were …", "… abstained."', () => {
    expect(at(r, 28)[0]).toMatchObject({
      outcome: 'rejected',
      counts: { yes: 3, no: 4, abstain: 2 },
      yes: [],
      no: ['BOL', 'CHN', 'CUB', 'ERI'],
      abstain: ['ARG', 'IND'],
    });
    expect(at(r, 30)).toEqual([]);
    expect(at(r, 32)).toEqual([]);
  });

  it('leaves no vote sentence unread and no list unmatched', () => {
    expect(r.problems).toEqual([]);
    expect(r.value.votes).toHaveLength(11);
  });
});

describe('French vote sentences', () => {
  const r = read('fr.txt');
  const counts = (line: number) => at(r, line).map((v) => [v.counts, v.outcome]);

  it('"adoptée par 27 voix pour, six voix contre et 14 abstentions"', () => {
    expect(counts(6)).toEqual([[{ yes: 27, no: 6, abstain: 14 }, 'adopted']]);
  });

  it('"par 29 voix contre 2, avec 15 abstentions"', () => {
    expect(counts(8)).toEqual([[{ yes: 29, no: 2, abstain: 15 }, 'adopted']]);
  });

  it('a draft "rejeté … par 18 voix pour, 21 voix contre et 7 abstentions"', () => {
    expect(counts(10)).toEqual([[{ yes: 18, no: 21, abstain: 7 }, 'rejected']]);
    expect(at(r, 10)[0]!.kind).toBe('draft');
  });

  it('a no-action motion "adoptée par 19 voix pour, 17 voix contre et 11 abstentions"', () => {
    expect(counts(12)).toEqual([[{ yes: 19, no: 17, abstain: 11 }, 'adopted']]);
    expect(at(r, 12)[0]!.kind).toBe('motion');
  });

  it('"par 9 voix pour et 6 voix contre": abstentions unknown', () => {
    expect(counts(14)).toEqual([[{ yes: 9, no: 6, abstain: null }, 'adopted']]);
  });

  it('"Le résultat du vote est le suivant : Pour : 4 ; Contre : 2 ; Abstentions : 1" agrees with the sentence', () => {
    expect(counts(16)).toEqual([[{ yes: 4, no: 2, abstain: 1 }, 'adopted']]);
    expect(at(r, 16)[0]!.subject).toBe('résolution sur la liberté de réunion pacifique');
  });

  it('"les projets de résolution A/HRC/99/L.3 et A/HRC/99/L.4 par 28 voix pour …": two records', () => {
    expect(at(r, 18).map((v) => [v.symbol, v.counts])).toEqual([
      ['A/HRC/99/L.3', { yes: 28, no: 5, abstain: 14 }],
      ['A/HRC/99/L.4', { yes: 28, no: 5, abstain: 14 }],
    ]);
  });

  it('counts in words before the text: "par vingt et une voix pour, dix-sept voix contre et neuf abstentions"', () => {
    expect(counts(20)).toEqual([[{ yes: 21, no: 17, abstain: 9 }, 'adopted']]);
    expect(at(r, 20)[0]!.subject).toBe('résolution sur la côte méridionale');
  });

  it('leaves nothing unread', () => {
    expect(r.problems).toEqual([]);
    expect(r.value.votes).toHaveLength(9);
    expect(r.value.meta.language).toBe('fr');
  });
});
