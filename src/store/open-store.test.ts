import { describe, expect, it } from 'vitest';
import { STORE_KINDS } from '../../test/stores.js';
import { DEFAULT_DB_FILE, resolveTarget } from './open-store.js';

describe('resolveTarget', () => {
  it('takes --db, then DATABASE_URL, then GROUNDPASS_DB, then the embedded default', () => {
    const env = { DATABASE_URL: 'postgres://h/db', GROUNDPASS_DB: 'x.db' };
    expect(resolveTarget('given.db', env)).toBe('given.db');
    expect(resolveTarget(undefined, env)).toBe('postgres://h/db');
    expect(resolveTarget(undefined, { GROUNDPASS_DB: 'x.db' })).toBe('x.db');
    expect(resolveTarget(undefined, {})).toBe(DEFAULT_DB_FILE);
  });
});

const postgres = STORE_KINDS.find((k) => k.name === 'postgres')!;

describe.skipIf(postgres.skip)(
  `PostgreSQL schemas${postgres.skip ? ` (${postgres.skip})` : ''}`,
  () => {
    it('migrates two stores in two schemas of one database at the same time', async () => {
      // Kysely would otherwise take one schema's migration tables for the other's
      const stores = await Promise.all([postgres.open(), postgres.open()]);
      try {
        for (const store of stores) {
          const n = await store.db
            .selectFrom('sourceDocuments')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow();
          expect(Number(n.n)).toBe(0);
        }
      } finally {
        for (const store of stores) await store.close();
      }
    });
  },
);
