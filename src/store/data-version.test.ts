import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STORE_KINDS } from '../../test/stores.js';
import { skipName } from '../../test/skip.js';
import { bumpDataVersion, dataVersion, dataVersionReader } from './data-version.js';
import {
  DATA_VERSION_EXEMPT,
  DATA_VERSION_TABLES,
  REPRISALS_DATA_VERSION_TABLES,
  GONGO_DATA_VERSION_TABLES,
  PARTICIPATION_DATA_VERSION_TABLES,
} from './data-version-tables.js';
import { importHrcVotePaths } from './hrc-votes/import-files.js';
import { importNgoCommitteeFile, importNgoCommitteePaths } from './ngo-committee/import-files.js';
import type { Store } from './open-store.js';
import { decideReview } from './organizations.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const demoHrc = path.resolve(here, '../../demo/hrc-votes');
const ngoFixture = (name: string) => path.join(here, 'ngo-committee/fixtures', name);

/** The tables the database holds, by its own catalogue. */
async function tablesOf(store: Store): Promise<string[]> {
  const { rows } =
    store.dialect === 'sqlite'
      ? await sql<{
          name: string;
        }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(
          store.db,
        )
      : await sql<{
          name: string;
        }>`select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(
          store.db,
        );
  return rows.map((r) => r.name).sort();
}

for (const kind of STORE_KINDS) {
  describe.skipIf(kind.skip)(skipName(`data version (${kind.name})`, kind.skip), () => {
    let store: Store;
    beforeEach(async () => {
      store = await kind.open();
    });
    afterEach(async () => {
      await store.close();
    });

    it('changes with an import, not with an import that finds the file unchanged', async () => {
      const empty = await dataVersion(store.db);
      expect(empty).toMatch(/^[0-9a-f-]{36}\.\d+$/);
      await importHrcVotePaths(store, [demoHrc]);
      const imported = await dataVersion(store.db);
      expect(imported).not.toBe(empty);
      const reports = await importHrcVotePaths(store, [demoHrc]);
      expect(reports.every((r) => r.status === 'unchanged' || r.status === 'skipped')).toBe(true);
      expect(await dataVersion(store.db)).toBe(imported);
      // the server's reader says the same
      expect(await dataVersionReader(store)()).toBe(imported);
    });

    it('changes with a review decision, which adds no document', async () => {
      await importNgoCommitteePaths(store, [ngoFixture('deferred.csv')]);
      await importNgoCommitteeFile(
        store,
        'typo_applications_deferred.csv',
        Buffer.from('NGO_name,Session_number,info\nLantern Right Watch,2025-02-07,\n'),
      );
      const item = await store.db
        .selectFrom('organizationReviews')
        .select('id')
        .where('status', '=', 'open')
        .executeTakeFirst();
      expect(item).toBeDefined();
      const before = await dataVersion(store.db);
      expect(await decideReview(store.db, item!.id, 'same')).toBe(true);
      expect(await dataVersion(store.db)).not.toBe(before);
    });

    it('changes with an update of a record table, and not when the transaction rolls back', async () => {
      await importHrcVotePaths(store, [demoHrc]);
      const before = await dataVersion(store.db);
      await expect(
        store.db.transaction().execute(async (trx) => {
          await trx.updateTable('hrcBallots').set({ vote: 'no' }).where('textId', '=', 1).execute();
          expect(await dataVersion(trx)).not.toBe(before);
          throw new Error('roll back');
        }),
      ).rejects.toThrow('roll back');
      expect(await dataVersion(store.db)).toBe(before);
      await store.db
        .updateTable('hrcBallots')
        .set({ vote: 'no' })
        .where('textId', '=', 1)
        .execute();
      const updated = await dataVersion(store.db);
      expect(updated).not.toBe(before);
      await store.db.deleteFrom('hrcBallots').where('textId', '=', 1).execute();
      expect(await dataVersion(store.db)).not.toBe(updated);
    });

    it('can be raised by hand inside a transaction', async () => {
      const before = await dataVersion(store.db);
      await store.db.transaction().execute((trx) => bumpDataVersion(trx));
      expect(await dataVersion(store.db)).not.toBe(before);
    });

    it('differs between two databases with the same history (the origin is drawn at creation)', async () => {
      const other = await kind.open();
      try {
        expect(await dataVersion(other.db)).not.toBe(await dataVersion(store.db));
      } finally {
        await other.close();
      }
    });

    it('covers every table: each is raised by its writes or named as exempt with a reason', async () => {
      const tables = await tablesOf(store);
      const covered = new Set<string>([
        ...DATA_VERSION_TABLES,
        ...REPRISALS_DATA_VERSION_TABLES,
        ...GONGO_DATA_VERSION_TABLES,
        ...PARTICIPATION_DATA_VERSION_TABLES,
      ]);
      const uncovered = tables.filter((t) => !covered.has(t) && !(t in DATA_VERSION_EXEMPT));
      // a new table: add it to DATA_VERSION_TABLES (and a trigger in a migration) when its
      // writes change a figure, or to DATA_VERSION_EXEMPT with the reason they do not
      expect(uncovered).toEqual([]);
      for (const t of DATA_VERSION_TABLES) expect(tables).toContain(t);
    });
  });
}
