import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARED_DATA_SKIP_REASON, sharedPath } from '../../../test/shared-data.js';
import { openStore, type Store } from '../../store/open-store.js';
import { importNgoCommitteePaths } from '../../store/ngo-committee/import-files.js';
import { buildApp } from '../app.js';

/**
 * The figures of issue 8 on the real data: the decision tables (PROVENANCE.md of
 * ecosoc-ngo-committee-decisions) and the Committee's press releases. Expected values were counted
 * from the raw CSV files by hand (python csv, not this project's parsers), not copied from output.
 */
const TABLES = sharedPath('ecosoc-ngo-committee-decisions');
const PRESS = sharedPath('un-texts', 'ngo-committee-press');
const skip = !TABLES || !PRESS;
if (skip) console.warn(`ngo-committee real-data API tests ${SHARED_DATA_SKIP_REASON}`);

interface History {
  organization: string;
  request: string;
  sessionsDeferred: number;
  firstDeferred: string;
  lastDeferred: string;
  yearsPending: number;
  yearsPendingExact: number;
  status: string;
  evidence: { kind: string; ids: number[] };
}

describe.skipIf(skip)('NGO Committee figures on the real data (issue 8)', () => {
  let store: Store;
  let app: FastifyInstance;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'gp-ngo-real-'));
    store = await openStore({ target: path.join(dir, 'real.db') });
    await importNgoCommitteePaths(store, [TABLES!, PRESS!]);
    app = await buildApp({ store });
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const get = async (url: string) => {
    const res = await app.inject({ method: 'GET', url });
    return { status: res.statusCode, body: res.json() };
  };
  const base = '/api/v1/ngo-committee';

  it('lists applications pending 8+ years by the exact span, reclassification requests apart', async () => {
    // By hand from 7_, 10_, 11_ and the decision files: Hokok (2012-02-21 → 2024-06-14, 12.31 y),
    // Muslim Hands (11.01 y), Diplomatic Mission Peace and Prosperity (8.99 y). Voice Society and
    // West Papua Interest Association span 7.98 years (2016-06-20 → 2024-06-14): not 8+. Widows
    // for Peace through Democracy is 2010–12 on its application, 2015–20 on a reclassification.
    const { body } = await get(`${base}/pending?minYears=8`);
    expect(body.request).toBe('application');
    expect(body.items.map((h: History) => h.organization)).toEqual([
      'Hokok Coalición Internacional Contra la Impunidad',
      'Muslim Hands',
      'Diplomatic Mission Peace and Prosperity',
    ]);
    expect(body.total).toBe(3);

    const near = (await get(`${base}/pending?minYears=7.9`)).body.items as History[];
    const papua = near.find((h) => h.organization === 'West Papua Interest Association')!;
    expect(papua.yearsPending).toBe(8);
    expect(papua.yearsPendingExact).toBeLessThan(8);
    expect(near.some((h) => h.organization === 'Voice Society')).toBe(true);

    const reclass = (await get(`${base}/pending?minYears=0&request=reclassification`)).body;
    expect(reclass.items.every((h: History) => h.request === 'reclassification')).toBe(true);
    const widows = reclass.items.find(
      (h: History) => h.organization === 'Widows for Peace through Democracy',
    );
    expect(widows).toMatchObject({
      sessionsDeferred: 8,
      firstDeferred: '2015-02-18',
      lastDeferred: '2020-02-07',
    });
  });

  it('shows each history of an organisation with its kind', async () => {
    const { body } = await get(
      `${base}/applications/${encodeURIComponent('Widows for Peace through Democracy')}`,
    );
    const kinds = body.applications.map((h: History) => [
      h.request,
      h.firstDeferred,
      h.lastDeferred,
      h.sessionsDeferred,
    ]);
    expect(kinds).toEqual([
      ['application', '2010-03-03', '2012-02-21', 5],
      ['reclassification', '2015-02-18', '2020-02-07', 8],
    ]);
    expect(body.summary.request).toBe('application');
  });

  it('counts a roll-call once when a press release reports it too, citing both', async () => {
    // PROVENANCE.md: 96 distinct (session, topic) votes; China in favour 47, against 49.
    const { body } = await get(`${base}/votes`);
    expect(body.votes).toBe(96);
    const china = body.members.find((m: { state: string }) => m.state === 'CHN');
    expect([china.yes, china.no]).toEqual([47, 49]);
    const list = (await get(`${base}/votes/list?pageSize=500`)).body;
    expect(list.total).toBe(96);
    // ECOSOC/6695 (2015) reports the Palestinian Return Centre vote, 12–3–3, also a table row
    const prc = list.items.find((v: { subject: string }) =>
      /^Palestinian Return Centre/.test(v.subject),
    );
    expect(prc.alsoReportedBy.map((s: { symbol: string | null }) => s.symbol)).toContain(
      'ECOSOC/6695',
    );
  });

  it('says what a roll-call was about and which way each ballot went for the organisation', async () => {
    const list = (await get(`${base}/votes/list?pageSize=500`)).body;
    const cpj = list.items.find((v: { subject: string }) =>
      /^Committee to Protect Journalists/.test(v.subject),
    );
    // "a vote was called to grant special consultative status … was rejected" 6–10–3
    expect(cpj.motionWords.kind).toBe('grant');
    expect(cpj.motionWords.en).toMatch(/^to grant consultative status to Committee to Protect/);
    expect(cpj.yesMeans).toBe('for');
    expect(cpj.ballotSides.CHN).toBe('against');
    const khmer = list.items.find((v: { subject: string }) =>
      /recommended for closure/.test(v.subject),
    );
    expect(khmer.motionWords.kind).toBe('close');
    expect(khmer.yesMeans).toBe('against');
    const summary = (await get(`${base}/votes`)).body;
    const china = summary.members.find((m: { state: string }) => m.state === 'CHN');
    expect(china.forOrganization + china.againstOrganization).toBeGreaterThan(0);
  });

  it('cites the Committee report of the session beside the compiled file and line', async () => {
    const { body } = await get(`${base}/applications/${encodeURIComponent('Muslim Hands')}`);
    const last = body.events.find(
      (e: { date: string; action: string }) => e.date === '2024-06-14' && e.action === 'deferred',
    );
    expect(last.source.fileName).toBe('7_applications_deferred.csv');
    expect(last.source.report.symbol).toBe('E/2024/32 (Part II)');
    const first = body.events.find((e: { date: string }) => e.date === '2013-06-10');
    expect(first.source.report.symbol).toBe('E/2013/32 (Part II)');
  });

  it('resolves the evidence ids of decision events through the API, GET and POST', async () => {
    const pending = (await get(`${base}/pending?minYears=8`)).body.items as History[];
    const ids = pending[0]!.evidence.ids;
    expect(pending[0]!.evidence.kind).toBe('ngo-event');
    const listed = (await get(`${base}/events/list?ids=${ids.join(',')}&pageSize=10`)).body;
    expect(listed.total).toBe(ids.length);
    expect(listed.items).toHaveLength(10);
    expect(listed.items[0].source.fileName).toMatch(/\.csv$/);
    expect(listed.items.every((e: { id: number }) => ids.includes(e.id))).toBe(true);
    const res = await app.inject({
      method: 'POST',
      url: `${base}/events/list`,
      payload: { ids, page: 3, pageSize: 10 },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toHaveLength(ids.length - 20);
  });

  it('says which years have questions when a period has none', async () => {
    const { body } = await get(`${base}/questions?from=2013&to=2013`);
    expect(body.total).toBe(0);
    expect(body.yearsWithData.length).toBeGreaterThan(0);
    expect(body.yearsWithData).not.toContain(2013);
  });

  it('lists the candidates of a name that is not one organisation exactly', async () => {
    const res = await app.inject({
      method: 'GET',
      url: `${base}/applications/${encodeURIComponent('Dalit Solidarity')}`,
    });
    expect(res.statusCode).toBe(409);
    const names = res.json().error.candidates.map((c: { name: string }) => c.name);
    expect(names).toEqual(
      expect.arrayContaining(['Dalit Solidarity, Inc.', 'International Dalit Solidarity Network']),
    );
    const exact = await get(
      `${base}/applications/${encodeURIComponent('International Dalit Solidarity Network')}`,
    );
    expect(exact.status).toBe(200);
  });
});
