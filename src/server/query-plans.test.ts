import { CamelCasePlugin, Kysely, SqliteDialect } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORE_KINDS } from '../../test/stores.js';
import { openSampleStore } from '../../test/sample-store.js';
import type { Store } from '../store/open-store.js';
import type { Database } from '../store/schema.js';
import { testApp, type TestApp } from './auth/test-app.js';
import { openApiDocument } from './openapi.js';
import { newDataKey, type KeyRing } from '../security/field-crypto.js';
import { importReprisalsFile } from '../store/reprisals/import-files.js';
import { canaryCase, canaryRegistryCsv, canaryReport } from '../store/reprisals/test-canary.js';

/*
 * Every API route's queries read through an index where one should serve (issue 10). Each route
 * is called with the parameters that choose its query branches, every SQL statement it runs is
 * captured, and SQLite's EXPLAIN QUERY PLAN of each is read: a SCAN of a large table (every row
 * read, in table or index order) fails unless that figure reads the whole table by nature and is
 * listed below with the reason.
 *
 * SQLite only: its plans do not depend on how many rows there are (no ANALYZE statistics are kept),
 * so the sample data gives the plans of the real data. PostgreSQL's planner chooses by cost and
 * rightly scans the sample's few rows; its indexes are the same ones (one migration for both).
 */

/** Tables of a few rows per imported file or per person: a scan of them costs nothing. */
const SMALL_TABLES: Readonly<Record<string, string>> = {
  source_documents: 'one row per imported file (about 110 for all the real data)',
  document_pages: 'pages of the few PDFs read',
  meta: 'a handful of keys',
  data_version: 'one row',
  organization_reviews: 'open review items (a few hundred at most)',
  upr_search_index: 'a few named byte arrays (the stored search index)',
  kysely_migration: 'one row per migration',
  users: 'accounts',
  sessions: 'sign-in sessions',
  audit_log: 'read by its last entry or in full by an admin only',
  ngo_votes: "the Committee's recorded votes: 99 in all the real data (1988-2024)",
  ngo_ballots: 'the members of those votes: 1,829 in all the real data',
  reprisal_follow_up_links:
    'annex II paragraphs of the Secretary-General’s reports: a few dozen a year, read per page by an editor',
  ngo_questions:
    'questions from press releases and transcripts: 11 in the real press texts, hundreds at most',
};

interface Call {
  url: string;
  method?: 'GET' | 'POST';
  payload?: Record<string, unknown>;
  /** signed in as an admin (the auth and admin routes) */
  admin?: boolean;
}

const ORG = encodeURIComponent('Pacific Reef Schools Trust');

/**
 * Requests per route pattern, with the parameters that choose each query branch. A route missing
 * here fails the test: a new route gets its plans checked when it is added.
 */
