import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipName } from '../../test/skip.js';
import { ROLES } from '../security/policies.js';
import { STORE_KINDS } from '../../test/stores.js';
import { openSampleStore } from '../../test/sample-store.js';
import { dataVersion } from '../store/data-version.js';
import type { Store } from '../store/open-store.js';
import { buildApp } from './app.js';
import {
  cacheableRoute,
  figureCacheIdle,
  figureCacheStats,
  matchesIfNoneMatch,
} from './figure-cache.js';

describe('If-None-Match', () => {
  it('matches the tag in a list, its weak form and *, and nothing else', () => {
    expect(matchesIfNoneMatch('"a", "b"', '"b"')).toBe(true);
    expect(matchesIfNoneMatch('W/"b"', '"b"')).toBe(true);
    expect(matchesIfNoneMatch('*', '"b"')).toBe(true);
    expect(matchesIfNoneMatch('"bb"', '"b"')).toBe(false);
    expect(matchesIfNoneMatch(undefined, '"b"')).toBe(false);
  });
  it('keeps public API reads only', () => {
    expect(cacheableRoute('GET', '/api/v1/votes/matrix')).toBe(true);
    expect(cacheableRoute('POST', '/api/v1/votes/texts')).toBe(false);
    expect(cacheableRoute('GET', '/index.html')).toBe(false);
    expect(cacheableRoute('GET', undefined)).toBe(false);
  });
});

