import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORE_KINDS } from '../../../test/stores.js';
import type { Store } from '../../store/open-store.js';
import { importUprPaths } from '../../store/upr/import-files.js';
import { uprProfile, uprStatsByRecommender } from './profile.js';
import { uprRecommendation, uprRecommendationList } from './recommendation.js';
import { findRepeatedRecommendations, jaccard, contentWords } from './repeats.js';
import { pickUnit, statsByCycle, statsByRecommender, uprStats } from './stats.js';
import type { UprRow } from './rows.js';

const DEMO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../demo/upr');

const row = (id: number, over: Partial<UprRow>): UprRow => ({
  id,
  sur: 'CHN',
  cycle: 1,
  response: 'supported',
  sourceKind: 'upr-info-export',
  tone: 'neutral',
  actionCategory: 4,
  saysRepeated: false,
  narrative: false,
  text: 'Take measures.',
  from: ['NOR'],
  themes: [],
  ...over,
});

describe('UPR figures (pure)', () => {
  it('counts responses per cycle; the rate is over answered recommendations', () => {
    const s = statsByCycle([
      row(1, { response: 'supported' }),
      row(2, { response: 'noted' }),
      row(3, { response: 'rejected' }),
      row(4, { response: 'pending' }),
      row(5, { cycle: 2, response: 'partially' }),
    ]);
    expect(s[0]).toMatchObject({
      cycle: 1,
      total: 4,
      supported: 1,
      noted: 1,
      rejected: 1,
      pending: 1,
    });
    expect(s[0]!.notedOrRejectedRate).toBeCloseTo(2 / 3);
    expect(s[0]!.notedOrRejectedEvidence.ids).toEqual([2, 3]);
    expect(s[1]).toMatchObject({ cycle: 2, total: 1, partially: 1, notedOrRejectedRate: 0 });
  });

  it('counts one unit per review when the UN paragraphs and UPR Info rows are both stored', () => {
    const rows = [
      row(1, { cycle: 2 }),
      row(2, { cycle: 2 }),
      row(3, { cycle: 2, sourceKind: 'un-matrix' }),
      row(4, { cycle: 1 }),
    ];
    expect(pickUnit(rows).map((r) => r.id)).toEqual([3, 4]);
    expect(pickUnit(rows, 'upr-info').map((r) => r.id)).toEqual([1, 2, 4]);
  });

  it('an explicit source keeps only the cycles counted in its unit', () => {
    const rows = [
      row(1, { cycle: 2 }),
      row(2, { cycle: 2, sourceKind: 'un-matrix' }),
      row(3, { cycle: 1 }),
      row(4, { cycle: 3, sourceKind: 'wg-report' }),
    ];
    // no choice: the UN count where there is one, else what there is
    expect(pickUnit(rows).map((r) => r.id)).toEqual([2, 3, 4]);
    expect(pickUnit(rows, 'official').map((r) => r.id)).toEqual([2, 4]);
    expect(pickUnit(rows, 'upr-info').map((r) => r.id)).toEqual([1, 3]);
  });

  it('counts recommenders in one unit each: rows of the two units are never added up', () => {
    const s = statsByRecommender(
      [
        row(1, { cycle: 1, from: ['NOR'] }),
        row(2, { cycle: 1, from: ['NOR'], sur: 'VNM' }),
        row(3, { cycle: 3, from: ['NOR', 'SWE'], sourceKind: 'wg-report', response: 'noted' }),
      ],
      'state',
    );
    expect(s.map((g) => [g.key, g.unit, g.total])).toEqual([
      ['NOR', 'recommending-state', 2],
      ['NOR', 'paragraph', 1],
      ['SWE', 'paragraph', 1],
    ]);
  });

  it('a repeat needs the same main verb and the same named instruments', () => {
    const opcat = 'Ratify the Optional Protocol to the Convention against Torture.';
    const ced =
      'Ratify the International Convention for the Protection of All Persons from Enforced Disappearance.';
    const pair = (a: string, b: string, over: Partial<UprRow> = {}) =>
      findRepeatedRecommendations([
        row(1, { text: a, from: ['DEU'] }),
        row(2, { text: b, from: ['DEU'], cycle: 2, ...over }),
      ]).get(2);
    // close enough by words alone (5 of 7, 7 of 11, 3 of 5), but not the same request
    expect(
      jaccard(
        contentWords(opcat),
        contentWords('Implement the Optional Protocol to the Convention against Torture.'),
      ),
    ).toBeCloseTo(5 / 7);
    expect(
      pair(opcat, 'Implement the Optional Protocol to the Convention against Torture.'),
    ).toBeUndefined();
    const both =
      'Ratify the Optional Protocol to the Convention against Torture and the International Convention for the Protection of All Persons from Enforced Disappearance.';
    expect(jaccard(contentWords(ced), contentWords(both))).toBeCloseTo(7 / 11);
    expect(pair(ced, both)).toBeUndefined();
    expect(pair('Ratify OP-CAT.', 'Ratify OP-CAT and ICPPED.')).toBeUndefined();
    // short texts need closer wording
    expect(
      pair('Abolish the death penalty.', 'Abolish the death penalty for drug offences.'),
    ).toBeUndefined();
    // the same request, reworded
    expect(
      pair(opcat, 'Ratify the Optional Protocol to the Convention against Torture soon.'),
    ).toMatchObject({ repeatOf: 1, reason: 'close-wording' });
    // only within one counting unit
    expect(pair(opcat, opcat, { sourceKind: 'un-matrix' })).toBeUndefined();
  });

  it('a recommendation saying it repeats one names an earlier one only when the wording is close', () => {
    const repeats = findRepeatedRecommendations([
      row(1, { text: 'Release all detained journalists.', from: ['NOR'] }),
      row(2, {
        text: 'Abolish the death penalty and release journalists, as previously recommended.',
        from: ['NOR'],
        cycle: 2,
        saysRepeated: true,
      }),
    ]);
    // 2 shared content words (release, journalist) of 8
    expect(repeats.get(2)).toMatchObject({ repeatOf: null, reason: 'says-repeated' });
    expect(repeats.get(2)!.similarity).toBeCloseTo(2 / 8);
  });

  it('finds repeats by close wording from the same state, or by the text saying so', () => {
    const a = 'Ratify the International Covenant on Civil and Political Rights.';
    const b =
      'Ratify the International Covenant on Civil and Political Rights at the earliest possible date.';
    // content words: 6 shared of 9 in all
    expect(jaccard(contentWords(a), contentWords(b))).toBeCloseTo(6 / 9);
    const repeats = findRepeatedRecommendations([
      row(1, { text: a, from: ['DEU'] }),
      row(2, { text: b, from: ['DEU'], cycle: 2 }),
      row(3, { text: b, from: ['FRA'], cycle: 2 }),
      row(4, {
        text: 'Abolish the death penalty, as previously recommended.',
        cycle: 2,
        saysRepeated: true,
      }),
      row(5, { text: a, from: ['DEU'], cycle: 2, sur: 'VNM' }),
    ]);
    expect([...repeats.keys()]).toEqual([2, 4]);
    expect(repeats.get(2)).toMatchObject({ repeatOf: 1, reason: 'close-wording' });
    expect(repeats.get(4)).toMatchObject({ reason: 'says-repeated' });
  });
});

