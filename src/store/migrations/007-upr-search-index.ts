import type { Kysely } from 'kysely';
import type { DialectName } from '../dialect.js';
import type { Database } from '../schema.js';
import { rebuildUprSearchIndex } from '../upr/search-index/persist.js';
import { uprDataVersion } from '../upr/store-recommendations.js';

type AnyDb = Kysely<unknown>;

/**
 * The UPR search index, stored (docs/decisions/0004-search-index.md): named byte arrays in parts,
 * rewritten by every UPR import inside its transaction. A database that already holds
 * recommendations gets its index built here, so no search has to build one.
 */
export function uprSearchIndex(dialect: DialectName) {
  return {
    async up(db: AnyDb): Promise<void> {
      await db.schema
        .createTable('upr_search_index')
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('part', 'integer', (c) => c.notNull())
        .addColumn('data', dialect === 'postgres' ? 'bytea' : 'blob', (c) => c.notNull())
        .addPrimaryKeyConstraint('upr_search_index_pk', ['name', 'part'])
        .execute();
      const store = db as unknown as Kysely<Database>;
      const any = await store.selectFrom('uprRecommendations').select('id').limit(1).execute();
      if (any.length > 0) await rebuildUprSearchIndex(store, await uprDataVersion(store));
    },
  };
}
