import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHrcVotingStore } from '../../../test/real-data-stores.js';
import { STORE_KINDS } from '../../../test/stores.js';
import { sharedPath, SHARED_DATA_SKIP_REASON } from '../../../test/shared-data.js';
import { importHrcVotePaths } from '../../store/hrc-votes/import-files.js';
import type { Store } from '../../store/open-store.js';
import { agreementMatrix, type Ballot } from '../common/agreement.js';
import { agreementMatrixFor, alignment, matrixFromTable } from './alignment.js';
import { hostileAmendments } from './amendments.js';
import { blocCohesion, cohesionFromTable } from './cohesion.js';
import { countDisagreements, disagreementCause } from './disagreements.js';
import { idealPoints } from './ideal-points.js';
import { votingRecord } from './record.js';
import { resolutionVotes } from './resolution.js';
import { listTexts } from './text-list.js';
import { buildVoteTable } from './vote-table.js';

const demo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../demo/hrc-votes');

describe('dense vote tables (pure)', () => {
  const rows = [
    { textId: 1, state: 'CHN', vote: 'no', year: 2020 },
    { textId: 1, state: 'USA', vote: 'yes', year: 2020 },
    { textId: 1, state: 'RUS', vote: 'no', year: 2020 },
    { textId: 2, state: 'CHN', vote: 'no', year: 2020 },
    { textId: 2, state: 'USA', vote: 'abstain', year: 2020 },
    { textId: 2, state: 'RUS', vote: 'absent', year: 2020 },
  ];

  it('gives the same agreement as the map-based agreementMatrix', () => {
    const m = matrixFromTable(buildVoteTable(rows));
    const byVote = new Map<number, Map<string, Ballot>>();
    for (const r of rows) {
      if (!byVote.has(r.textId)) byVote.set(r.textId, new Map());
      byVote.get(r.textId)!.set(r.state, r.vote as Ballot);
    }
    for (const p of agreementMatrix(byVote)) {
      const i = m.states.findIndex((s) => s.code === p.a);
      const j = m.states.findIndex((s) => s.code === p.b);
      expect(m.agreement[i]![j]).toBeCloseTo(p.agreement);
      expect(m.votes[j]![i]).toBe(p.votes);
    }
    // CHN–USA: 0 (no/yes) and ½ (no/abstain) → 0.25 over 2 votes; RUS absent on vote 2
    const chn = m.states.findIndex((s) => s.code === 'CHN');
    const usa = m.states.findIndex((s) => s.code === 'USA');
    expect(m.agreement[chn]![usa]).toBe(0.25);
  });

  it('scores group cohesion: all alike 1, an even three-way split 0', () => {
    const table = buildVoteTable([
      { textId: 1, state: 'AAA', vote: 'yes', year: 2020 },
      { textId: 1, state: 'BBB', vote: 'yes', year: 2020 },
      { textId: 2, state: 'AAA', vote: 'yes', year: 2020 },
      { textId: 2, state: 'BBB', vote: 'no', year: 2020 },
      { textId: 2, state: 'CCC', vote: 'abstain', year: 2020 },
    ]);
    const [g] = cohesionFromTable(table, [{ name: 'g', members: ['AAA', 'BBB', 'CCC'] }]);
    expect(g!.agreementIndex).toBeCloseTo((1 + 0) / 2);
    // pairs: AB on 1 (1), AB on 2 (0), AC on 2 (½), BC on 2 (½) → 2 / 4
    expect(g!.meanAgreement).toBeCloseTo(0.5);
  });

  it('names the cause of a count disagreement', () => {
    const z = { yes: 0, no: 0, abstain: 0, absent: 0 };
    expect(disagreementCause(z, { yes: 1, no: 0, abstain: 0 })).toBe('no-roll-call');
    expect(disagreementCause({ ...z, yes: 2 }, { yes: 3, no: 0, abstain: 0 })).toBe('missing-rows');
    // E/CN.4/RES/6(XXV): 13/1/16 in the roll-call, 13/1/6 printed
    expect(
      disagreementCause({ ...z, yes: 13, no: 1, abstain: 16 }, { yes: 13, no: 1, abstain: 6 }),
    ).toBe('digit-slip');
    expect(disagreementCause({ ...z, yes: 4 }, { yes: 3, no: 0, abstain: 0 })).toBe('extra-rows');
    expect(disagreementCause({ ...z, yes: 2, no: 1 }, { yes: 3, no: 0, abstain: 0 })).toBe(
      'different-split',
    );
    // A/HRC/RES/S-34/1: 33/2/12 by roll-call, 33/12/2 in the catalogue
    expect(
      disagreementCause({ ...z, yes: 33, no: 2, abstain: 12 }, { yes: 33, no: 12, abstain: 2 }),
    ).toBe('no-abstain-swapped');
    // A/HRC/31/L.68: exchanged, the totals fit the roll-call but for 3 states missing from it
    expect(
      disagreementCause(
        { yes: 11, no: 21, abstain: 12, absent: 3 },
        { yes: 13, no: 12, abstain: 21 },
      ),
    ).toBe('no-abstain-swapped');
    // exchanging would not help: 16/20/8 against 17/19/8
    expect(
      disagreementCause({ ...z, yes: 16, no: 20, abstain: 8 }, { yes: 17, no: 19, abstain: 8 }),
    ).toBe('different-split');
  });
});