const CALLS: Readonly<Record<string, readonly Call[]>> = {
  '/api/v1/auth/login': [],
  '/api/v1/auth/logout': [{ url: '/api/v1/auth/logout', method: 'POST', admin: true }],
  '/api/v1/auth/me': [{ url: '/api/v1/auth/me', admin: true }],
  '/api/v1/auth/password': [],
  '/api/v1/admin/users': [{ url: '/api/v1/admin/users', admin: true }],
  '/api/v1/meta': [{ url: '/api/v1/meta' }],
  '/api/v1/reprisals/cases': [
    { url: '/api/v1/reprisals/cases?country=CHN' },
    { url: '/api/v1/reprisals/cases?country=CHN&page=2&pageSize=1', admin: true },
    { url: '/api/v1/reprisals/cases?year=2021&act=detention&status=unresolved' },
  ],
  '/api/v1/reprisals/cases/{caseId}': [
    { url: '/api/v1/reprisals/cases/2020-CHN-001' },
    { url: '/api/v1/reprisals/cases/2021-CHN-001', admin: true },
  ],
  '/api/v1/reprisals/stats': [{ url: '/api/v1/reprisals/stats?country=CHN' }],
  '/api/v1/reprisals/cases.csv': [
    { url: '/api/v1/reprisals/cases.csv?country=CHN' },
    { url: '/api/v1/reprisals/cases.csv?country=CHN', admin: true },
  ],
  '/api/v1/reprisals/cases.json': [{ url: '/api/v1/reprisals/cases.json?country=CHN' }],
  '/api/v1/reprisals/stats.csv': [{ url: '/api/v1/reprisals/stats.csv?country=CHN' }],
  '/api/v1/states': [{ url: '/api/v1/states' }],
  '/api/v1/sources/{id}': [{ url: '/api/v1/sources/1' }],
  '/api/v1/ngo-committee/questions': [
    { url: '/api/v1/ngo-committee/questions' },
    { url: '/api/v1/ngo-committee/questions?from=2018&to=2023&topic=funding' },
  ],
  '/api/v1/ngo-committee/questions.csv': [{ url: '/api/v1/ngo-committee/questions.csv?from=2018' }],
  '/api/v1/ngo-committee/questions/list': [
    { url: '/api/v1/ngo-committee/questions/list?state=CHN&from=2016&to=2024' },
    { url: '/api/v1/ngo-committee/questions/list?organizationId=1' },
    { url: '/api/v1/ngo-committee/questions/list?topic=activities' },
  ],
  '/api/v1/ngo-committee/longest': [
    { url: '/api/v1/ngo-committee/longest' },
    { url: '/api/v1/ngo-committee/longest?request=all' },
  ],
  '/api/v1/ngo-committee/pending': [{ url: '/api/v1/ngo-committee/pending?minYears=2' }],
  '/api/v1/ngo-committee/pending.csv': [{ url: '/api/v1/ngo-committee/pending.csv' }],
  '/api/v1/ngo-committee/applications': [{ url: '/api/v1/ngo-committee/applications?q=reef' }],
  '/api/v1/ngo-committee/applications/{id}': [
    { url: '/api/v1/ngo-committee/applications/1' },
    { url: `/api/v1/ngo-committee/applications/${ORG}` },
  ],
  '/api/v1/ngo-committee/events/list': [
    { url: '/api/v1/ngo-committee/events/list?ids=1,2,38' },
    { url: '/api/v1/ngo-committee/events/list', method: 'POST', payload: { ids: [1, 2, 38] } },
  ],
  '/api/v1/ngo-committee/votes': [{ url: '/api/v1/ngo-committee/votes?from=2016' }],
  '/api/v1/ngo-committee/votes/list': [
    { url: '/api/v1/ngo-committee/votes/list?state=CHN' },
    { url: '/api/v1/ngo-committee/votes/list?state=CHN&with=RUS' },
  ],
  '/api/v1/ngo-committee/closures': [{ url: '/api/v1/ngo-committee/closures' }],
  '/api/v1/ngo-committee/review': [{ url: '/api/v1/ngo-committee/review' }],
  '/api/v1/votes/resolution': [
    { url: '/api/v1/votes/resolution?symbol=a/hrc/res/90/1' },
    { url: '/api/v1/votes/resolution?symbol=A/HRC/90/L.3/Rev.1' },
    { url: '/api/v1/votes/resolution?id=2' },
  ],
  '/api/v1/votes/resolution.csv': [{ url: '/api/v1/votes/resolution.csv?id=2' }],
  '/api/v1/votes/record/{state}': [
    { url: '/api/v1/votes/record/CHN' },
    { url: '/api/v1/votes/record/CHN?countrySpecific=true&from=2016&body=HRC' },
  ],
  '/api/v1/votes/record/{state}.csv': [{ url: '/api/v1/votes/record/CHN.csv' }],
  '/api/v1/votes/alignment/{state}': [
    { url: '/api/v1/votes/alignment/CHN' },
    { url: '/api/v1/votes/alignment/CHN?amendments=include&from=2020&to=2024' },
  ],
  '/api/v1/votes/alignment/{state}.csv': [{ url: '/api/v1/votes/alignment/CHN.csv' }],
  '/api/v1/votes/matrix': [
    { url: '/api/v1/votes/matrix' },
    { url: '/api/v1/votes/matrix?body=UNGA&from=2000' },
  ],
  '/api/v1/votes/matrix.csv': [{ url: '/api/v1/votes/matrix.csv' }],
  '/api/v1/votes/cohesion': [
    { url: '/api/v1/votes/cohesion' },
    { url: '/api/v1/votes/cohesion?groups=LMG=CHN,RUS,CUB' },
  ],
  '/api/v1/votes/ideal-points': [
    { url: '/api/v1/votes/ideal-points' },
    { url: '/api/v1/votes/ideal-points?year=2021' },
  ],
  '/api/v1/votes/amendments': [
    { url: '/api/v1/votes/amendments' },
    { url: '/api/v1/votes/amendments?theme=civil-society-space&hostileOnly=true' },
  ],
  '/api/v1/votes/amendments.csv': [{ url: '/api/v1/votes/amendments.csv' }],
  '/api/v1/votes/disagreements': [{ url: '/api/v1/votes/disagreements' }],
  '/api/v1/votes/texts': [
    { url: '/api/v1/votes/texts' },
    { url: '/api/v1/votes/texts?kind=resolution&recorded=true&from=2020&to=2024' },
    { url: '/api/v1/votes/texts?target=BLR&theme=civil-society-space&countrySpecific=true' },
    { url: '/api/v1/votes/texts?q=belarus' },
    { url: '/api/v1/votes/texts?ids=1,2,3' },
    { url: '/api/v1/votes/texts', method: 'POST', payload: { ids: [1, 2, 3] } },
  ],
  '/api/v1/upr/stats': [
    { url: '/api/v1/upr/stats?sur=CHN' },
    { url: '/api/v1/upr/stats?sur=VNM&cycle=3&source=official' },
  ],
  '/api/v1/upr/stats.csv': [{ url: '/api/v1/upr/stats.csv?sur=CHN' }],
  '/api/v1/upr/recommenders': [
    { url: '/api/v1/upr/recommenders?sur=CHN' },
    { url: '/api/v1/upr/recommenders?by=region&cycle=1' },
  ],
  '/api/v1/upr/profile/{sur}': [{ url: '/api/v1/upr/profile/CHN' }],
  '/api/v1/upr/search': [
    { url: '/api/v1/upr/search?q=defenders' },
    { url: '/api/v1/upr/search?q=freedom&sur=CHN&response=noted&limit=50' },
  ],
  '/api/v1/upr/search.csv': [{ url: '/api/v1/upr/search.csv?q=defenders' }],
  '/api/v1/upr/recommendations': [
    { url: '/api/v1/upr/recommendations?ids=11,13,16' },
    { url: '/api/v1/upr/recommendations', method: 'POST', payload: { ids: [11, 13, 16] } },
  ],
  '/api/v1/upr/recommendations/{id}': [{ url: '/api/v1/upr/recommendations/11' }],
  // editors' reads; their writes need a version read first and are exercised by reprisals-editor.test.ts
  '/api/v1/reprisals/drafts': [{ url: '/api/v1/reprisals/drafts?country=CHN', admin: true }],
  '/api/v1/reprisals/cases/{caseId}/edit': [
    { url: '/api/v1/reprisals/cases/2020-CHN-001/edit', admin: true },
  ],
  '/api/v1/reprisals/cases/{caseId}/confirm': [],
  '/api/v1/reprisals/cases/{caseId}/communications': [],
  '/api/v1/reprisals/cases/{caseId}/communications/unlink': [],
  '/api/v1/reprisals/links': [
    { url: '/api/v1/reprisals/links?country=CHN', admin: true },
    { url: '/api/v1/reprisals/links?unattached=true', admin: true },
  ],
  '/api/v1/reprisals/links/{id}/attach': [],
  '/api/v1/participation/sessions': [{ url: '/api/v1/participation/sessions' }],
  '/api/v1/participation/share': [{ url: '/api/v1/participation/share?session=HRC55' }],
  '/api/v1/participation/points-of-order': [
    { url: '/api/v1/participation/points-of-order?state=CHN' },
    { url: '/api/v1/participation/points-of-order?state=CHN&year=2023' },
  ],
  '/api/v1/participation/statements': [{ url: '/api/v1/participation/statements?ids=1,2' }],
  '/api/v1/participation/upr-adoption': [{ url: '/api/v1/participation/upr-adoption?state=CHN' }],
  '/api/v1/participation/clusters': [
    { url: '/api/v1/participation/clusters?session=HRC55' },
    { url: '/api/v1/participation/clusters' },
  ],
  '/api/v1/participation/share.csv': [{ url: '/api/v1/participation/share.csv?session=HRC55' }],
  '/api/v1/participation/points-of-order.csv': [
    { url: '/api/v1/participation/points-of-order.csv?state=CHN' },
  ],
  '/api/v1/participation/upr-adoption.csv': [
    { url: '/api/v1/participation/upr-adoption.csv?state=CHN' },
  ],
  '/api/v1/participation/clusters.csv': [{ url: '/api/v1/participation/clusters.csv' }],
  '/api/v1/organizations': [
    { url: '/api/v1/organizations' },
    { url: '/api/v1/organizations?q=reef' },
  ],
  '/api/v1/organizations/resolve': [{ url: `/api/v1/organizations/resolve?name=${ORG}` }],
  '/api/v1/organizations/{id}': [{ url: '/api/v1/organizations/1' }],
  '/api/v1/organizations/{id}/classification/history': [
    { url: '/api/v1/organizations/1/classification/history' },
  ],
  // editorial writes (evidence first, then a label): register.test.ts and organizations.test.ts
  '/api/v1/organizations/{id}/classification': [],
  '/api/v1/organizations/{id}/classification/revert': [],
  '/api/v1/organizations/{id}/evidence': [],
  '/api/v1/organizations/{id}/evidence/{evidenceId}/retract': [],
  '/api/v1/organizations/{id}/names': [],
  '/api/v1/states/{state}/profile': [{ url: '/api/v1/states/CHN/profile?year=2020' }],
  '/api/v1/report': [{ url: '/api/v1/report?state=CHN&year=2020&lang=en&format=html' }],
};

