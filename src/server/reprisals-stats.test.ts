import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReprisalCase } from '../domain/reprisals.js';
import { newDataKey } from '../security/field-crypto.js';
import type { Role } from '../security/policies.js';
import type { Store } from '../store/open-store.js';
import { importReprisalsFile } from '../store/reprisals/import-files.js';
import { canaryCase, canaryRegistryCsv } from '../store/reprisals/test-canary.js';
import type { Actor } from '../store/security/audit-log.js';
import { STORE_KINDS } from '../../test/stores.js';
import { testApp, type TestApp } from './auth/test-app.js';

/*
 * GET /api/v1/reprisals/stats: each figure lists the cases behind it once and its cells point into
 * that list; `sources` gives the listed cases' report paragraphs once for all figures; a suppressed
 * cell's cases are named nowhere; the answer has an ETag per role and data version.
 *
 * Invented cases (a table, so the expectations below are read off it):
 *   2019-CHN-001..005  CHN  2019  female, named, detention, UPR         A/HRC/42/30 annex I
 *   2020-CHN-001..004  CHN  2020  female, named, detention, UPR         A/HRC/45/36 annex I
 *   2021-EGY-001       EGY  2021  male, group, torture, treaty bodies   A/HRC/48/28 annex I
 * For the public every cell the Egyptian case falls in is under 3, so it is suppressed in every
 * figure: its id and its report must be nowhere in the public's answer (an editor sees both).
 * Beside a shown total, one hidden cell is a subtraction away, so the next smallest cell goes too
 * (2020 in the figures by year; every other cell of the shares).
 */

const operator: Actor = { name: 'cli:test', role: 'admin' };

const chineseOf = (year: number, symbol: string, n: number) =>
  Array.from({ length: n }, (_, i) =>
    ReprisalCase.parse({
      ...canaryCase(`${year}-CHN-00${i + 1}`, 'CHN'),
      appearances: [
        { symbol, year, annex: 'I', paragraph: String(10 + i), kind: 'new', page: null },
      ],
    }),
  );
const shown = chineseOf(2019, 'A/HRC/42/30', 5);
const secondary = chineseOf(2020, 'A/HRC/45/36', 4);
const chinese = [...shown, ...secondary];
const lone = ReprisalCase.parse({
  ...canaryCase('2021-EGY-001', 'EGY'),
  gender: 'male',
  recordType: 'group',
  acts: [{ code: 'torture-ill-treatment', codedAs: 'Torture' }],
  engagements: [{ body: 'treaty-bodies', bodyCodedAs: 'UN Treaty Bodies', dates: null }],
  appearances: [
    { symbol: 'A/HRC/48/28', year: 2021, annex: 'I', paragraph: '3', kind: 'new', page: null },
  ],
});

interface FigureJson {
  cells: { key: unknown; value: { kind: string; count?: number }; evidence: number[] | null }[];
  total: { kind: string; count?: number };
  evidence: { kind: string; caseIds: string[]; withheld: boolean } | null;
}
interface StatsJson {
  role: string;
  audience: string;
  byYear: FigureJson;
  newVsFollowUp: FigureJson;
  shares: Record<string, FigureJson>;
  sources: Record<string, { symbol: string; year: number; paragraph: string | null }[]>;
}

const sqlite = STORE_KINDS.find((k) => k.name === 'sqlite')!;