for (const kind of STORE_KINDS) {
  describe.skipIf(kind.skip)(`HRC vote figures on the sample data (${kind.name})`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await kind.open();
      await importHrcVotePaths(store, [demo]);
    });
    afterAll(async () => {
      await store.close();
    });

    it('shows how each state voted on a resolution, counts from the roll-call', async () => {
      const r = await resolutionVotes(store.db, 'a/hrc/res/90/1');
      // demo/hrc-votes/votes_long.csv, record 90001: 20 Y, 9 N, 17 A, 1 "." (ERI)
      expect(r).toMatchObject({
        symbol: 'A/HRC/RES/90/1',
        kind: 'resolution',
        counts: { yes: 20, no: 9, abstain: 17, absent: 1 },
        officialCounts: { yes: 20, no: 9, abstain: 17 },
        countsAgree: true,
      });
      expect(r!.votes.CHN).toBe('no');
      expect(r!.votes.ERI).toBe('absent');
      expect(r!.targets.map((t) => t.state)).toContain('BLR');
      expect(await resolutionVotes(store.db, 'A/HRC/RES/1/1')).toBeUndefined();
    });

    it("gives a state's record on country-specific texts by target and year", async () => {
      const rec = await votingRecord(store.db, 'CHN', { countrySpecific: true });
      // targets in the sample: Belarus (90001), Eritrea (rejected draft 90005), Syria (90008)
      expect(rec.items.map((i) => [i.symbol, i.vote])).toEqual([
        ['A/HRC/RES/90/1', 'no'],
        ['A/HRC/91/L.9', 'no'],
        ['A/HRC/RES/92/5', 'no'],
      ]);
      expect(rec.totals).toMatchObject({ yes: 0, no: 3, abstain: 0, absent: 0 });
      expect(rec.byYear.map((y) => y.year)).toEqual([2021, 2022, 2023]);
      const all = await votingRecord(store.db, 'CHN', { from: 2022, to: 2022 });
      expect(all.items.map((i) => i.vote)).toEqual(['no', 'yes']);
    });

    it('ranks who votes with a state, with the votes behind each figure', async () => {
      // the sample's 7 roll-calls include one amendment (A/HRC/90/L.20): counted only on request
      const rows = await alignment(store.db, 'CHN', { amendments: 'include' });
      // RUS voted exactly as CHN on all 7 roll-calls; FRA the opposite on all 7
      expect(rows[0]).toMatchObject({ agreement: 1, votes: 7 });
      expect(rows.find((r) => r.state === 'RUS')).toMatchObject({ agreement: 1, votes: 7 });
      expect(rows.find((r) => r.state === 'FRA')).toMatchObject({ agreement: 0, votes: 7 });
      expect(rows.at(-1)!.agreement).toBe(0);
      expect(rows.find((r) => r.state === 'RUS')!.evidence.ids).toHaveLength(7);
      expect(await alignment(store.db, 'CHN', { top: 3 })).toHaveLength(3);
      // ERI was absent once: 6 common votes with CHN
      expect(rows.find((r) => r.state === 'ERI')!.votes).toBe(6);
      // by default the texts only: 6 roll-calls, the amendment (record 90003) left out
      const textsOnly = await alignment(store.db, 'CHN', {});
      expect(textsOnly.find((r) => r.state === 'RUS')).toMatchObject({ agreement: 1, votes: 6 });
      const amendment = (await resolutionVotes(store.db, 'A/HRC/90/L.20'))!.textId;
      expect(rows.find((r) => r.state === 'RUS')!.evidence.ids).toContain(amendment);
      expect(textsOnly.find((r) => r.state === 'RUS')!.evidence.ids).not.toContain(amendment);
    });

    it('computes the full matrix of the 47 sample members', async () => {
      const m = await agreementMatrixFor(store.db, { amendments: 'include' });
      expect(m.states).toHaveLength(47);
      expect(m.evidence.ids).toHaveLength(7);
      const textsOnly = await agreementMatrixFor(store.db, {});
      expect(textsOnly).toMatchObject({ amendments: 'exclude' });
      expect(textsOnly.evidence.ids).toHaveLength(6);
    });

    it('measures cohesion of regional groups and of a given group', async () => {
      const [lmg] = await blocCohesion(store.db, {
        groups: [{ name: 'sample bloc', members: ['CHN', 'RUS', 'CUB'] }],
        amendments: 'include',
      });
      expect(lmg).toMatchObject({ meanAgreement: 1, agreementIndex: 1, votes: 7 });
      const regional = await blocCohesion(store.db, {});
      expect(regional.map((g) => g.name)).toEqual([
        'African',
        'Asia-Pacific',
        'EEG',
        'GRULAC',
        'WEOG',
      ]);
      const weog = regional.find((g) => g.name === 'WEOG')!;
      // the 10 sample WEOG members always vote alike
      expect(weog).toMatchObject({ meanAgreement: 1, agreementIndex: 1 });
    });

    it('places states on one dimension per year, WEOG on the positive side', async () => {
      const [y2021] = await idealPoints(store.db, { year: 2021, minVotes: 1 });
      expect(y2021!.year).toBe(2021);
      const pos = (s: string) => y2021!.points.find((p) => p.state === s)!.position;
      expect(pos('FRA')).toBeGreaterThan(0);
      expect(pos('CHN')).toBeLessThan(0);
      expect(pos('CHN')).toBeCloseTo(pos('RUS'));
    });

    it('links an amendment to the text it would amend and calls it hostile from the votes', async () => {
      const figure = await hostileAmendments(store.db, { theme: 'civil-society-space' });
      expect(figure.amendments).toHaveLength(1);
      const [a] = figure.amendments;
      expect(a!.amendment.symbol).toBe('A/HRC/90/L.20');
      expect(a!.amends.text?.symbol).toBe('A/HRC/RES/90/2');
      // the draft's one sponsor on the Council (Chile) abstained, so the rule falls back to the 30
      // states that voted for A/HRC/RES/90/2: most voted against the amendment
      expect(a!.basis).toBe('text-supporters-opposed');
      expect(a!.hostile).toBe(true);
      expect(a!.votedYes).toContain('CHN');
      expect(a!.counts).toMatchObject({ yes: 15, no: 21, abstain: 11 });
      expect(a!.sponsors.map((s) => s.state)).toEqual(['RUS']);
      expect(figure.supporters[0]!.yes).toBe(1);
    });

    it('finds no disagreement in the sample, whose totals match the roll-calls', async () => {
      expect(await countDisagreements(store.db)).toEqual([]);
    });

    it('lists texts with filters and pagination', async () => {
      const page = await listTexts(store.db, { target: 'ERI' });
      expect(page.items.map((t) => t.symbol)).toEqual(['A/HRC/91/L.9']);
      expect(page.items[0]!.outcome).toBe('rejected');
      const all = await listTexts(store.db, {}, 2, 4);
      expect(all.total).toBe(9);
      expect(all.items).toHaveLength(4);
    });
  });
}