for (const kind of STORE_KINDS) {
  describe.skipIf(kind.skip)(skipName(`figure cache (${kind.name})`, kind.skip), () => {
    let store: Store;
    let app: FastifyInstance;
    beforeAll(async () => {
      store = await openSampleStore(kind);
      app = await buildApp({ store });
    });
    afterAll(async () => {
      await app.close();
      await store.close();
    });
    const get = (url: string, headers: Record<string, string> = {}) =>
      app.inject({ method: 'GET', url, headers });

    it('answers a repeated request from the cache with the same bytes and ETag, and 304 to If-None-Match', async () => {
      const url = '/api/v1/votes/matrix?from=2016';
      const before = figureCacheStats(app)!;
      const first = await get(url);
      expect(first.statusCode).toBe(200);
      const etag = String(first.headers.etag);
      expect(etag).toMatch(/^"[\w-]+"$/);
      const second = await get(url);
      expect(second.body).toBe(first.body);
      expect(second.headers.etag).toBe(etag);
      expect(second.headers['content-type']).toBe(first.headers['content-type']);
      const after = figureCacheStats(app)!;
      expect(after.misses - before.misses).toBe(1);
      expect(after.hits - before.hits).toBe(1);

      const notModified = await get(url, { 'if-none-match': etag });
      expect(notModified.statusCode).toBe(304);
      expect(notModified.body).toBe('');
      expect(notModified.headers.etag).toBe(etag);
      // another tag: the answer itself
      expect((await get(url, { 'if-none-match': '"other"' })).body).toBe(first.body);
    });

    it('sends a cached CSV as it was sent the first time (one byte-order mark)', async () => {
      const url = '/api/v1/votes/matrix.csv';
      const first = await get(url);
      const second = await get(url);
      expect(first.body.startsWith('\ufeff')).toBe(true);
      expect(second.rawPayload.equals(first.rawPayload)).toBe(true);
      expect(second.headers['content-disposition']).toBe(first.headers['content-disposition']);
      expect(String(second.headers['content-type'])).toMatch(/^text\/csv/);
    });

    it('sends the brotli or gzip copy a browser accepts, with an ETag of its own, the same bytes once decoded', async () => {
      const url = '/api/v1/votes/matrix?from=2015';
      const plain = await get(url);
      expect(plain.statusCode).toBe(200);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(String(plain.headers.vary)).toMatch(/accept-encoding/i);
      await figureCacheIdle(app);
      const br = await get(url, { 'accept-encoding': 'gzip, deflate, br, zstd' });
      expect(br.headers['content-encoding']).toBe('br');
      expect(brotliDecompressSync(br.rawPayload).equals(plain.rawPayload)).toBe(true);
      expect(Number(br.headers['content-length'])).toBe(br.rawPayload.length);
      expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);
      expect(String(br.headers.vary)).toMatch(/accept-encoding/i);
      const gz = await get(url, { 'accept-encoding': 'gzip' });
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(gz.rawPayload).equals(plain.rawPayload)).toBe(true);
      const etags = new Set([plain.headers.etag, br.headers.etag, gz.headers.etag]);
      expect(etags.size).toBe(3);
      // a client without Accept-Encoding gets the bytes as computed, from the cache
      const again = await get(url);
      expect(again.headers['content-encoding']).toBeUndefined();
      expect(again.rawPayload.equals(plain.rawPayload)).toBe(true);
      // the copy's tag is good for 304, whichever copy the client holds
      const notModified = await get(url, {
        'accept-encoding': 'br',
        'if-none-match': String(gz.headers.etag),
      });
      expect(notModified.statusCode).toBe(304);
      expect(notModified.rawPayload.length).toBe(0);
    });

    it('makes the brotli copy of a hot answer again at the best quality; the old tag still gives 304', async () => {
      const hot = await buildApp({ store, figureCache: { hotHits: 3, hotMinBytes: 1024 } });
      try {
        const url = '/api/v1/votes/matrix?from=2013';
        const br = { 'accept-encoding': 'br' };
        const plain = await hot.inject({ method: 'GET', url });
        await figureCacheIdle(hot);
        const first = await hot.inject({ method: 'GET', url, headers: br });
        expect(first.headers['content-encoding']).toBe('br');
        await hot.inject({ method: 'GET', url, headers: br });
        // the third hit
        await hot.inject({ method: 'GET', url, headers: br });
        await figureCacheIdle(hot);
        const best = await hot.inject({ method: 'GET', url, headers: br });
        expect(String(best.headers.etag)).toMatch(/-br-best"$/);
        expect(best.rawPayload.length).toBeLessThan(first.rawPayload.length);
        expect(brotliDecompressSync(best.rawPayload).equals(plain.rawPayload)).toBe(true);
        const again = await hot.inject({
          method: 'GET',
          url,
          headers: { ...br, 'if-none-match': String(first.headers.etag) },
        });
        expect(again.statusCode).toBe(304);
        expect(again.headers.etag).toBe(best.headers.etag);
      } finally {
        await hot.close();
      }
    });

    it('sends small answers as they are', async () => {
      const url = '/api/v1/meta';
      expect((await get(url)).statusCode).toBe(200);
      await figureCacheIdle(app);
      const res = await get(url, { 'accept-encoding': 'br, gzip' });
      expect(res.rawPayload.length).toBeLessThan(1024);
      expect(res.headers['content-encoding']).toBeUndefined();
    });

    it('computes an answer once for requests that come while it is computed', async () => {
      const url = '/api/v1/votes/matrix?from=2014';
      const before = figureCacheStats(app)!;
      const answers = await Promise.all(Array.from({ length: 12 }, () => get(url)));
      const after = figureCacheStats(app)!;
      expect(answers.map((a) => a.statusCode)).toEqual(answers.map(() => 200));
      expect(new Set(answers.map((a) => a.body)).size).toBe(1);
      expect(after.misses - before.misses).toBe(1);
      expect(after.hits - before.hits).toBe(11);
      // those that came before the answer was kept waited for it (on PostgreSQL the version read
      // is a query, so some come after)
      expect(after.coalesced - before.coalesced).toBeGreaterThan(0);
    });

    it('answers anew at once after a write through the API, in the same turn of the event loop', async () => {
      const writer = await buildApp({
        store,
        security: {
          extraRules: [
            { route: '/api/v1/test-retitle', methods: ['POST'], roles: ROLES, kind: 'read' },
          ],
        },
      });
      writer.post('/api/v1/test-retitle', async () => {
        await store.db
          .updateTable('hrcVotingTexts')
          .set({ title: 'Retitled through the API' })
          .where('id', '=', 2)
          .execute();
        return { ok: true };
      });
      try {
        const url = '/api/v1/votes/resolution?id=2';
        const title = async () =>
          ((await writer.inject({ method: 'GET', url })).json() as { title: string }).title;
        expect(await title()).not.toBe('Retitled through the API');
        expect(await title()).not.toBe('Retitled through the API');
        expect(
          (await writer.inject({ method: 'POST', url: '/api/v1/test-retitle' })).statusCode,
        ).toBe(200);
        expect(await title()).toBe('Retitled through the API');
      } finally {
        await writer.close();
      }
    });

    it('does not keep errors', async () => {
      const before = figureCacheStats(app)!;
      const url = '/api/v1/votes/resolution?symbol=NO/SUCH/SYMBOL';
      expect((await get(url)).statusCode).toBe(404);
      expect((await get(url)).statusCode).toBe(404);
      expect(figureCacheStats(app)!.hits).toBe(before.hits);
    });

    it('answers anew after a write changes the data version', async () => {
      const url = '/api/v1/votes/resolution?id=1';
      const first = await get(url);
      expect(first.statusCode).toBe(200);
      const text = first.json() as { title: string };
      const version = await dataVersion(store.db);
      await store.db
        .updateTable('hrcVotingTexts')
        .set({ title: `${text.title} (retitled)` })
        .where('id', '=', 1)
        .execute();
      expect(await dataVersion(store.db)).not.toBe(version);
      // the version is read once per turn of the event loop (figure-cache.ts): a write made in
      // this process outside any request is seen from the next turn on (one through the API at
      // once: next test)
      await new Promise((resolve) => setImmediate(resolve));
      const second = await get(url);
      expect((second.json() as { title: string }).title).toBe(`${text.title} (retitled)`);
      expect(second.headers.etag).not.toBe(first.headers.etag);
      // the old tag no longer matches: the client gets the new answer, not 304
      expect((await get(url, { 'if-none-match': String(first.headers.etag) })).statusCode).toBe(
        200,
      );
    });
  });
}
