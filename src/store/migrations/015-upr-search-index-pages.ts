import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { readUprIndexHead, rebuildUprSearchIndex } from '../upr/search-index/persist.js';
import { uprDataVersion } from '../upr/store-recommendations.js';

type AnyDb = Kysely<unknown>;

/**
 * The stored UPR search index rewritten in format 2 (term postings in pages read per query;
 * docs/decisions/0011-lazy-term-postings.md). A database whose index was written in format 1
 * would otherwise be searched through an index built in memory from every text until its next
 * UPR import. Same table, no schema change; the same code on both dialects.
 */
export function uprSearchIndexPages() {
  return {
    async up(db: AnyDb): Promise<void> {
      const store = db as unknown as Kysely<Database>;
      const any = await store.selectFrom('uprRecommendations').select('id').limit(1).execute();
      if (any.length === 0 || (await readUprIndexHead(store))) return;
      await rebuildUprSearchIndex(store, await uprDataVersion(store));
    },
  };
}
