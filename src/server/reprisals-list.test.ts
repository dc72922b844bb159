import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORE_KINDS } from '../../test/stores.js';
import { skipName } from '../../test/skip.js';
import { ReprisalCase } from '../domain/reprisals.js';
import { newDataKey, type KeyRing } from '../security/field-crypto.js';
import type { Role } from '../security/policies.js';
import type { Store } from '../store/open-store.js';
import { importReprisalsFile } from '../store/reprisals/import-files.js';
import { canaryCase, canaryRegistryCsv, FIELD_CANARIES } from '../store/reprisals/test-canary.js';
import type { Actor } from '../store/security/audit-log.js';
import { testApp, type TestApp } from './auth/test-app.js';

/*
 * The reprisals list's filters (public fields only, the same cases for every role), the list
 * without a country, and the case page's letters and timeline per role. Four invented cases, each
 * differing from the others in the fields filtered on, so each expected list below is read off
 * this table, not off what the code printed:
 *
 *   id            country  first  also in  type                status      acts                   UN body
 *   2019-CHN-001  CHN      2019   2021 FU  named-individual    unresolved  detention              upr
 *   2021-CHN-001  CHN      2021   -        group               resolved    travel-restriction     treaty-bodies
 *   2021-EGY-001  EGY      2021   -        named-individual    unresolved  detention, defamation  special-procedures
 *   2022-VEN-001  VEN      2022   -        organisation        unknown     surveillance           upr
 */

const operator: Actor = { name: 'cli:test', role: 'admin' };

function invented(caseId: string, country: string, fields: Partial<ReprisalCase>): ReprisalCase {
  return ReprisalCase.parse({ ...canaryCase(caseId, country), ...fields });
}

const appearance = (year: number, kind: 'new' | 'follow-up', paragraph: string) => ({
  symbol: 'A/HRC/51/47',
  year,
  annex: kind === 'new' ? ('I' as const) : ('II' as const),
  paragraph,
  kind,
  page: null,
});

const CASES = [
  invented('2019-CHN-001', 'CHN', {
    appearances: [appearance(2019, 'new', '4'), appearance(2021, 'follow-up', '9')],
    communicationRefs: ['CHN 15/2019'],
  }),
  invented('2021-CHN-001', 'CHN', {
    recordType: 'group',
    status: 'resolved',
    acts: [{ code: 'travel-restriction', codedAs: 'Travel restriction' }],
    engagements: [{ body: 'treaty-bodies', bodyCodedAs: 'UN Treaty Bodies', dates: null }],
  }),
  invented('2021-EGY-001', 'EGY', {
    acts: [
      { code: 'detention', codedAs: 'Arrest/Detention' },
      { code: 'defamation', codedAs: 'Stigmatization/Defamation' },
    ],
    engagements: [
      { body: 'special-procedures', bodyCodedAs: 'UN Special Procedures', dates: null },
    ],
  }),
  invented('2022-VEN-001', 'VEN', {
    recordType: 'organisation',
    status: 'unknown',
    acts: [{ code: 'surveillance', codedAs: 'Surveillance' }],
  }),
];

const COMMUNICATIONS_CSV = [
  'Reference,Date,State,Type,Mandates,Reply',
  'CHN 15/2019,2019-05-03,China,UA,SR on human rights defenders,no',
  'CHN 2/2020,2020-01-10,China,AL,SR on torture,yes',
].join('\n');

function ringOf(): KeyRing {
  const key = newDataKey('2026-01-01T00:00:00.000Z');
  return { active: key.id, keys: new Map([[key.id, key]]) };
}