describe('reprisals statistics over HTTP', () => {
  let store: Store;
  let t: TestApp;
  const sessions = new Map<Role, string>();
  const key = newDataKey('2026-01-01T00:00:00.000Z');
  const ring = { active: key.id, keys: new Map([[key.id, key]]) };

  beforeAll(async () => {
    store = await sqlite.open();
    const imported = await importReprisalsFile(
      store,
      'registry.csv',
      canaryRegistryCsv([...chinese, lone]),
      { actor: operator, ring, apply: true },
    );
    expect(imported.status).toBe('imported');
    t = await testApp(store, { security: { ring } });
    for (const role of ['researcher', 'editor'] as const)
      sessions.set(role, (await t.login(role)).cookie);
  });
  afterAll(async () => {
    await t.app.close();
    await store.close();
  });

  const get = (role: Role, headers: Record<string, string> = {}, url = '/api/v1/reprisals/stats') =>
    t.app.inject({
      method: 'GET',
      url,
      headers: { ...headers, ...(sessions.has(role) ? { cookie: sessions.get(role)! } : {}) },
    });

  const figures = (s: StatsJson) => [s.byYear, s.newVsFollowUp, ...Object.values(s.shares)];

  it('lists the cases once per figure; cells point into the list; sources resolve every listed case', async () => {
    const s = (await get('editor')).json() as StatsJson;
    expect(s.audience).toBe('internal');
    const all = [...chinese, lone].map((c) => c.caseId).sort();
    for (const f of figures(s)) {
      expect(f.evidence).toMatchObject({ kind: 'reprisal-case', caseIds: all, withheld: false });
      // each cell's indexes name as many cases as it counts
      for (const c of f.cells) expect(c.evidence!.length).toBe(c.value.count);
    }
    const china2019 = s.byYear.cells.find(
      (c) => JSON.stringify(c.key) === JSON.stringify({ country: 'CHN', year: 2019 }),
    )!;
    expect(china2019.evidence!.map((i) => s.byYear.evidence!.caseIds[i])).toEqual(
      shown.map((c) => c.caseId),
    );
    expect(Object.keys(s.sources)).toEqual(all);
    expect(s.sources['2019-CHN-003']).toEqual([
      { symbol: 'A/HRC/42/30', year: 2019, annex: 'I', paragraph: '12', kind: 'new' },
    ]);
    expect(JSON.stringify(s)).toContain('A/HRC/48/28');
  });

  for (const role of ['public', 'researcher'] as const)
    it(`as ${role}: a suppressed cell names no case, here or in any other part of the answer`, async () => {
      const res = await get(role);
      const s = res.json() as StatsJson;
      expect(s.audience).toBe('public');
      const byYear = s.byYear.cells.map((c) => [c.key, c.value.kind, c.evidence]);
      expect(byYear).toEqual([
        [{ country: 'CHN', year: 2019 }, 'count', [0, 1, 2, 3, 4]],
        [{ country: 'CHN', year: 2020 }, 'suppressed', null],
        [{ country: 'EGY', year: 2021 }, 'suppressed', null],
      ]);
      expect(s.byYear.total).toMatchObject({ kind: 'count', count: 10 });
      expect(s.byYear.evidence).toEqual({
        kind: 'reprisal-case',
        caseIds: shown.map((c) => c.caseId),
        withheld: true,
        // the total's evidence, naming no case: the reports and annexes that count them
        reports: [
          { symbol: 'A/HRC/42/30', annex: 'I' },
          { symbol: 'A/HRC/45/36', annex: 'I' },
          { symbol: 'A/HRC/48/28', annex: 'I' },
        ],
      });
      for (const f of figures(s)) {
        for (const c of f.cells)
          if (c.value.kind === 'suppressed') expect(c.evidence, JSON.stringify(c.key)).toBeNull();
        expect(f.evidence?.caseIds ?? []).not.toContain('2021-EGY-001');
      }
      for (const hidden of ['2021-EGY-001', '2020-CHN']) expect(res.body).not.toContain(hidden);
      // their reports only in the totals' report lists, never beside a case
      for (const id of Object.keys(s.sources))
        expect(JSON.stringify(s.sources[id])).not.toMatch(/A\/HRC\/(45\/36|48\/28)/);
      expect(Object.keys(s.sources)).toEqual(shown.map((c) => c.caseId));
    });

  it('answers with an ETag, 304 when it is sent back, a new one after a write', async () => {
    const first = await get('public');
    expect(first.statusCode).toBe(200);
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers['cache-control']).toBe('private, no-cache');
    expect(first.headers.vary).toMatch(/cookie/i);
    const again = await get('public', { 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    // another role's answer is other bytes: the public's ETag does not match it
    const researcher = await get('researcher', { 'if-none-match': etag });
    expect(researcher.statusCode).toBe(200);
    expect(researcher.headers.etag).not.toBe(etag);
    // an editor's figures hold every small number: not stored by the browser
    expect((await get('editor')).headers['cache-control']).toBe('private, no-store');
    // another country is another answer
    expect(
      (await get('public', { 'if-none-match': etag }, '/api/v1/reprisals/stats?country=CHN'))
        .statusCode,
    ).toBe(200);
    // a write to the registry: the old ETag no longer matches
    const more = await importReprisalsFile(
      store,
      'more.csv',
      canaryRegistryCsv([canaryCase('2022-CHN-001', 'CHN')]),
      { actor: operator, ring, apply: true },
    );
    expect(more.status).toBe('imported');
    const after = await get('public', { 'if-none-match': etag });
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(etag);
    expect((after.json() as StatsJson).byYear.total).toMatchObject({ count: 11 });
  });
});
