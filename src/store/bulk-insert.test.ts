import { afterEach, describe, expect, it } from 'vitest';
import { STORE_KINDS } from '../../test/stores.js';
import { bulkInsert } from './bulk-insert.js';
import type { Store } from './open-store.js';
import { skipName } from '../../test/skip.js';

describe.each(STORE_KINDS)('bulkInsert on $name', (kind) => {
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });

  it.skipIf(kind.skip)(
    skipName('returns ids in row order and stores every column', kind.skip),
    async () => {
      store = await kind.open();
      const s = store;
      const ids = await s.db.transaction().execute((trx) =>
        bulkInsert(
          s,
          trx,
          'organizations',
          ['Beta', 'Alpha', 'Gamma'].map((name) => ({
            name,
            nameKey: name.toLowerCase(),
            country: name === 'Alpha' ? 'Chile' : null,
            countryCode: null,
          })),
          'nameKey',
        ),
      );
      const rows = await s.db
        .selectFrom('organizations')
        .select(['id', 'name', 'country'])
        .execute();
      const byId = new Map(rows.map((r) => [r.id, `${r.name}/${r.country ?? '-'}`]));
      expect(ids.map((id) => byId.get(id))).toEqual(['Beta/-', 'Alpha/Chile', 'Gamma/-']);
    },
  );

  it.skipIf(kind.skip)(
    skipName('is undone with the transaction it ran in', kind.skip),
    async () => {
      store = await kind.open();
      const s = store;
      await expect(
        s.db.transaction().execute(async (trx) => {
          await bulkInsert(s, trx, 'organizations', [
            { name: 'Kept?', nameKey: 'kept', country: null, countryCode: null },
          ]);
          throw new Error('bad file');
        }),
      ).rejects.toThrow('bad file');
      const n = await s.db.selectFrom('organizations').select('id').execute();
      expect(n).toHaveLength(0);
    },
  );
});