for (const kind of STORE_KINDS) {
  describe.skipIf(kind.skip)(`UPR figures from the sample data (${kind.name})`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await kind.open();
      await importUprPaths(store, [DEMO]);
    });
    afterAll(async () => {
      await store.close();
    });

    it('gives per-cycle counts as counted by hand in demo/upr', async () => {
      const vnm = await uprStats(store.db, { sur: 'VNM' });
      expect(
        vnm.map((c) => [c.cycle, c.total, c.supported, c.partially, c.noted, c.rejected]),
      ).toEqual([
        [1, 6, 4, 0, 2, 0],
        [2, 6, 3, 0, 3, 0],
        [3, 10, 5, 1, 3, 1],
      ]);
      expect(vnm[2]!.notedOrRejectedRate).toBeCloseTo(0.4);
      expect(vnm[2]!.unit).toBe('paragraph');
      // cycle 3 of Viet Nam is stored only as WG report paragraphs: not in UPR Info's count
      const info = await uprStats(store.db, { sur: 'VNM', source: 'upr-info' });
      expect(info.map((c) => [c.cycle, c.unit])).toEqual([
        [1, 'recommending-state'],
        [2, 'recommending-state'],
      ]);
      const official = await uprStats(store.db, { sur: 'VNM', source: 'official' });
      expect(official.map((c) => c.cycle)).toEqual([3]);
      const chn = await uprStats(store.db, { sur: 'CHN', cycle: 2 });
      expect(chn).toHaveLength(1);
      expect(chn[0]).toMatchObject({ total: 11, supported: 4, noted: 7 });
      expect(chn[0]!.evidence.ids).toHaveLength(11);
    });

    it('profiles a state: top recommenders, repeats, critical share among accepted', async () => {
      const p = await uprProfile(store.db, 'CHN');
      expect(p.cycles.map((c) => c.total)).toEqual([10, 11]);
      const c2 = p.cycles[1]!;
      // Norway's "as recommended previously" and Germany's ICCPR again (6 of 9 content words)
      const repeated = await uprRecommendationList(store.db, c2.repeated.evidence.ids);
      expect(repeated.items.map((r) => r.from)).toEqual([['NOR'], ['DEU']]);
      expect(c2.criticalAmongAccepted.accepted).toBe(4);
      expect(c2.topRecommendingStates.every((s) => s.count === 1)).toBe(true);
      const byRegion = await uprStatsByRecommender(store.db, { sur: 'VNM', by: 'region' });
      // Viet Nam, WEOG: cycle 1 NOR DEU CAN, cycle 2 NOR CAN SWE (UPR Info rows), cycle 3 ¶38.1
      // (DNK with EST), ¶38.3 (NOR and SWE, once), 38.6 DEU, 38.7 CAN, 38.8 FRA (paragraphs)
      expect(byRegion.filter((r) => r.key === 'WEOG').map((r) => [r.unit, r.total])).toEqual([
        ['recommending-state', 6],
        ['paragraph', 5],
      ]);
      // across all reviews too: one unit per row
      const all = await uprStatsByRecommender(store.db, { by: 'state' });
      expect(
        all
          .filter((r) => r.key === 'NOR')
          .map((r) => r.unit)
          .sort(),
      ).toEqual(['paragraph', 'recommending-state']);
    });

    it('shows one recommendation with its source, response source and labels', async () => {
      const [id] = (
        await store.db
          .selectFrom('uprRecommendations')
          .select('id')
          .where('paragraph', '=', '38.8')
          .execute()
      ).map((r) => r.id);
      const r = (await uprRecommendation(store.db, id!))!;
      expect(r.response).toBe('rejected');
      expect(r.source).toMatchObject({ symbol: 'A/HRC/41/99', line: 63 });
      expect(r.responseSource).toMatchObject({ symbol: 'A/HRC/41/99/Add.1', line: 34 });
      expect(r.from.map((f) => f.code)).toEqual(['FRA']);
      expect(r.labels.machineSuggested).toBe(true);
      expect(r.labels.action.ruleId).not.toBe('');
      expect(await uprRecommendation(store.db, 999_999)).toBeUndefined();
    });
  });
}
