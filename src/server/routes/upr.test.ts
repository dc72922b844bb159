import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORE_KINDS } from '../../../test/stores.js';
import type { Store } from '../../store/open-store.js';
import { importUprPaths } from '../../store/upr/import-files.js';
import { buildApp } from '../app.js';

const DEMO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../demo/upr');

for (const kind of STORE_KINDS) {
  describe.skipIf(kind.skip)(`UPR API (${kind.name})`, () => {
    let store: Store;
    let app: FastifyInstance;
    beforeAll(async () => {
      store = await kind.open();
      await importUprPaths(store, [DEMO]);
      app = await buildApp({ store });
    });
    afterAll(async () => {
      await app.close();
      await store.close();
    });
    const get = async (url: string) => {
      const res = await app.inject({ method: 'GET', url });
      const json = res.headers['content-type']?.toString().startsWith('application/json');
      return { status: res.statusCode, body: json ? res.json() : res.body, headers: res.headers };
    };

    it('gives stats per cycle with evidence that resolves to sources', async () => {
      const { status, body } = await get('/api/v1/upr/stats?sur=VNM');
      expect(status).toBe(200);
      expect(body.cycles.map((c: { total: number }) => c.total)).toEqual([6, 6, 10]);
      const ids = body.cycles[2].notedOrRejectedEvidence.ids as number[];
      expect(ids).toHaveLength(4);
      const list = await get(`/api/v1/upr/recommendations?ids=${ids.join(',')}`);
      expect(list.body.total).toBe(4);
      expect(list.body.items[0].source.symbol).toBe('A/HRC/41/99');
    });

    it('searches with filters, facets over all matches, highlights and pages', async () => {
      const { status, body } = await get(
        `/api/v1/upr/search?q=${encodeURIComponent('release OR 人权维护者')}&limit=2`,
      );
      expect(status).toBe(200);
      // "Release …" to CHN c1, c2 (NOR), CUB c1, c2 (CZE), VNM c1, c2, c3; 人权维护者 to CHN (SWE)
      expect(body.total).toBe(8);
      expect(body.results).toHaveLength(2);
      expect(body.facets.sur).toEqual([
        { value: 'CHN', count: 3 },
        { value: 'VNM', count: 3 },
        { value: 'CUB', count: 2 },
      ]);
      expect(body.results[0].highlightedHtml).toContain('<mark>Release</mark>');
      const next = await get(`/api/v1/upr/search?q=release&offset=2&limit=2&sur=VNM,CUB`);
      expect(next.body.total).toBe(5);
      expect(next.body.offset).toBe(2);
      const zh = await get(`/api/v1/upr/search?q=${encodeURIComponent('人权维护者')}&cycle=2`);
      expect(zh.body.results.map((r: { from: string[] }) => r.from)).toEqual([['SWE']]);
    });

    it('exports a search as CSV', async () => {
      const res = await get('/api/v1/upr/search.csv?q=release&sur=CUB');
      expect(res.headers['content-type']).toContain('text/csv');
      expect(String(res.body).trim().split('\r\n')).toHaveLength(3);
    });

    it('shows a profile and one recommendation with its source', async () => {
      const p = await get('/api/v1/upr/profile/CHN');
      expect(p.body.cycles.map((c: { cycle: number }) => c.cycle)).toEqual([1, 2]);
      const id = p.body.cycles[0].evidence.ids[0];
      const r = await get(`/api/v1/upr/recommendations/${id}`);
      expect(r.status).toBe(200);
      expect(r.body.source.fileName).toBe('upr-info-sample.csv');
      expect(r.body.source.line).toBe(2);
      expect(r.body.labels.tone.ruleId).toBeTypeOf('string');
    });

    it('answers bad requests as { error: { code, message } }', async () => {
      for (const url of [
        '/api/v1/upr/stats',
        '/api/v1/upr/stats?sur=XXX',
        '/api/v1/upr/search?cycle=9',
        '/api/v1/upr/search?response=maybe',
        '/api/v1/upr/search?limit=-1',
      ]) {
        const res = await get(url);
        expect(res.status, url).toBe(400);
        expect(res.body.error.code, url).toBe('bad-request');
      }
      const missing = await get('/api/v1/upr/recommendations/999999');
      expect(missing.status).toBe(404);
      expect(missing.body.error.code).toBe('not-found');
      expect((await get('/api/v1/upr/profile/FRA')).status).toBe(404);
    });
  });
}
