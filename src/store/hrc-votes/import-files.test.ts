import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STORE_KINDS } from '../../../test/stores.js';
import { sharedPath, SHARED_DATA_SKIP_REASON } from '../../../test/shared-data.js';
import type { Store } from '../open-store.js';
import { readFileSync } from 'node:fs';
import { importHrcVoteFile, importHrcVotePaths } from './import-files.js';
import { skipName } from '../../../test/skip.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const demo = path.resolve(here, '../../../demo/hrc-votes');
const fixtures = path.join(here, 'fixtures');
const PRESS = path.join(fixtures, 'press-sample-2021-07-13.txt');
const FUZZY = path.join(fixtures, 'press-fuzzy-2023-04-05.txt');

/** The press texts of a store with what they link to (or why they count or not), by line. */
const pressRows = (store: Store) =>
  store.db
    .selectFrom('hrcVotingTexts as p')
    .leftJoin('hrcVotingTexts as o', 'o.id', 'p.linkedTextId')
    .select(['p.line', 'p.linkedBy', 'o.symbol', 'p.date'])
    .where('p.source', '=', 'press')
    .orderBy('p.line')
    .orderBy('p.id')
    .execute();

const count = async (store: Store, table: 'hrcVotingTexts' | 'hrcBallots') =>
  Number(
    (
      await store.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

for (const kind of STORE_KINDS) {
  describe.skipIf(kind.skip)(skipName(`import hrc-votes (${kind.name})`, kind.skip), () => {
    let store: Store;
    beforeEach(async () => {
      store = await kind.open();
    });
    afterEach(async () => {
      await store.close();
    });

    it('imports the resolutions before the votes whatever order the paths come in', async () => {
      const reports = await importHrcVotePaths(store, [
        path.join(demo, 'votes_long.csv'),
        path.join(demo, 'resolutions.csv'),
      ]);
      expect(reports.map((r) => [path.basename(r.file), r.status])).toEqual([
        ['resolutions.csv', 'imported'],
        ['votes_long.csv', 'imported'],
      ]);
      // demo/hrc-votes: 9 records; 7 roll-calls × 47 members = 329 rows, none blank
      expect(reports[0]!.counts?.texts).toBe(9);
      expect(reports[1]!.counts?.ballots).toBe(329);
      expect(await count(store, 'hrcBallots')).toBe(329);
    });

    it('leaves a re-imported file unchanged and changes nothing', async () => {
      await importHrcVotePaths(store, [demo]);
      const again = await importHrcVotePaths(store, [demo]);
      expect(again.filter((r) => r.status !== 'skipped').map((r) => r.status)).toEqual([
        'unchanged',
        'unchanged',
      ]);
      expect(await count(store, 'hrcVotingTexts')).toBe(9);
      expect(await count(store, 'hrcBallots')).toBe(329);
    });

    it('rejects a votes file naming an unknown record, at its first line, storing nothing of it', async () => {
      await importHrcVotePaths(store, [path.join(demo, 'resolutions.csv')]);
      const [report] = await importHrcVotePaths(store, [
        path.join(fixtures, 'votes_unknown_record.csv'),
      ]);
      expect(report!.status).toBe('rejected');
      expect(report!.problems[0]).toMatchObject({ code: 'unknown-record', line: 3 });
      expect(await count(store, 'hrcBallots')).toBe(0);
      const docs = await store.db.selectFrom('sourceDocuments').select('fileName').execute();
      expect(docs.map((d) => d.fileName)).toEqual(['resolutions.csv']);
    });

    it('stores press-release votes as texts linked to the record of the same vote', async () => {
      // The release first: the link is made when the records arrive.
      await importHrcVotePaths(store, [PRESS]);
      const reports = await importHrcVotePaths(store, [demo]);
      expect(reports.find((r) => r.file.endsWith('resolutions.csv'))!.counts?.linkedPress).toBe(2);
      const press = await store.db
        .selectFrom('hrcVotingTexts as p')
        .innerJoin('hrcVotingTexts as o', 'o.id', 'p.linkedTextId')
        .select(['p.line', 'p.linkedBy', 'o.symbol'])
        .where('p.source', '=', 'press')
        .orderBy('p.line')
        .execute();
      expect(press).toEqual([
        // printed symbol
        { line: 10, linkedBy: 'symbol', symbol: 'A/HRC/RES/90/1' },
        // no symbol: the one recorded vote of that day with 30/10/7
        { line: 12, linkedBy: 'date-counts', symbol: 'A/HRC/RES/90/2' },
      ]);
    });

    it('stores no abstentions as unknown (null) and links such a vote on its yes and no', async () => {
      // the demo's A/HRC/RES/90/2 of 2021-07-13 is 30 yes, 10 no, 7 abstentions
      await importHrcVotePaths(store, [demo]);
      const release = [
        'url: https://example.org/sample/press-2021-07-13-b',
        'title: SAMPLE: COUNCIL ADOPTS TEXT ON CIVIL SOCIETY SPACE',
        'date: 2021-07-13',
        'kind: hrc-vote-press',
        '---',
        'The resolution on civil society space was adopted by a vote of 30 in favour and 10 against.',
      ].join('\n');
      const report = await importHrcVoteFile(store, 'b.txt', new TextEncoder().encode(release));
      expect(report.status).toBe('imported');
      const row = await store.db
        .selectFrom('hrcVotingTexts as p')
        .innerJoin('hrcVotingTexts as o', 'o.id', 'p.linkedTextId')
        .select(['p.officialYes', 'p.officialNo', 'p.officialAbstain', 'p.linkedBy', 'o.symbol'])
        .where('p.source', '=', 'press')
        .executeTakeFirstOrThrow();
      expect(row).toEqual({
        officialYes: 30,
        officialNo: 10,
        officialAbstain: null,
        linkedBy: 'date-counts',
        symbol: 'A/HRC/RES/90/2',
      });
    });

    it('links a release of the day after by subject and near counts, by draft symbol, and says which press votes count', async () => {
      await importHrcVotePaths(store, [demo, FUZZY]);
      // press-fuzzy-2023-04-05.txt; demo/hrc-votes/resolutions.csv
      expect(await pressRows(store)).toEqual([
        // Syria 31/8/8 the day after A/HRC/RES/92/5 (Syria, 2023-04-04, 30/8/9): each count within 2
        { line: 10, linkedBy: 'date-subject-counts', symbol: 'A/HRC/RES/92/5', date: '2023-04-05' },
        // Eritrea: the sample holds no Eritrea vote on 4 or 5 April 2023, so the release stands
        { line: 12, linkedBy: 'counted', symbol: null, date: '2023-04-05' },
        // Syria again, 12/25/10: too far from 30/8/9 to be that vote, too close in subject to be told apart
        {
          line: 16,
          linkedBy: 'not-counted:export-vote-nearby',
          symbol: null,
          date: '2023-04-05',
        },
        // "(A/HRC/90/L.3)": the draft of A/HRC/RES/90/1
        { line: 20, linkedBy: 'draft-symbol', symbol: 'A/HRC/RES/90/1', date: '2023-04-05' },
      ]);
    });

    it('labels press votes with targets and themes from their subject', async () => {
      await importHrcVotePaths(store, [PRESS, FUZZY]);
      const labels = await store.db
        .selectFrom('hrcVotingTexts as t')
        .leftJoin('hrcTextTargets as g', 'g.textId', 't.id')
        .leftJoin('hrcTextThemes as h', 'h.textId', 't.id')
        .select(['t.title', 'g.state', 'h.theme'])
        .where('t.source', '=', 'press')
        .orderBy('t.id')
        .execute();
      expect(labels.map((l) => [l.state, l.theme])).toEqual([
        ['BLR', null], // "… in Belarus"
        [null, 'civil-society-space'], // "resolution on civil society space"
        ['SYR', null],
        ['ERI', null],
        ['SYR', null],
        ['BLR', null],
      ]);
    });

    it('never counts an undated press vote; links it by symbol still', async () => {
      await importHrcVotePaths(store, [demo]);
      const undated = readFileSync(FUZZY, 'utf8').replace('date: 2023-04-05', 'date: unknown');
      await importHrcVoteFile(store, 'undated.txt', new TextEncoder().encode(undated));
      expect((await pressRows(store)).map((r) => [r.line, r.linkedBy, r.symbol])).toEqual([
        [10, 'not-counted:undated', null],
        [12, 'not-counted:undated', null],
        [16, 'not-counted:undated', null],
        [20, 'draft-symbol', 'A/HRC/RES/90/1'],
      ]);
    });

    it('takes a re-saved copy of a release (one more newline) as the same votes', async () => {
      await importHrcVotePaths(store, [demo, FUZZY]);
      const copy = new TextEncoder().encode(`${readFileSync(FUZZY, 'utf8')}\n`);
      const report = await importHrcVoteFile(store, 'copy-of-release.txt', copy);
      expect(report.status).toBe('imported');
      expect(report.counts).toMatchObject({ texts: 0, duplicateTexts: 4, ballots: 0 });
      expect(await pressRows(store)).toHaveLength(4);
    });
  });
}

const real = sharedPath('hrc-voting');
describe.skipIf(!real)(`import of the OHCHR export (${SHARED_DATA_SKIP_REASON})`, () => {
  it('stores 6,346 texts and every vote row with a Y/N/A/. code', async () => {
    const store = await STORE_KINDS[0]!.open();
    try {
      const reports = await importHrcVotePaths(store, [real!]);
      expect(reports.filter((r) => r.status === 'rejected')).toEqual([]);
      expect(await count(store, 'hrcVotingTexts')).toBe(6346);
      // 80,158 rows − 61 Commission blanks (no ballot) − 2 repeated (PER on 21028, BEN on 30508)
      // = 80,095: the 581 Council blanks are absent (python3 count, see ohchr-votes.test.ts)
      expect(await count(store, 'hrcBallots')).toBe(80095);
    } finally {
      await store.close();
    }
  }, 60_000);
});