/**
 * Figures that read every row of a table because the figure is about all of them (a count, a
 * whole-table figure): the scan is the right plan. Keyed "route pattern|table", with the reason.
 */
const COUNT =
  'a count of every row (SQLite reads its smallest index); served from the figure cache until the next write';
const WHOLE_TABLE_READS: Readonly<Record<string, string>> = {
  '/api/v1/meta|organizations': COUNT,
  '/api/v1/meta|ngo_events': COUNT,
  '/api/v1/meta|hrc_voting_texts': COUNT,
  '/api/v1/meta|upr_recommendations': COUNT,
  '/api/v1/ngo-committee/applications|organizations':
    'a search for a part of any name (LIKE %…%): no b-tree index finds a substring',
  '/api/v1/upr/recommenders|upr_recommendations':
    'a figure over every review (per recommending state or region); a cycle alone is a third of the table, read in order rather than by 14,000 index probes',
  '/api/v1/votes/disagreements|hrc_voting_texts':
    'a figure over every recorded text of every body (12,579 texts)',
  '/api/v1/reprisals/cases|reprisal_cases':
    'the registry list filters on public fields of several tables (report year, acts, UN body) and offers the countries and years held: one row per case the Secretary-General reported (about 700 since 2010), read whole',
  '/api/v1/participation/share|hrc_statements':
    'slots per session and agenda item with the growth of every year against the base year: a figure over every statement, cached per data version',
  '/api/v1/participation/upr-adoption|hrc_statements':
    'the debates are matched on their words (a State as printed, resolved by the reference names), over every statement',
  '/api/v1/participation/clusters|hrc_statements':
    'clusters over all sessions (no session chosen) compare every NGO statement with words: the figure is over all of them, linear in their number',
  '/api/v1/participation/share|hrc_speaker_tallies':
    'the counts of speakers a summary gives without names, for the same yearly growth figure',
  '/api/v1/participation/share.csv|hrc_statements':
    'the share figure as CSV: the same read as its JSON route',
  '/api/v1/participation/share.csv|hrc_speaker_tallies':
    'the share figure as CSV: the same read as its JSON route',
  '/api/v1/participation/upr-adoption.csv|hrc_statements':
    'the UPR adoption speakers as CSV: the same read as its JSON route',
  '/api/v1/participation/clusters.csv|hrc_statements':
    'the clusters as CSV: the same read as its JSON route',
  '/api/v1/states/{state}/profile|hrc_statements':
    'the participation headline is the share figure of the year (/participation/share?year=), computed by the same function over every statement',
  '/api/v1/states/{state}/profile|hrc_speaker_tallies':
    'the same share figure: the counts of speakers given without names',
  '/api/v1/report|hrc_statements':
    'the participation section: whether the year holds any record (no index on year: the first row of the year ends the read), then the share figure over every statement',
  '/api/v1/report|hrc_speaker_tallies':
    'the participation section: the same check for printed counts of speakers, then the share figure',
  '/api/v1/report|hrc_points_of_order':
    'the participation section: the same check for points of order (a few per session at most)',
  '/api/v1/organizations|organizations':
    'the paged list of every organisation in name order with its classification (the list is the table)',
  '/api/v1/organizations|gongo_classifications':
    'the current label of each organisation listed, read beside the list in one pass',
  '/api/v1/organizations/resolve|organizations':
    'the name resolver is built from every name of the registry (cached per data version)',
  '/api/v1/organizations/resolve|organization_aliases':
    'the name resolver is built from every alias of the registry (cached per data version)',
  '/api/v1/organizations/resolve|organization_names':
    'the name resolver is built from every editor-added name (cached per data version)',
  '/api/v1/votes/texts|hrc_voting_texts':
    'the paged list of all texts, any combination of filters, q= a substring of titles and symbols; its total counts the matches',
};

