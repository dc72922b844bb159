import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORE_KINDS } from '../../../test/stores.js';
import { importHrcVotePaths } from '../../store/hrc-votes/import-files.js';
import type { Store } from '../../store/open-store.js';
import {
  expandTriangle,
  type AgreementTriangleFigure,
} from '../../analysis/hrc-votes/matrix-triangle.js';
import { triangleIndex } from '../../domain/agreement-triangle.js';
import { buildApp } from '../app.js';
import { skipName } from '../../../test/skip.js';

const demo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../demo/hrc-votes');

for (const kind of STORE_KINDS) {
  describe.skipIf(kind.skip)(skipName(`/api/v1/votes (${kind.name})`, kind.skip), () => {
    let store: Store;
    let app: FastifyInstance;
    beforeAll(async () => {
      store = await kind.open();
      await importHrcVotePaths(store, [demo]);
      app = await buildApp({ store });
    });
    afterAll(async () => {
      await app.close();
      await store.close();
    });
    const get = async (url: string) => {
      const res = await app.inject({ method: 'GET', url });
      return { status: res.statusCode, body: res.json() as Record<string, unknown>, res };
    };

    it('serves a resolution by symbol given in the query', async () => {
      const r = await get(
        `/api/v1/votes/resolution?symbol=${encodeURIComponent('A/HRC/RES/90/1')}`,
      );
      expect(r.status).toBe(200);
      expect(r.body.counts).toEqual({ yes: 20, no: 9, abstain: 17, absent: 1 });
      const byId = await get(`/api/v1/votes/resolution?id=${String(r.body.textId)}`);
      expect(byId.body.symbol).toBe('A/HRC/RES/90/1');
      const missing = await get('/api/v1/votes/resolution?symbol=A/HRC/RES/1/1');
      expect(missing.status).toBe(404);
      expect(missing.body).toEqual({ error: { code: 'not-found', message: expect.any(String) } });
      expect((await get('/api/v1/votes/resolution')).status).toBe(400);
    });

    it('serves record, alignment, matrix, cohesion, ideal points, amendments', async () => {
      const rec = await get('/api/v1/votes/record/CHN?countrySpecific=true');
      expect((rec.body.totals as { no: number }).no).toBe(3);
      const al = await get('/api/v1/votes/alignment/chn?top=2');
      expect(al.body.state).toBe('CHN');
      expect(al.body.rows).toHaveLength(2);
      const m = await get('/api/v1/votes/matrix?from=2021&to=2021');
      expect(m.body.states).toHaveLength(47);
      const c = await get('/api/v1/votes/cohesion?groups=BLOC%3DCHN,RUS,CUB');
      expect((c.body.rows as { name: string; agreementIndex: number }[])[0]).toMatchObject({
        name: 'BLOC',
        agreementIndex: 1,
      });
      const ip = await get('/api/v1/votes/ideal-points?year=2021&minVotes=1');
      expect(ip.body.years).toHaveLength(1);
      const am = await get('/api/v1/votes/amendments?hostileOnly=true');
      expect(am.body.amendments).toHaveLength(1);
      const d = await get('/api/v1/votes/disagreements');
      expect(d.body.rows).toEqual([]);
    });

    it('says whether amendments count and which minimum of common votes applied', async () => {
      // the sample: 7 roll-calls, one on the amendment A/HRC/90/L.20; CHN voted on all
      const al = await get('/api/v1/votes/alignment/CHN');
      expect(al.body).toMatchObject({
        state: 'CHN',
        amendments: 'exclude',
        stateVotes: 6,
        minVotes: 5,
        minVotesDefault: true,
      });
      const withA = await get('/api/v1/votes/alignment/CHN?amendments=include&minVotes=7');
      expect(withA.body).toMatchObject({ amendments: 'include', stateVotes: 7, minVotes: 7 });
      const rus = (withA.body.rows as { state: string; votes: number }[]).find(
        (r) => r.state === 'RUS',
      );
      expect(rus!.votes).toBe(7);
      const m = await get('/api/v1/votes/matrix');
      expect(m.body.amendments).toBe('exclude');
      expect((m.body.evidence as { ids: number[] }).ids).toHaveLength(6);
      const m2 = await get('/api/v1/votes/matrix?amendments=include');
      expect((m2.body.evidence as { ids: number[] }).ids).toHaveLength(7);
      expect((await get('/api/v1/votes/matrix?amendments=some')).status).toBe(400);
    });

    it('serves the matrix in its compact form on request, the same values (shape=triangle)', async () => {
      const full = await get('/api/v1/votes/matrix?from=2021&to=2021');
      const tri = await get('/api/v1/votes/matrix?from=2021&to=2021&shape=triangle');
      expect(tri.status).toBe(200);
      const t = tri.body as unknown as AgreementTriangleFigure;
      expect(t.shape).toBe('triangle');
      const n = t.states.length;
      expect(t.votes).toHaveLength((n * (n - 1)) / 2);
      expect(expandTriangle(t)).toEqual(full.body);
      // demo/hrc-votes/votes_long.csv, 2021 texts (the amendment L.20 left out): A/HRC/RES/90/1
      // and 90/2, China and Russia no on both, Germany yes on both
      const at = (a: string, b: string) => {
        const [i, j] = [a, b]
          .map((c) => t.states.findIndex((s) => s.code === c))
          .sort((x, y) => x - y);
        return triangleIndex(n, i!, j!);
      };
      expect([t.votes[at('CHN', 'RUS')], t.halves[at('CHN', 'RUS')]]).toEqual([2, 4]);
      expect([t.votes[at('CHN', 'DEU')], t.halves[at('CHN', 'DEU')]]).toEqual([2, 0]);
      // the full form stays the default, and an unknown shape is refused
      expect((await get('/api/v1/votes/matrix?shape=full')).body).toEqual(
        (await get('/api/v1/votes/matrix')).body,
      );
      expect((await get('/api/v1/votes/matrix?shape=square')).status).toBe(400);
    });

    it('serves texts with pagination and resolves evidence ids', async () => {
      const al = await get('/api/v1/votes/alignment/CHN?top=1');
      const ids = (al.body.rows as { evidence: { ids: number[] } }[])[0]!.evidence.ids;
      const list = await get(`/api/v1/votes/texts?ids=${ids.join(',')}&pageSize=100`);
      expect(list.body.total).toBe(ids.length);
      const page = await get('/api/v1/votes/texts?recorded=true&page=2&pageSize=5');
      // demo/hrc-votes/resolutions.csv: 7 RECORDED rows (one WITHDRAWN, one ADOPTED WITHOUT VOTE)
      expect(page.body).toMatchObject({ total: 7, page: 2, pageSize: 5 });
      expect(page.body.items).toHaveLength(2);
    });

    it('resolves evidence ids given in a POST body, paginated like the GET list', async () => {
      const all = await get('/api/v1/votes/texts?pageSize=100');
      const ids = (all.body.items as { id: number }[]).map((t) => t.id);
      // demo/hrc-votes/resolutions.csv: 9 records
      expect(ids).toHaveLength(9);
      // thousands of ids (a figure's evidence) go in the body: a query string that long is refused
      const many = [...ids, ...Array.from({ length: 5000 }, (_, i) => 1_000_000 + i)];
      const post = (payload: object) =>
        app.inject({ method: 'POST', url: '/api/v1/votes/texts', payload });
      const res = await post({ ids: many, page: 2, pageSize: 4 });
      expect(res.statusCode).toBe(200);
      const body = res.json() as { total: number; page: number; items: { id: number }[] };
      expect(body).toMatchObject({ total: 9, page: 2, pageSize: 4 });
      expect(body.items.map((t) => t.id)).toEqual(
        (all.body.items as { id: number }[]).slice(4, 8).map((t) => t.id),
      );
      expect((await post({ ids: [] })).statusCode).toBe(400);
      expect((await post({ ids: ['1'] })).statusCode).toBe(400);
      expect((await post({ ids: [1], pageSize: 501 })).statusCode).toBe(400);
      const broken = await app.inject({
        method: 'POST',
        url: '/api/v1/votes/texts',
        headers: { 'content-type': 'application/json' },
        payload: '{"ids": [1,',
      });
      expect(broken.statusCode).toBe(400);
    });

    it('serves CSV downloads and rejects bad parameters as 400', async () => {
      const csv = await app.inject({ method: 'GET', url: '/api/v1/votes/record/CHN.csv' });
      expect(csv.headers['content-type']).toContain('text/csv');
      expect(csv.body.split('\r\n')[0]).toContain('state,text_id,symbol');
      const alCsv = await app.inject({ method: 'GET', url: '/api/v1/votes/alignment/CHN.csv' });
      // a download starts with the UTF-8 byte-order mark (server/csv-bom.ts)
      expect(alCsv.body.split('\r\n')[0]).toBe('\ufeffstate,with,name,agreement,votes');
      expect(
        (await app.inject({ method: 'GET', url: '/api/v1/votes/matrix.csv' })).statusCode,
      ).toBe(200);
      expect((await get('/api/v1/votes/record/XYZ')).status).toBe(400);
      expect((await get('/api/v1/votes/matrix?body=ECOSOC')).status).toBe(400);
      expect((await get('/api/v1/votes/cohesion?groups=nonsense')).status).toBe(400);
    });
  });
}
