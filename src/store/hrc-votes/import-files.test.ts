import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STORE_KINDS } from '../../../test/stores.js';
import { sharedPath, SHARED_DATA_SKIP_REASON } from '../../../test/shared-data.js';
import type { Store } from '../open-store.js';
import { importHrcVotePaths } from './import-files.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const demo = path.resolve(here, '../../../demo/hrc-votes');
const fixtures = path.join(here, 'fixtures');
const PRESS = path.join(fixtures, 'press-sample-2021-07-13.txt');

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
  describe.skipIf(kind.skip)(`import hrc-votes (${kind.name})`, () => {
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
      // 80,158 rows − 642 blank (no ballot) − 2 repeated (PER on 21028, BEN on 30508) = 79,514
      expect(await count(store, 'hrcBallots')).toBe(79514);
    } finally {
      await store.close();
    }
  }, 60_000);
});
