import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORE_KINDS } from '../../../test/stores.js';
import { importHrcVotePaths } from '../../store/hrc-votes/import-files.js';
import type { Store } from '../../store/open-store.js';
import { buildApp } from '../app.js';

/** What the web pages ask of /api/v1/votes beyond the CLI's needs: the scope filter and the roll-call CSV. */

const demo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../demo/hrc-votes');

interface TextList {
  total: number;
  items: { id: number; symbol: string | null; targets: string[] }[];
}

for (const kind of STORE_KINDS) {
  describe.skipIf(kind.skip)(`/api/v1/votes for the web pages (${kind.name})`, () => {
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
    const list = async (query: string) => {
      const res = await app.inject({ method: 'GET', url: `/api/v1/votes/texts?${query}` });
      expect(res.statusCode).toBe(200);
      return res.json<TextList>();
    };

    it('splits the texts into country-specific and thematic, together all of them', async () => {
      const all = await list('pageSize=100');
      const country = await list('countrySpecific=true&pageSize=100');
      const thematic = await list('countrySpecific=false&pageSize=100');
      expect(country.total).toBeGreaterThan(0);
      expect(thematic.total).toBeGreaterThan(0);
      expect(country.total + thematic.total).toBe(all.total);
      expect(country.items.every((i) => i.targets.length > 0)).toBe(true);
      expect(thematic.items.every((i) => i.targets.length === 0)).toBe(true);
      // the sample's Belarus resolution is about a country, its civil-society one is not
      expect(country.items.map((i) => i.symbol)).toContain('A/HRC/RES/90/1');
      expect(thematic.items.map((i) => i.symbol)).toContain('A/HRC/RES/90/2');
      const bad = await app.inject({
        method: 'GET',
        url: '/api/v1/votes/texts?countrySpecific=maybe',
      });
      expect(bad.statusCode).toBe(400);
    });

    it('serves one text’s roll-call as CSV, one row per member', async () => {
      const byId = (await list('pageSize=100')).items.find((i) => i.symbol === 'A/HRC/RES/90/1')!;
      const res = await app.inject({
        method: 'GET',
        url: `/api/v1/votes/resolution.csv?id=${byId.id}`,
      });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv/);
      const lines = res.body.trim().split('\r\n');
      expect(lines[0]).toBe('text_id,symbol,date,state,name,group,vote');
      // demo/hrc-votes/votes_long.csv holds 47 ballots for record 90001: 20 Y, 9 N, 17 A, 1 "."
      expect(lines).toHaveLength(1 + 47);
      const votes = lines.slice(1).map((l) => l.split(',').at(-1));
      expect(votes.filter((v) => v === 'yes')).toHaveLength(20);
      expect(votes.filter((v) => v === 'no')).toHaveLength(9);
      expect(votes.filter((v) => v === 'abstain')).toHaveLength(17);
      expect(votes.filter((v) => v === 'absent')).toHaveLength(1);
      expect(lines).toContain(`${byId.id},A/HRC/RES/90/1,2021-07-13,CHN,China,Asia-Pacific,no`);
      const missing = await app.inject({
        method: 'GET',
        url: '/api/v1/votes/resolution.csv?id=999999',
      });
      expect(missing.statusCode).toBe(404);
    });
  });
}
