import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { STORE_KINDS, openPostgresSchema } from '../../test/stores.js';
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
      const stores = await Promise.all([openPostgresSchema(), openPostgresSchema()]);
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

    it("reads the catalogue of its own schema only, so a neighbour's schema cannot fail it", async () => {
      // Kysely's own introspector listed every schema and resolved each table again by name: a
      // neighbour's schema dropped in between failed a store's migrations (CI, two test workers)
      const [own, neighbour] = await Promise.all([openPostgresSchema(), openPostgresSchema()]);
      try {
        await sql`create table neighbour_only (id serial primary key, note text)`.execute(
          neighbour.db,
        );
        const schema = (await sql<{ s: string }>`select current_schema() as s`.execute(own.db))
          .rows[0]!.s;
        const tables = await own.db.introspection.getTables({ withInternalKyselyTables: true });
        expect(tables.map((t) => t.name)).not.toContain('neighbour_only');
        expect(new Set(tables.map((t) => t.schema))).toEqual(new Set([schema]));
        expect(tables.map((t) => t.name)).toContain('kysely_migration');
        const documents = tables.find((t) => t.name === 'source_documents')!;
        expect(documents.columns.find((c) => c.name === 'id')).toMatchObject({
          isAutoIncrementing: true,
          isNullable: false,
        });
        expect(documents.columns.find((c) => c.name === 'sha256')).toMatchObject({
          dataType: 'text',
          isAutoIncrementing: false,
        });
        const withoutInternal = await own.db.introspection.getTables();
        expect(withoutInternal.map((t) => t.name)).not.toContain('kysely_migration');
        expect((await neighbour.db.introspection.getTables()).map((t) => t.name)).toContain(
          'neighbour_only',
        );
      } finally {
        await own.close();
        await neighbour.close();
      }
    });
  },
);
