import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipName } from '../../../test/skip.js';
import { STORE_KINDS } from '../../../test/stores.js';
import { importParticipationPaths } from '../../store/hrc-participation/import-files.js';
import type { Store } from '../../store/open-store.js';
import { buildApp } from '../app.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../sources/hrc-participation/fixtures');

for (const kind of STORE_KINDS) {
  describe.skipIf(kind.skip)(skipName(`participation API (${kind.name})`, kind.skip), () => {
    let store: Store;
    let app: FastifyInstance;
    beforeAll(async () => {
      store = await kind.open();
      await importParticipationPaths(store, [FIXTURES]);
      app = await buildApp({ store });
    });
    afterAll(async () => {
      await app.close();
      await store.close();
    });
    const get = async (url: string) => {
      const res = await app.inject({ method: 'GET', url });
      return { status: res.statusCode, body: res.json() };
    };

    it('answers share with evidence that resolves to document and line', async () => {
      const { status, body } = await get('/api/v1/participation/share?session=hrc52');
      expect(status).toBe(200);
      expect(body.totalSlots).toBe(7);
      const org = body.byOrganization.find(
        (o: { label: string }) => o.label === 'Fellowship of Quiet Rivers',
      );
      const ids = org.evidence[0].ids as number[];
      const list = await get(`/api/v1/participation/statements?ids=${ids.join(',')}`);
      expect(list.status).toBe(200);
      expect(list.body.items).toMatchObject([
        { sourceFile: 'session-report-excerpt.txt', line: 15, agendaItem: '4', session: 'HRC52' },
      ]);
      const posted = await app.inject({
        method: 'POST',
        url: '/api/v1/participation/statements',
        payload: { ids: [...ids, 99999] },
      });
      expect(posted.json()).toMatchObject({ total: 1, missing: [99999] });
    });

    it('answers points of order of a State by name or code', async () => {
      const byName = await get('/api/v1/participation/points-of-order?state=China');
      const byCode = await get('/api/v1/participation/points-of-order?state=CHN');
      expect(byName.status).toBe(200);
      expect(byName.body).toEqual(byCode.body);
      expect(byName.body.total).toBe(4);
      expect(byName.body.outcomes).toMatchObject([{ outcome: 'speaker-continued', count: 4 }]);
      const russia = await get('/api/v1/participation/points-of-order?state=RUS');
      expect(russia.body.items[0]).toMatchObject({
        targetOrganization: 'Blue Meadow Foundation',
        outcome: 'unknown',
      });
    });

    it('refuses bad parameters with the error shape', async () => {
      for (const url of [
        '/api/v1/participation/share?session=55',
        '/api/v1/participation/share?baseYear=abc',
        '/api/v1/participation/points-of-order?state=Atlantis',
        '/api/v1/participation/statements?ids=1,x',
      ]) {
        const r = await get(url);
        expect(r.status, url).toBe(400);
        expect(r.body.error.code).toBe('bad-request');
      }
    });

    it('is in the OpenAPI document', async () => {
      const { body } = await get('/api/v1/openapi.json');
      expect(Object.keys(body.paths)).toEqual(
        expect.arrayContaining([
          '/api/v1/participation/share',
          '/api/v1/participation/points-of-order',
          '/api/v1/participation/statements',
          '/api/v1/participation/sessions',
        ]),
      );
    });
  });
}
