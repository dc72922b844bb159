import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORE_KINDS } from '../../../../test/stores.js';
import type { Store } from '../../../store/open-store.js';
import { importUprPaths } from '../../../store/upr/import-files.js';
import { buildUprIndexData } from '../../../store/upr/search-index/build.js';
import {
  encodeUprIndex,
  readUprIndexDocs,
  readUprIndexHead,
  readUprSearchIndex,
  rebuildUprSearchIndex,
  writeUprSearchIndex,
} from '../../../store/upr/search-index/persist.js';
import { uprSearchIndexPages } from '../../../store/migrations/015-upr-search-index-pages.js';
import { uprDataVersion } from '../../../store/upr/store-recommendations.js';
import { buildUprSearchIndex, requestTerms, searchUpr, type UprSearchRequest } from './index.js';
import { searchCsv } from './csv.js';
import {
  ensureTerms,
  loadSearchDocs,
  searchCsvStored,
  searchUprStored,
  uprSearchIndex,
} from './load.js';

const DEMO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../demo/upr');

/** Queries that exercise every part of the language, the filters, units, pages and orders. */
const REQUESTS: UprSearchRequest[] = [
  { q: '' },
  { q: 'release OR 人权维护者', limit: 2 },
  { q: 'release', offset: 2, limit: 2, filters: { sur: ['VNM', 'CUB'] } },
  { q: '"human rights defenders" -women' },
  { q: 'ratif* OR abol*', filters: { cycle: [2, 3] } },
  { q: '(torture OR death) NOT penalty', filters: { unit: 'recommending-state' } },
  { q: 'defend*', filters: { region: ['WEOG'], response: ['noted'] } },
  { q: 'freedom', filters: { source: ['wg-report'], unit: 'paragraph' } },
  { q: 'Tibet' },
  { q: 'cake' },
  { q: 'a*' },
  { q: 'human rights', order: 'relevance', limit: 50 },
  { q: 'journalist* OR "civil society"', order: 'relevance', offset: 3, limit: 5 },
];

const same = (r: { tookMs: number }) => ({ ...r, tookMs: 0 });

