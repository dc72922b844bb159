import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
      expect(list.body.missing).toEqual([]);
      // ids that are not stored are named, and not counted
      const some = await get(`/api/v1/upr/recommendations?ids=${ids[1]},99999999,${ids[0]}`);
      expect(some.status).toBe(200);
      expect(some.body.total).toBe(2);
      expect(some.body.items.map((r: { id: number }) => r.id)).toEqual([ids[0], ids[1]]);
      expect(some.body.missing).toEqual([99999999]);
      const three = ids.slice(0, 3).sort((a, b) => a - b);
      const paged = await get(
        `/api/v1/upr/recommendations?ids=${three[0]},99999998,${three[1]},${three[2]}&pageSize=2&page=2`,
      );
      expect(paged.body).toMatchObject({ total: 3, missing: [99999998] });
      expect(paged.body.items.map((r: { id: number }) => r.id)).toEqual([three[2]]);
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
      // the Chinese text (SWE) and, through the glossary, the English ones on defenders
      expect(zh.body.results.map((r: { from: string[] }) => r.from)).toContainEqual(['SWE']);
      expect(zh.body.expansions).toEqual([
        { term: '人权维护者', query: '"human rights defenders"' },
      ]);
    });

    it('keeps the search to the chosen sources, with a source facet that adds up', async () => {
      // demo: 40 UPR Info rows (CHN 21, VNM 12, CUB 7), 10 paragraphs of the VNM WG report
      const all = await get('/api/v1/upr/search?limit=0');
      expect(all.body.total).toBe(50);
      expect(all.body.facets.source).toEqual([
        { value: 'upr-info-export', count: 40 },
        { value: 'wg-report', count: 10 },
      ]);
      const info = await get('/api/v1/upr/search?source=upr-info-export&limit=0');
      expect(info.status).toBe(200);
      expect(info.body.total).toBe(40);
      expect(info.body.facets.source).toEqual([{ value: 'upr-info-export', count: 40 }]);
      expect(info.body.facets.sur).toEqual([
        { value: 'CHN', count: 21 },
        { value: 'VNM', count: 12 },
        { value: 'CUB', count: 7 },
      ]);
      // "release": six UPR Info rows and paragraph 38.3 of the report; 人权维护者 one UPR Info row
      const q = encodeURIComponent('release OR 人权维护者');
      const wg = await get(`/api/v1/upr/search?q=${q}&source=wg-report`);
      expect(wg.body.total).toBe(1);
      expect(wg.body.results[0].paragraph).toBe('38.3');
      expect(wg.body.results[0].sourceKind).toBe('wg-report');
      const both = await get(`/api/v1/upr/search?q=${q}&source=upr-info-export,wg-report`);
      expect(both.body.total).toBe(8);
      expect(both.body.facets.source).toEqual([
        { value: 'upr-info-export', count: 7 },
        { value: 'wg-report', count: 1 },
      ]);
      const csv = await get('/api/v1/upr/search.csv?q=release&source=wg-report');
      const lines = String(csv.body).trim().split('\r\n');
      expect(lines).toHaveLength(2);
      expect(lines[0]).toContain(',source_kind,');
      expect(lines[1]).toContain(',wg-report,');
      for (const bad of ['official', 'upr-info-export,matrix'])
        expect((await get(`/api/v1/upr/search?source=${bad}`)).status, bad).toBe(400);
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

/** A UPR Info row for a review the demo also holds as WG report paragraphs (VNM, cycle 3). */
const OVERLAP_CSV = [
  'To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session,cycle,source_file',
  'Viet Nam,Asia,,Release all persons detained for peacefully exercising their right to freedom of expression.,Norway,WEOG,,Noted,5,Freedom of opinion and expression,32,3,TEST overlap',
  '',
].join('\n');

for (const kind of STORE_KINDS) {
  describe.skipIf(kind.skip)(`UPR API, one review from two sources (${kind.name})`, () => {
    let store: Store;
    let app: FastifyInstance;
    let dir: string;
    beforeAll(async () => {
      dir = mkdtempSync(path.join(tmpdir(), 'groundpass-upr-overlap-'));
      writeFileSync(path.join(dir, 'upr-info-overlap.csv'), OVERLAP_CSV);
      store = await kind.open();
      await importUprPaths(store, [DEMO, dir]);
      app = await buildApp({ store });
    });
    afterAll(async () => {
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    });
    const get = async (url: string) => (await app.inject({ method: 'GET', url })).json();

    it('a profile cycle and the search count in the same unit and give the same total', async () => {
      const mixed = await get('/api/v1/upr/search?sur=VNM&cycle=3&limit=0');
      // one unit per review (issue 8): the 10 paragraphs; the one UPR Info row is left out, and said
      expect(mixed.total).toBe(10);
      expect(mixed.unit).toEqual({
        rule: 'auto',
        counted: [{ value: 'paragraph', count: 10 }],
        leftOut: 1,
      });
      const profile = await get('/api/v1/upr/profile/VNM');
      const c3 = profile.cycles.find((c: { cycle: number }) => c.cycle === 3);
      expect([c3.total, c3.unit, c3.sourceKind]).toEqual([10, 'paragraph', 'wg-report']);
      for (const c of profile.cycles as { cycle: number; total: number; sourceKind: string }[]) {
        const source = c.sourceKind.split('+').join(',');
        const found = await get(
          `/api/v1/upr/search?sur=VNM&cycle=${c.cycle}&source=${source}&limit=0`,
        );
        expect(found.total, `cycle ${c.cycle}`).toBe(c.total);
      }
      const info = await get('/api/v1/upr/search?sur=VNM&cycle=3&unit=recommending-state');
      expect(info.total).toBe(1);
      const upr = await get('/api/v1/upr/profile/VNM?source=upr-info');
      expect(upr.cycles.find((c: { cycle: number }) => c.cycle === 3).total).toBe(info.total);
    });
  });
}
