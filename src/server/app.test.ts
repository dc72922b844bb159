import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORE_KINDS } from '../../test/stores.js';
import { openSampleStore } from '../../test/sample-store.js';
import { importNgoCommitteePaths } from '../store/ngo-committee/import-files.js';
import type { Store } from '../store/open-store.js';
import { buildApp } from './app.js';
import { openApiDocument } from './openapi.js';

const fixtures = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../store/ngo-committee/fixtures',
);
const GOOD = [
  'press-2019-regular.txt',
  'press-2020-regular.txt',
  'deferred.csv',
  'granted.csv',
  'roll_call_votes.csv',
].map((f) => path.join(fixtures, f));

const sqlite = STORE_KINDS.find((k) => k.name === 'sqlite')!;

describe('JSON API', () => {
  let store: Store;
  let app: FastifyInstance;
  beforeAll(async () => {
    store = await sqlite.open();
    await importNgoCommitteePaths(store, GOOD);
    app = await buildApp({ store });
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  const get = async (url: string) => {
    const res = await app.inject({ method: 'GET', url });
    return {
      status: res.statusCode,
      body: res.headers['content-type']?.toString().startsWith('application/json')
        ? res.json()
        : res.body,
      headers: res.headers,
    };
  };

  it('gives questions by state with evidence that resolves to sources', async () => {
    const { status, body } = await get('/api/v1/ngo-committee/questions?from=2019&to=2020');
    expect(status).toBe(200);
    expect(body.total).toBe(6);
    expect(body.rows[0]).toMatchObject({ state: 'CHN', questions: 4, nameZh: '中国' });
    const list = await get('/api/v1/ngo-committee/questions/list?state=CHN&from=2019&to=2020');
    expect(list.body.total).toBe(4);
    expect(list.body.items.map((q: { id: number }) => q.id).sort()).toEqual(
      [...body.rows[0].evidence.ids].sort(),
    );
    expect(list.body.items[0].source.line).toBeGreaterThan(0);
  });

  it('exports CSV', async () => {
    const res = await get('/api/v1/ngo-committee/questions.csv?from=2019&to=2020');
    expect(res.headers['content-type']).toContain('text/csv');
    const lines = String(res.body).trim().split('\r\n');
    expect(lines[0]).toBe(
      'state,name_en,name_zh,questions,share,repeated,topic_un-terminology,topic_funding,topic_activities,topic_partners-members,topic_branches-registration,topic_un-engagement,topic_other,question_ids',
    );
    // China's 4 questions: Taiwan terminology twice and Hong Kong partners twice (fixtures), the
    // 2020 ones word for word the 2019 ones to the same organisations: 2 repeated
    expect(lines[1]).toMatch(/^CHN,China,中国,4,0\.6667,2,4,0,0,2,/);
  });

  it('counts the questions of one topic, with shares of that topic', async () => {
    const { body } = await get('/api/v1/ngo-committee/questions?topic=funding');
    expect(body.topic).toBe('funding');
    expect(
      body.rows.map((r: { state: string; questions: number }) => [r.state, r.questions]),
    ).toEqual([
      ['PAK', 1],
      ['TUR', 1],
    ]);
    const bad = await get('/api/v1/ngo-committee/questions?topic=weather');
    expect(bad.status).toBe(400);
  });

  it('finds an application by name and returns its history', async () => {
    const hits = await get('/api/v1/ngo-committee/applications?q=lantern');
    expect(hits.body.items[0].name).toBe('Lantern Rights Watch');
    const history = await get(`/api/v1/ngo-committee/applications/${hits.body.items[0].id}`);
    expect(history.body.summary.sessionsDeferred).toBe(4);
  });

  it('answers errors as { error: { code, message } } without a stack', async () => {
    const bad = await get('/api/v1/ngo-committee/questions?from=abc');
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('bad-request');
    expect(bad.body.error.message).toContain('from');
    const missing = await get('/api/v1/ngo-committee/applications/999999');
    expect(missing.status).toBe(404);
    expect(JSON.stringify(missing.body)).not.toContain('    at ');
    const nothing = await get('/api/v1/no-such-thing');
    expect(nothing.status).toBe(404);
    expect(nothing.body.error.code).toBe('not-found');
  });

  it('lists the votes behind a pair of members, with ballots and source', async () => {
    const { body } = await get('/api/v1/ngo-committee/votes/list?state=CHN&with=USA');
    expect(body.total).toBe(1);
    expect(body.items[0].ballots).toMatchObject({ CHN: 'no', USA: 'yes', GRC: 'absent' });
    expect(body.items[0].source.fileName).toBe('roll_call_votes.csv');
    // Greece was absent: the pair CHN–GRC has no vote both cast, as the agreement matrix says
    const absent = await get('/api/v1/ngo-committee/votes/list?state=CHN&with=GRC');
    expect(absent.body.total).toBe(0);
    const own = await get('/api/v1/ngo-committee/votes/list?state=GRC');
    expect(own.body.total).toBe(1);
  });

  it('paginates pending applications', async () => {
    const page = await get('/api/v1/ngo-committee/pending?minYears=0&pageSize=1');
    expect(page.body.pageSize).toBe(1);
    expect(page.body.items).toHaveLength(1);
    expect(page.body.total).toBeGreaterThanOrEqual(1);
  });

  it('serves every path its OpenAPI document describes', async () => {
    const doc = await get('/api/v1/openapi.json');
    expect(doc.body.openapi).toBe('3.1.0');
    const described = Object.keys(openApiDocument.paths).map((p) => p.replace(/\{(\w+)\}/g, ':$1'));
    expect(described.length).toBeGreaterThan(10);
    for (const [p, operations] of Object.entries(openApiDocument.paths)) {
      const url = p.replace(/\{(\w+)\}/g, ':$1');
      for (const method of Object.keys(operations))
        expect(
          app.hasRoute({ method: method.toUpperCase() as 'GET', url }),
          `${method} ${url}`,
        ).toBe(true);
    }
  });
});

describe('/api/v1/meta on the sample dataset', () => {
  it('counts the records of every mechanism, as the footer shows them', async () => {
    const store = await openSampleStore(sqlite);
    try {
      const app = await buildApp({ store });
      const meta = (await app.inject({ method: 'GET', url: '/api/v1/meta' })).json();
      await app.close();
      // every count is the table's own row count, read here without the API
      const rows = async (table: 'hrcVotingTexts' | 'uprRecommendations' | 'ngoVotes') =>
        (await store.db.selectFrom(table).select('id').execute()).length;
      expect(meta.sample).toBe(true);
      expect(meta.counts.votingTexts).toBe(await rows('hrcVotingTexts'));
      expect(meta.counts.recommendations).toBe(await rows('uprRecommendations'));
      expect(meta.counts.votes).toBe(await rows('ngoVotes'));
      expect(meta.counts.votingTexts).toBeGreaterThan(0);
      expect(meta.counts.recommendations).toBeGreaterThan(0);
    } finally {
      await store.close();
    }
  });
});