const real = sharedPath('hrc-voting');
describe.skipIf(!real)(`figures on the OHCHR export (${SHARED_DATA_SKIP_REASON})`, () => {
  let store: Store;
  beforeAll(async () => {
    store = await openHrcVotingStore();
  }, 60_000);
  afterAll(async () => {
    await store.close();
  });

  it('reads S-39/1 as 25 / 7 / 14 and China on the civil-society texts as the record says', async () => {
    const s39 = await resolutionVotes(store.db, 'A/HRC/RES/S-39/1');
    expect(s39!.counts).toMatchObject({ yes: 25, no: 7, abstain: 14 });
    expect((await resolutionVotes(store.db, 'A/HRC/RES/32/31'))!.votes.CHN).toBe('no');
    expect((await resolutionVotes(store.db, 'A/HRC/RES/36/21'))!.votes.CHN).toBe('abstain');
  });

  it('finds China voting yes on the hostile amendments to civil society space (A/HRC/32/L.52–L.65)', async () => {
    const figure = await hostileAmendments(store.db, { from: 2016, to: 2016 });
    const hrc32 = figure.amendments.filter((a) =>
      /^A\/HRC\/32\/L\.(5[2-9]|6[0-5])$/.test(a.amendment.symbol ?? ''),
    );
    // 13 roll-calls: L.52–L.56, L.59–L.65 and a second record catalogued as L.54 (votes_long:
    // record 31016 has CHN "A", 31021 has CHN "Y"; see docs/hrc-votes.md)
    expect(hrc32).toHaveLength(13);
    expect(hrc32.every((a) => a.hostile === true)).toBe(true);
    expect(hrc32.every((a) => a.amends.text?.symbol === 'A/HRC/RES/32/31')).toBe(true);
    const chinaNotYes = hrc32.filter((a) => !a.votedYes.includes('CHN'));
    expect(chinaNotYes.map((a) => a.amendment.sourceKey)).toEqual(['ohchr:31016']);
  });

  it('counts votes on amendments apart from votes on the texts (China on Afghanistan, 2022)', async () => {
    // votes_long: CHN "N" on A/HRC/RES/51/20 (record 30293), "Y" on its amendments
    // A/HRC/51/L.49–L.54 (records 30522–30529) and on the Belarus amendments L.36/L.37
    const rec = await votingRecord(store.db, 'CHN', {
      from: 2022,
      to: 2022,
      countrySpecific: true,
    });
    const afg = rec.byTarget.find((t) => t.target === 'AFG')!;
    expect(afg).toMatchObject({ yes: 0, no: 1, abstain: 0 });
    expect(rec.amendmentTotals).toMatchObject({ yes: 8, no: 0, abstain: 0, absent: 0 });
    const kindOf = new Map(rec.items.map((i) => [i.textId, i.kind]));
    expect(rec.amendmentTotals.evidence.ids.every((id) => kindOf.get(id) === 'amendment')).toBe(
      true,
    );
    expect(rec.totals.evidence.ids.some((id) => kindOf.get(id) === 'amendment')).toBe(false);
    expect(rec.totals.evidence.ids.length + rec.amendmentTotals.evidence.ids.length).toBe(
      rec.items.length,
    );
  });

  it('builds the full Council matrix from the typed table', async () => {
    const m = await agreementMatrixFor(store.db, { body: 'HRC' });
    expect(m.states.length).toBeGreaterThan(100);
    const i = m.states.findIndex((s) => s.code === 'CHN');
    const j = m.states.findIndex((s) => s.code === 'RUS');
    const rows = await alignment(store.db, 'CHN', { body: 'HRC' });
    expect(m.agreement[i]![j]).toBeCloseTo(rows.find((r) => r.state === 'RUS')!.agreement);
  });
});