for (const kind of STORE_KINDS) {
  describe.skipIf(kind.skip)(skipName(`reprisals list filters (${kind.name})`, kind.skip), () => {
    let store: Store;
    let t: TestApp;

    beforeAll(async () => {
      store = await kind.open();
      const ring = ringOf();
      const registry = await importReprisalsFile(store, 'registry.csv', canaryRegistryCsv(CASES), {
        actor: operator,
        ring,
        apply: true,
      });
      expect(registry.status).toBe('imported');
      const comms = await importReprisalsFile(
        store,
        'communications.csv',
        Buffer.from(COMMUNICATIONS_CSV),
        { actor: operator, ring },
      );
      expect(comms.status).toBe('imported');
      t = await testApp(store, { security: { ring } });
    });
    afterAll(async () => {
      await t.app.close();
      await store.close();
    });

    async function get(url: string, role: Role) {
      const session = role === 'public' ? null : await t.login(role);
      return t.app.inject({
        method: 'GET',
        url,
        headers: session ? { cookie: session.cookie } : {},
      });
    }
    const ids = (body: { items: { caseId: string }[] }) => body.items.map((c) => c.caseId);

    it('lists every State without a country, with what the filters can be set to', async () => {
      const res = await get('/api/v1/reprisals/cases', 'public');
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body.country).toBeNull();
      expect(body.total).toBe(4);
      expect(ids(body)).toEqual(['2019-CHN-001', '2021-CHN-001', '2021-EGY-001', '2022-VEN-001']);
      expect(body.options).toEqual({ countries: ['CHN', 'EGY', 'VEN'], years: [2019, 2021, 2022] });
    });

    const FILTERS: [query: string, expected: string[]][] = [
      ['country=CHN', ['2019-CHN-001', '2021-CHN-001']],
      // 2019-CHN-001 was followed up in the 2021 report
      ['year=2021', ['2019-CHN-001', '2021-CHN-001', '2021-EGY-001']],
      ['year=2019', ['2019-CHN-001']],
      ['recordType=named-individual', ['2019-CHN-001', '2021-EGY-001']],
      ['status=unresolved', ['2019-CHN-001', '2021-EGY-001']],
      ['status=resolved', ['2021-CHN-001']],
      ['act=detention', ['2019-CHN-001', '2021-EGY-001']],
      ['act=defamation', ['2021-EGY-001']],
      ['unBody=upr', ['2019-CHN-001', '2022-VEN-001']],
      ['country=CHN&status=unresolved&act=detention', ['2019-CHN-001']],
      ['country=VEN&act=detention', []],
    ];

    for (const [query, expected] of FILTERS)
      it(`filters ${query}: the same cases for every role`, async () => {
        for (const role of ['public', 'researcher', 'editor'] as const) {
          const res = await get(`/api/v1/reprisals/cases?${query}`, role);
          expect(res.statusCode, role).toBe(200);
          expect(ids(res.json()), role).toEqual(expected);
          expect(res.json().total, role).toBe(expected.length);
        }
      });

    it('pages the filtered cases, the total counting them all', async () => {
      const res = await get('/api/v1/reprisals/cases?year=2021&page=2&pageSize=2', 'public');
      expect(ids(res.json())).toEqual(['2021-EGY-001']);
      expect(res.json().total).toBe(3);
    });

    it('refuses a filter value outside the vocabulary (400), never guessing', async () => {
      for (const q of ['status=open', 'act=jail', 'recordType=x', 'unBody=un', 'year=20x1'])
        expect((await get(`/api/v1/reprisals/cases?${q}`, 'public')).statusCode, q).toBe(400);
    });

    it('the public: no letter and no government response on the case page', async () => {
      const body = (await get('/api/v1/reprisals/cases/2019-CHN-001', 'public')).json();
      expect(body.communications).toEqual([]);
      expect(body.timeline.map((e: { kind: string }) => e.kind)).toEqual(['report', 'report']);
      expect(JSON.stringify(body)).not.toContain('CHN 15/2019');
    });

    it('a researcher: the letter its references name, without the case link; no response', async () => {
      const body = (await get('/api/v1/reprisals/cases/2019-CHN-001', 'researcher')).json();
      expect(body.communications).toEqual([
        {
          ohchrId: null,
          reference: 'CHN 15/2019',
          state: 'CHN',
          date: '2019-05-03',
          type: 'UA',
          mandates: ['SR on human rights defenders'],
          replyReceived: false,
          replyDates: [],
        },
      ]);
      // May 2019 letter, then the 2019 (September) report, then the 2021 follow-up
      expect(
        body.timeline.map((e: { kind: string; date: string | null }) => [e.kind, e.date]),
      ).toEqual([
        ['communication', '2019-05-03'],
        ['report', '2019-09'],
        ['report', '2021-09'],
      ]);
      expect(JSON.stringify(body)).not.toContain(FIELD_CANARIES.governmentResponses);
    });

    it('an editor: the government response (canaryCase dates it 3 March 2022) in the timeline', async () => {
      const body = (await get('/api/v1/reprisals/cases/2019-CHN-001', 'editor')).json();
      expect(body.timeline.at(-1)).toEqual({ kind: 'government-response', date: '2022-03-03' });
      expect(body.case.governmentResponses[0].content).toBe(FIELD_CANARIES.governmentResponses);
    });

    it('figures of every State without a country', async () => {
      const res = await get('/api/v1/reprisals/stats', 'editor');
      expect(res.statusCode).toBe(200);
      expect(res.json().country).toBeNull();
      expect(res.json().byYear.total).toEqual({ kind: 'count', count: 4, share: 1 });
    });
  });
}
