import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipName } from '../../../test/skip.js';
import { STORE_KINDS } from '../../../test/stores.js';
import { openSampleStore } from '../../../test/sample-store.js';
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

    it('gives a joint statement’s co-signers with it', async () => {
      const share = await get('/api/v1/participation/share?session=HRC52');
      const org = share.body.byOrganization.find(
        (o: { label: string }) => o.label === 'Lighthouse Legal Aid',
      );
      const list = await get(
        `/api/v1/participation/statements?ids=${org.evidence[0].ids.join(',')}`,
      );
      // session-report-excerpt.txt line 16: "(also on behalf of Meadow Voices and Pine Valley …)"
      expect(list.body.items.map((s: { cosigners: string[] }) => s.cosigners)).toEqual([
        ['Meadow Voices', "Pine Valley Women's Union"],
      ]);
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
        '/api/v1/participation/points-of-order?year=20x',
        '/api/v1/participation/clusters?session=Geneva',
        '/api/v1/participation/upr-adoption',
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
          '/api/v1/participation/clusters',
          '/api/v1/participation/upr-adoption',
        ]),
      );
    });
  });
}

/*
 * On the sample dataset (demo/: the NGO Committee's invented organisations, their register entries
 * and demo/hrc-participation/), where names join the registry: the figures the web pages show.
 * Expected values read from the demo files, not from the code's output.
 */
for (const kind of STORE_KINDS) {
  describe.skipIf(kind.skip)(
    skipName(`participation API, sample data (${kind.name})`, kind.skip),
    () => {
      let store: Store;
      let app: FastifyInstance;
      beforeAll(async () => {
        store = await openSampleStore(kind);
        app = await buildApp({ store });
      }, 120_000);
      afterAll(async () => {
        await app.close();
        await store.close();
      });
      const get = async (url: string) => (await app.inject({ method: 'GET', url })).json();

      it('gives each linked organisation of a share with its classification and evidence', async () => {
        const body = await get('/api/v1/participation/share?session=HRC55');
        const epyu = body.organizations.find(
          (o: { name: string }) => o.name === 'Eurasian Patriotic Youth Union',
        );
        // demo/organizations/gongo-register.json: three indicators, classified GONGO last
        expect(epyu).toMatchObject({
          classification: 'gongo',
          keys: ['eurasian patriotic youth union'],
        });
        expect(epyu.evidence.map((e: { indicator: string }) => e.indicator)).toEqual([
          'state-funding',
          'leaders-state-posts',
          'state-founded-or-supervised',
        ]);
        // only organisations that spoke in the session: Open Ledger did, an unknown name has no entry
        expect(body.organizations.map((o: { name: string }) => o.name).sort()).toEqual([
          'Eurasian Patriotic Youth Union',
          'Open Ledger Institute',
          'Riverbend Water Alliance',
        ]);
        const gongo = body.byClassification.find((r: { key: string }) => r.key === 'gongo');
        expect(gongo.slots).toBe(1);
      });

      it('filters points of order by year, after merging one event told twice', async () => {
        const all = await get('/api/v1/participation/points-of-order');
        // HRC52 (2023): the Russian Federation; HRC55 (2024): China twice (summary and transcript)
        expect(all.byYear.map((y: { year: number; count: number }) => [y.year, y.count])).toEqual([
          [2023, 1],
          [2024, 2],
        ]);
        const y2023 = await get('/api/v1/participation/points-of-order?year=2023');
        expect(y2023).toMatchObject({ year: 2023, total: 1 });
        expect(y2023.items[0]).toMatchObject({
          raisedBy: 'RUS',
          targetOrganization: 'Harbour Lantern Rights Watch',
          outcome: 'speaker-continued',
        });
        const china2023 = await get('/api/v1/participation/points-of-order?state=CHN&year=2023');
        expect(china2023.total).toBe(0);
      });

      it('lists the speakers at a State’s UPR adoption with their classification', async () => {
        const body = await get('/api/v1/participation/upr-adoption?state=Russian%20Federation');
        // demo-hrc56-upr-adoption-2024-07-04.txt: four NGOs at the Russian Federation's adoption
        expect(body.state).toBe('RUS');
        expect(body.reviewed).toEqual(['RUS']);
        expect(body.adoptions).toHaveLength(1);
        expect(body.adoptions[0]).toMatchObject({ session: 'HRC56', ngoSpeakers: 4 });
        expect(
          body.adoptions[0].speakers.map(
            (s: { speaker: string; classification: string | null }) => [
              s.speaker,
              s.classification,
            ],
          ),
        ).toEqual([
          ['Eurasian Patriotic Youth Union', 'gongo'],
          ['Steppe Harmony Friendship Association', null],
          ['Golden Valley Cultural Exchange Council', null],
          ['Open Ledger Institute', 'independent'],
        ]);
        const none = await get('/api/v1/participation/upr-adoption?state=CHN');
        expect(none.adoptions).toEqual([]);
      });

      it('answers clusters with each member’s words and source', async () => {
        const body = await get('/api/v1/participation/clusters?session=HRC55');
        expect(body.clusters).toHaveLength(1);
        const [cluster] = body.clusters;
        expect(cluster.organizations).toEqual([
          'Eurasian Patriotic Youth Union',
          'Golden Valley Cultural Exchange Council',
          'Steppe Harmony Friendship Association',
        ]);
        for (const m of cluster.members) {
          const source = body.members[m.id];
          expect(source.sourceFile).toBe('demo-hrc55-transcript-2024-03-21.txt');
          expect(source.text).toContain('remarkable progress in poverty alleviation');
        }
        // of the three, only the Eurasian Patriotic Youth Union is in the registry (classified GONGO)
        expect(
          body.organizations.map(
            (o: { name: string; classification: string; evidence: unknown[] }) => [
              o.name,
              o.classification,
              o.evidence.length,
            ],
          ),
        ).toEqual([['Eurasian Patriotic Youth Union', 'gongo', 3]]);
        // Harbour Lantern Rights Watch spoke in its own words: not in the cluster
        expect(JSON.stringify(cluster)).not.toContain('Harbour Lantern');
        const other = await get('/api/v1/participation/clusters?session=HRC37');
        expect(other).toMatchObject({ statements: 0, clusters: [] });
        // the transcript is of 21 March 2024: the year's clusters hold it, 2023's none
        const ofYear = await get('/api/v1/participation/clusters?year=2024');
        expect(ofYear.clusters.map((c: { organizations: string[] }) => c.organizations)).toEqual([
          cluster.organizations,
        ]);
        const before = await get('/api/v1/participation/clusters?session=HRC55&year=2023');
        expect(before).toMatchObject({ statements: 0, clusters: [] });
        const csv = await app.inject({ url: '/api/v1/participation/clusters.csv?year=2023' });
        expect(csv.statusCode).toBe(200);
        expect(csv.headers['content-disposition']).toBe(
          'attachment; filename="participation-clusters-all-2023.csv"',
        );
      });
    },
  );
}
