import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORE_KINDS } from '../../../test/stores.js';
import type { Store } from '../../store/open-store.js';
import { importUprPaths } from '../../store/upr/import-files.js';
import { buildApp } from '../app.js';
import { UPR_STATS_CSV_HEADER } from './upr.js';
import { skipName } from '../../../test/skip.js';

const DEMO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../demo/upr');

/** Cells of a CSV with no quoted commas (the stats CSV has none). */
const rows = (csv: string) =>
  csv
    .trim()
    .split('\r\n')
    .map((line) => line.split(','));

for (const kind of STORE_KINDS) {
  describe.skipIf(kind.skip)(skipName(`UPR stats CSV (${kind.name})`, kind.skip), () => {
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

    it('gives one row per cycle, as counted in the sample files', async () => {
      const res = await app.inject({ method: 'GET', url: '/api/v1/upr/stats.csv?sur=vnm' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('text/csv');
      expect(res.headers['content-disposition']).toContain('upr-stats-VNM.csv');
      const [header, ...body] = rows(res.body);
      expect(header).toEqual([...UPR_STATS_CSV_HEADER]);
      const col = (row: string[], name: (typeof UPR_STATS_CSV_HEADER)[number]) =>
        row[UPR_STATS_CSV_HEADER.indexOf(name)];
      expect(body.map((r) => col(r, 'cycle'))).toEqual(['1', '2', '3']);
      // upr-info-sample.csv: Viet Nam cycle 1 has 4 Accepted and 2 Noted rows
      expect(col(body[0]!, 'supported')).toBe('4');
      expect(col(body[0]!, 'noted')).toBe('2');
      expect(col(body[0]!, 'noted_or_rejected_rate')).toBe((2 / 6).toFixed(4));
      // the addendum: 38.2, .4, .5, .9 supported and .6 "accepted and already implemented";
      // .10 partially; .1, .3, .7 noted; .8 not accepted
      const c3 = body[2]!;
      expect(
        ['total', 'supported', 'partially', 'noted', 'rejected'].map((n) =>
          col(c3, n as (typeof UPR_STATS_CSV_HEADER)[number]),
        ),
      ).toEqual(['10', '5', '1', '3', '1']);
      expect(col(c3, 'noted_or_rejected_rate')).toBe('0.4000');
      expect(col(c3, 'unit')).toBe('paragraph');
      expect(col(c3, 'ids')!.split(' ')).toHaveLength(10);
    });

    it('refuses an unknown state', async () => {
      const res = await app.inject({ method: 'GET', url: '/api/v1/upr/stats.csv?sur=XXQ' });
      expect(res.statusCode).toBe(400);
    });
  });
}
