import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORE_KINDS } from '../../../test/stores.js';
import { openSampleStore } from '../../../test/sample-store.js';
import type { StateProfile } from '../../analysis/state-profile/profile.js';
import type { Store } from '../../store/open-store.js';
import { buildApp } from '../app.js';

/**
 * The State profile's numbers are the modules' own: each headline figure is fetched again from the
 * endpoint the profile names as its source and compared, so a profile that computed a figure its
 * own way (another year span, another unit, another rule) fails here.
 */

interface Row {
  state: string;
  questions?: number;
  share?: number;
}

for (const kind of STORE_KINDS.filter((k) => k.name === 'sqlite')) {
  describe.skipIf(kind.skip)(`State profile API (${kind.name}, sample data)`, () => {
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
    const get = async <T>(url: string): Promise<T> => {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, `${url}: ${res.body.slice(0, 200)}`).toBe(200);
      return res.json<T>();
    };

    /** The State that asked the most questions in the sample's latest year: one with data. */
    async function busiest(): Promise<{ state: string; profile: StateProfile }> {
      const any = await get<StateProfile>('/api/v1/states/CHN/profile');
      const q = await get<{ rows: Row[] }>(
        `/api/v1/ngo-committee/questions?from=${any.year}&to=${any.year}`,
      );
      expect(q.rows.length).toBeGreaterThan(0);
      const state = q.rows[0]!.state;
      return { state, profile: await get<StateProfile>(`/api/v1/states/${state}/profile`) };
    }

    it('NGO Committee questions and share equal /ngo-committee/questions', async () => {
      const { state, profile } = await busiest();
      for (const h of [profile.ngoCommittee.year, profile.ngoCommittee.fiveYears]) {
        const q = await get<{ total: number; rows: (Row & { evidence: { ids: number[] } })[] }>(
          h.source,
        );
        const row = q.rows.find((r) => r.state === state)!;
        expect(h.questions).toBe(row.questions);
        expect(h.share).toBe(row.share);
        expect(h.total).toBe(q.total);
        expect(h.rank).toBe(q.rows.indexOf(row) + 1);
        expect(h.evidence.ids).toEqual(row.evidence.ids);
      }
      expect(profile.ngoCommittee.year.questions).toBeGreaterThan(0);
    });

    it('Council votes equal /votes/record, /votes/alignment and /votes/amendments', async () => {
      const { state, profile } = await busiest();
      const v = profile.hrcVotes;
      const record = await get<{ totals: Record<string, number> }>(v.countrySpecific.source);
      for (const k of ['yes', 'no', 'abstain', 'absent'] as const)
        expect(v.countrySpecific[k], k).toBe(record.totals[k]);
      if (v.closest) {
        const a = await get<{ rows: { state: string; agreement: number; votes: number }[] }>(
          v.closest.source,
        );
        expect([v.closest.state, v.closest.agreement, v.closest.votes]).toEqual([
          a.rows[0]!.state,
          a.rows[0]!.agreement,
          a.rows[0]!.votes,
        ]);
      }
      expect(v.hostile.map((h) => h.year.theme)).toEqual(['civil-society-space', 'reprisals']);
      for (const h of v.hostile.flatMap((x) => [x.year, x.toDate])) {
        const figure = await get<{
          amendments: { amendment: { id: number }; votedYes: string[] }[];
          supporters: { state: string; yes: number; no: number; sponsored: number }[];
        }>(h.source);
        const s = figure.supporters.find((r) => r.state === state);
        expect(h.total).toBe(figure.amendments.length);
        expect([h.yes, h.no, h.sponsored]).toEqual([s?.yes ?? 0, s?.no ?? 0, s?.sponsored ?? 0]);
        expect(h.evidence.ids).toHaveLength(h.yes);
      }
    });

    it('UPR rates and reprisals counts equal /upr/stats and /reprisals/stats', async () => {
      for (const code of ['VNM', (await busiest()).state]) {
        const profile = await get<StateProfile>(`/api/v1/states/${code}/profile`);
        const stats = await get<{
          cycles: {
            cycle: number;
            total: number;
            supported: number;
            partially: number;
            noted: number;
            rejected: number;
            pending: number;
            notedOrRejectedRate: number;
          }[];
        }>(profile.upr.source);
        const newest = [...stats.cycles].sort((a, b) => b.cycle - a.cycle).slice(0, 2);
        expect(profile.upr.cycles.map((c) => c.cycle)).toEqual(newest.map((c) => c.cycle));
        profile.upr.cycles.forEach((c, i) => {
          const s = newest[i]!;
          expect([c.total, c.noted, c.rejected, c.notedOrRejectedRate]).toEqual([
            s.total,
            s.noted,
            s.rejected,
            s.notedOrRejectedRate,
          ]);
          // accepted = supported + partially over the recommendations with a response
          expect(c.acceptedRate).toBeCloseTo(
            (s.supported + s.partially) / (s.total - s.pending),
            12,
          );
        });
        const r = await get<{ byYear: { total: unknown } }>(profile.reprisals.source);
        expect(profile.reprisals.total).toEqual(r.byYear.total);
      }
    });

    it('Council participation equals /participation/share and /participation/points-of-order', async () => {
      // demo/hrc-participation: in 2024 the Russian Federation's GONGO (demo/organizations) speaks
      // at HRC55 and HRC56; China raises two points of order at HRC55
      for (const code of ['RUS', 'CHN']) {
        const p = (await get<StateProfile>(`/api/v1/states/${code}/profile?year=2024`))
          .participation;
        const share = await get<{
          totalSlots: number;
          byOrganization: { key: string; slots: number }[];
          organizations: {
            organizationId: number;
            countryCode: string | null;
            classification: string | null;
            keys: string[];
            evidence: unknown[];
          }[];
        }>(p.source);
        const linked = share.organizations.filter(
          (o) =>
            o.countryCode === code &&
            (o.classification === 'gongo' || o.classification === 'state-linked') &&
            o.evidence.length > 0,
        );
        const keys = new Set(linked.flatMap((o) => o.keys));
        const slots = share.byOrganization
          .filter((r) => keys.has(r.key))
          .reduce((n, r) => n + r.slots, 0);
        expect([p.linkedSlots, p.totalSlots]).toEqual([slots, share.totalSlots]);
        expect(p.organizations.map((o) => o.organizationId)).toEqual(
          linked.map((o) => o.organizationId),
        );
        for (const o of p.organizations) expect(o.evidence.length, o.name).toBeGreaterThan(0);
        const year = await get<{ total: number }>(p.pointsOfOrder.year.source);
        expect(p.pointsOfOrder.year.count).toBe(year.total);
        expect(p.pointsOfOrder.year.evidence.ids).toHaveLength(year.total);
        const all = await get<{ byYear: { year: number | null; count: number }[] }>(
          p.pointsOfOrder.toDate.source,
        );
        expect(p.pointsOfOrder.toDate.count).toBe(
          all.byYear
            .filter((y) => y.year !== null && y.year <= 2024)
            .reduce((n, y) => n + y.count, 0),
        );
      }
      // counted from the demo meeting texts: HRC55 item 4 and the HRC56 adoption; of 18 slots
      const rus = (await get<StateProfile>('/api/v1/states/RUS/profile?year=2024')).participation;
      expect([rus.linkedSlots, rus.totalSlots]).toEqual([2, 18]);
      expect(rus.organizations.map((o) => o.name)).toEqual(['Eurasian Patriotic Youth Union']);
      const chn = (await get<StateProfile>('/api/v1/states/CHN/profile?year=2024')).participation;
      expect(chn.pointsOfOrder.year.count).toBe(2);
      expect(chn.linkedSlots).toBe(0);
    });

    it('refuses an unknown State and an impossible year with 400', async () => {
      for (const url of ['/api/v1/states/XXZ/profile', '/api/v1/states/CHN/profile?year=1']) {
        const res = await app.inject({ method: 'GET', url });
        expect(res.statusCode, url).toBe(400);
        expect(res.json().error.code).toBe('bad-request');
      }
    });

    it('serves the report as an HTML attachment in either language', async () => {
      const profile = await get<StateProfile>('/api/v1/states/CHN/profile');
      for (const lang of ['en', 'zh']) {
        const res = await app.inject({
          method: 'GET',
          url: `/api/v1/report?state=CHN&year=${profile.year}&lang=${lang}&format=html`,
        });
        expect(res.statusCode).toBe(200);
        expect(res.headers['content-type']).toContain('text/html');
        expect(res.headers['content-disposition']).toBe(
          `attachment; filename="groundpass-CHN-${profile.year}-${lang}.html"`,
        );
        expect(res.body).toContain(`<html lang="${lang === 'zh' ? 'zh-Hans' : 'en'}"`);
      }
      const bad = await app.inject({ method: 'GET', url: '/api/v1/report?state=CHN' });
      expect(bad.statusCode).toBe(400);
    });
  });
}