for (const kind of STORE_KINDS) {
  describe.skipIf(kind.skip)(`UPR search from the stored index (${kind.name})`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await kind.open();
      await importUprPaths(store, [DEMO]);
    });
    afterAll(async () => {
      await store?.close();
    });

    it('is written by the import, under the data version, and keeps no texts', async () => {
      const stored = await readUprSearchIndex(store.db);
      expect(stored?.version).toBe(await uprDataVersion(store.db));
      const index = await uprSearchIndex(store.db);
      expect(index.docs).toBeUndefined();
      const count = await store.db
        .selectFrom('uprRecommendations')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(index.size).toBe(Number(count.n));
      // and reads the postings of a query's terms only when asked (load.ts: ensureTerms)
      expect(index.termPostings.every((p) => p === undefined)).toBe(true);
      expect(() => searchUpr(index, { q: 'release', limit: 0 })).toThrow(/were not read/);
      await ensureTerms(store.db, index, requestTerms(index, { q: 'release' }));
      expect(index.termPostings.filter((p) => p !== undefined).length).toBeGreaterThan(0);
      // without texts, the in-memory search refuses a page rather than answer without them
      expect(() => searchUpr(index, { q: 'release' })).toThrow(/searchUprStored/);
      expect(searchUpr(index, { q: 'release', limit: 0 }).total).toBeGreaterThan(0);
    });

    it('built file by file (each import appends its own), equals the index built whole', async () => {
      const stored = await readUprSearchIndex(store.db);
      const whole = buildUprIndexData(await readUprIndexDocs(store.db));
      const hex = (rows: ReturnType<typeof encodeUprIndex>) =>
        rows.map((r) => [r.name, r.part, Buffer.from(r.data).toString('hex')]);
      expect(hex(encodeUprIndex(stored!.data, 'v'))).toEqual(hex(encodeUprIndex(whole, 'v')));
    });

    it('answers exactly as the index built in memory from the stored texts', async () => {
      const memory = buildUprSearchIndex(await loadSearchDocs(store.db));
      for (const req of REQUESTS)
        expect(same(await searchUprStored(store.db, req)), JSON.stringify(req)).toEqual(
          same(searchUpr(memory, req)),
        );
      for (const req of REQUESTS.slice(0, 6))
        expect(await searchCsvStored(store.db, req.q, req.filters)).toBe(
          searchCsv(memory, req.q, req.filters),
        );
    });

    it('reads no pages of an index stored after it was opened, and opens the new one', async () => {
      const version = await uprDataVersion(store.db);
      const before = await uprSearchIndex(store.db);
      before.termPostings.fill(undefined); // as if no query had read a term yet
      const stored = await readUprSearchIndex(store.db);
      // another version of the same data written meanwhile (as an import would, with its own)
      await writeUprSearchIndex(store.db, stored!.data, 'written-meanwhile');
      expect(await ensureTerms(store.db, before, requestTerms(before, { q: 'torture' }))).toBe(
        false,
      );
      await writeUprSearchIndex(store.db, stored!.data, version);
      const r = await searchUprStored(store.db, { q: 'torture', limit: 1 });
      expect(r.total).toBe(
        searchUpr(buildUprSearchIndex(await loadSearchDocs(store.db)), {
          q: 'torture',
          limit: 0,
        }).total,
      );
    });

    it('is unchanged by importing the same files again', async () => {
      const before = await store.db
        .withTables<{ uprSearchIndex: { name: string; part: number; data: Uint8Array } }>()
        .selectFrom('uprSearchIndex')
        .select(['name', 'part', 'data'])
        .orderBy('name')
        .orderBy('part')
        .execute();
      const reports = await importUprPaths(store, [DEMO]);
      expect(reports.filter((r) => r.status === 'imported')).toEqual([]);
      const after = await store.db
        .withTables<{ uprSearchIndex: { name: string; part: number; data: Uint8Array } }>()
        .selectFrom('uprSearchIndex')
        .select(['name', 'part', 'data'])
        .orderBy('name')
        .orderBy('part')
        .execute();
      expect(after.map((r) => [r.name, r.part, Buffer.from(r.data).toString('hex')])).toEqual(
        before.map((r) => [r.name, r.part, Buffer.from(r.data).toString('hex')]),
      );
    });

    it('written in an earlier format, is rewritten in pages by migration 015', async () => {
      const t = store.db.withTables<{
        uprSearchIndex: { name: string; part: number; data: Uint8Array };
      }>();
      const row = await t
        .selectFrom('uprSearchIndex')
        .select('data')
        .where('name', '=', 'header')
        .executeTakeFirstOrThrow();
      const header = JSON.parse(new TextDecoder().decode(row.data)) as { format: number };
      await t
        .updateTable('uprSearchIndex')
        .set({ data: new TextEncoder().encode(JSON.stringify({ ...header, format: 1 })) })
        .where('name', '=', 'header')
        .execute();
      expect(await readUprIndexHead(store.db)).toBeNull();
      await uprSearchIndexPages().up(store.db as never);
      const head = await readUprIndexHead(store.db);
      expect(head?.version).toBe(await uprDataVersion(store.db));
      expect(head?.columns.size).toBe((await readUprSearchIndex(store.db))?.data.size);
    });

    it('is read again after a write, and built in memory when none describes the data', async () => {
      const version = await uprDataVersion(store.db);
      await sql`delete from upr_search_index`.execute(store.db);
      await sql`update meta set value = 'written-by-an-older-version' where key = 'upr-data-version'`.execute(
        store.db,
      );
      const fallback = await uprSearchIndex(store.db);
      expect(fallback.docs?.length).toBe(fallback.size);
      expect((await searchUprStored(store.db, { q: 'release' })).total).toBeGreaterThan(0);
      // what migration 007 does for a database that holds recommendations; the stored index is
      // read as soon as the version changes
      await rebuildUprSearchIndex(store.db, version);
      await sql`update meta set value = ${version} where key = 'upr-data-version'`.execute(
        store.db,
      );
      const rebuilt = await uprSearchIndex(store.db);
      expect(rebuilt.docs).toBeUndefined();
      expect(rebuilt.size).toBe(fallback.size);
    });
  });
}
