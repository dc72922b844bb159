import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORE_KINDS } from '../../../test/stores.js';
import { sharedPath, SHARED_DATA_SKIP_REASON } from '../../../test/shared-data.js';
import { importHrcVotePaths } from '../../store/hrc-votes/import-files.js';
import type { Store } from '../../store/open-store.js';
import { alignment } from './alignment.js';
import { votingRecord } from './record.js';
import { resolutionVotes } from './resolution.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const demo = path.resolve(here, '../../../demo/hrc-votes');
const FUZZY = path.resolve(here, '../../store/hrc-votes/fixtures/press-fuzzy-2023-04-05.txt');

for (const kind of STORE_KINDS) {
  describe.skipIf(kind.skip)(`press votes in the figures (${kind.name})`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await kind.open();
      await importHrcVotePaths(store, [demo, FUZZY]);
    });
    afterAll(async () => {
      await store.close();
    });

    it('counts a press vote the export lacks, not one it cannot tell apart from the export', async () => {
      const rec = await votingRecord(store.db, 'CHN', { from: 2023, to: 2023 });
      // demo: CHN "N" on A/HRC/RES/92/5 (record 90008); press-fuzzy: CHN against on Eritrea
      // (line 12, counted), in favour on the second Syria text (line 16, not counted)
      expect(rec.items.map((i) => [i.symbol, i.title, i.vote])).toEqual([
        [
          'A/HRC/RES/92/5',
          '[Sample] Situation of human rights in the Syrian Arab Republic : resolution /',
          'no',
        ],
        [null, 'resolution on the situation of human rights in Eritrea', 'no'],
      ]);
      expect(rec.byTarget.map((t) => t.target)).toEqual(['ERI', 'SYR']);
    });

    it('resolves a draft symbol to the adopted text and shows the press accounts with their status', async () => {
      const r = await resolutionVotes(store.db, 'A/HRC/90/L.3');
      // demo record 90001: draft A/HRC/90/L.3, 20 Y, 9 N, 17 A, 1 "."
      expect(r).toMatchObject({
        symbol: 'A/HRC/RES/90/1',
        counts: { yes: 20, no: 9, abstain: 17, absent: 1 },
      });
      expect(r!.others.map((o) => [o.source, o.linkedBy, o.counted])).toEqual([
        ['press', 'draft-symbol', false],
      ]);
      const syria = await resolutionVotes(store.db, 'A/HRC/RES/92/5');
      // the release's 31/8/8 against the record's 30/8/9
      expect(syria!.others).toHaveLength(1);
      expect(syria!.others[0]).toMatchObject({
        linkedBy: 'date-subject-counts',
        countDifference: { yes: 1, no: 0, abstain: -1 },
      });
    });
  });
}

const exportDir = sharedPath('hrc-voting');
const pressDir = sharedPath('un-texts', 'hrc-vote-press');
describe.skipIf(!exportDir || !pressDir)(
  `press releases beside the OHCHR export (${SHARED_DATA_SKIP_REASON})`,
  () => {
    let store: Store;
    beforeAll(async () => {
      store = await STORE_KINDS[0]!.open();
      await importHrcVotePaths(store, [exportDir!, pressDir!]);
    }, 120_000);
    afterAll(async () => {
      await store.close();
    });

    const pressOf = (file: string) =>
      store.db
        .selectFrom('hrcVotingTexts as p')
        .innerJoin('sourceDocuments as d', 'd.id', 'p.documentId')
        .leftJoin('hrcVotingTexts as o', 'o.id', 'p.linkedTextId')
        .select(['p.linkedBy', 'o.symbol'])
        .where('d.fileName', '=', file)
        .execute();

    it("links Argentina's Venezuela release (19/7/20) to A/HRC/RES/42/25 (19/7/21) and counts the vote once", async () => {
      // cancilleria-ar-2019-09-27-venezuela-ffm.txt lists 19 for, 7 against, 20 abstaining;
      // resolutions.csv record 27747: A/HRC/RES/42/25, 2019-09-27, 19 / 7 / 21
      expect(await pressOf('cancilleria-ar-2019-09-27-venezuela-ffm.txt')).toEqual([
        { linkedBy: 'date-subject-counts', symbol: 'A/HRC/RES/42/25' },
      ]);
      const rec = await votingRecord(store.db, 'CHN', { from: 2019, to: 2019 });
      // votes_long.csv: CHN voted on two Venezuela texts in 2019, records 27726 (A/HRC/RES/42/4)
      // and 27747 (A/HRC/RES/42/25); the release is no third
      expect(
        rec.items.filter((i) => /Venezuela/.test(i.title)).map((i) => [i.symbol, i.vote]),
      ).toEqual([
        ['A/HRC/RES/42/4', 'yes'],
        ['A/HRC/RES/42/25', 'no'],
      ]);
      // votes_long.csv, HRC 2016–2024: 445 records where CHN and CUB both voted Y, N or A
      // (counted with a one-off script over the raw CSV; the release added a 446th), amendments
      // included, since the count is of records
      const rows = await alignment(store.db, 'CUB', {
        from: 2016,
        to: 2024,
        amendments: 'include',
      });
      expect(rows.find((r) => r.state === 'CHN')!.votes).toBe(445);
    });

    it('counts no undated press vote (the Ukraine special session release)', async () => {
      expect(await pressOf('unognewsroom-2022-05-ukraine-special-session.txt')).toEqual([
        { linkedBy: 'not-counted:undated', symbol: null },
      ]);
      for (const state of ['CHN', 'ERI']) {
        const rec = await votingRecord(store.db, state, {});
        expect(rec.items.filter((i) => i.date === null)).toEqual([]);
      }
    });

    it('links releases that print the draft symbol (Iran S-35/L.1, Belarus 45/L.1)', async () => {
      expect(await pressOf('ungeneva-2022-11-iran-ffm-special-session.txt')).toEqual([
        { linkedBy: 'draft-symbol', symbol: 'A/HRC/RES/S-35/1' },
      ]);
      expect(await pressOf('spring96-2020-hrc45-belarus-resolution.txt')).toEqual([
        { linkedBy: 'draft-symbol', symbol: 'A/HRC/RES/45/1' },
      ]);
      // resolutions.csv record 31503: A/HRC/RES/S-35/1, draft A/HRC/S-35/L.1, 25 / 6 / 16
      const r = await resolutionVotes(store.db, 'A/HRC/S-35/L.1');
      expect(r).toMatchObject({
        symbol: 'A/HRC/RES/S-35/1',
        officialCounts: { yes: 25, no: 6, abstain: 16 },
      });
      expect(r!.counts.yes).toBe(25);
    });
  },
);