const KEYWORDS = new Set([
  'where',
  'on',
  'inner',
  'left',
  'join',
  'group',
  'order',
  'limit',
  'using',
  'union',
  'select',
]);

/** Table of each alias in a statement ("from x as t", "join x t"); a table is its own alias. */
function aliasesOf(statement: string): Map<string, string> {
  const map = new Map<string, string>();
  const re = /\b(?:from|join)\s+"?(\w+)"?(?:\s+(?:as\s+)?"?(\w+)"?)?/gi;
  for (const m of statement.matchAll(re)) {
    const table = m[1]!;
    map.set(table, table);
    const alias = m[2];
    if (alias && !KEYWORDS.has(alias.toLowerCase())) map.set(alias, table);
  }
  return map;
}

interface Scan {
  route: string;
  table: string;
  detail: string;
  sql: string;
}

describe('query plans of every API route (SQLite)', () => {
  let store: Store;
  let test: TestApp;
  let captured: { sql: string; parameters: readonly unknown[] }[] = [];
  beforeAll(async () => {
    const sqlite = STORE_KINDS.find((k) => k.name === 'sqlite')!;
    store = await openSampleStore(sqlite);
    // the same connection, with every statement the routes run written down
    const logged = new Kysely<Database>({
      dialect: new SqliteDialect({ database: store.sqlite! }),
      plugins: [new CamelCasePlugin()],
      log: (event) => {
        captured.push({ sql: event.query.sql, parameters: event.query.parameters });
      },
    });
    // the reprisals routes read cases, and for an admin their confidential fields from the vault
    const key = newDataKey('2026-01-01T00:00:00.000Z');
    const ring: KeyRing = { active: key.id, keys: new Map([[key.id, key]]) };
    const operator = { name: 'cli:test', role: 'admin' } as const;
    await importReprisalsFile(store, 'sg.txt', canaryReport(), { actor: operator, ring });
    await importReprisalsFile(
      store,
      'registry.csv',
      canaryRegistryCsv([canaryCase('2021-CHN-001', 'CHN')]),
      { actor: operator, ring, apply: true },
    );
    test = await testApp({ ...store, db: logged }, { figureCache: false, security: { ring } });
  });
  afterAll(async () => {
    await test.app.close();
    await store.close();
  });

  it('has requests for every route of the OpenAPI document', () => {
    const missing = Object.keys(openApiDocument.paths).filter((p) => !(p in CALLS));
    expect(missing).toEqual([]);
  });

  it('reads no large table in full where an index should serve', async () => {
    const scans: Scan[] = [];
    // every request must be answered, or its queries were not the ones a figure runs
    const refused: string[] = [];
    let statements = 0;
    for (const [route, calls] of Object.entries(CALLS)) {
      for (const call of calls) {
        const session = call.admin ? await test.login('admin') : undefined;
        captured = [];
        const res = await test.app.inject({
          method: call.method ?? 'GET',
          url: call.url,
          ...(call.payload ? { payload: call.payload } : {}),
          headers: session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {},
        });
        if (res.statusCode >= 400) refused.push(`${call.url}: ${res.body.slice(0, 200)}`);
        for (const q of captured) {
          statements++;
          const plan = store
            .sqlite!.prepare(`explain query plan ${q.sql}`)
            .all(...(q.parameters as unknown[])) as { detail: string }[];
          const aliases = aliasesOf(q.sql);
          for (const { detail } of plan) {
            const m = /^SCAN (\w+)/.exec(detail);
            if (!m || m[1] === 'CONSTANT') continue;
            const table = aliases.get(m[1]!) ?? m[1]!;
            if (table in SMALL_TABLES) continue;
            if (`${route}|${table}` in WHOLE_TABLE_READS) continue;
            scans.push({ route, table, detail, sql: q.sql });
          }
        }
      }
    }
    expect(refused).toEqual([]);
    expect(statements).toBeGreaterThan(50);
    for (const s of scans)
      console.log(`${s.route} | ${s.table} | ${s.detail}\n    ${s.sql.slice(0, 300)}`);
    expect(scans.map((s) => `${s.route}|${s.table}: ${s.detail}`)).toEqual([]);
  });
});
