import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORE_KINDS } from '../../../test/stores.js';
import { skipName } from '../../../test/skip.js';
import type { LoginRole } from '../../security/policies.js';
import type { Store } from '../../store/open-store.js';
import { verifyAuditLog } from '../../store/security/audit-log.js';
import { testApp, type TestApp } from '../auth/test-app.js';
import { openApiDocument } from '../openapi.js';

/*
 * /api/v1/organizations/… on both databases: the public reads a label only with its evidence,
 * researchers and the public cannot write (401/403), writes without the CSRF token fail, a label
 * without evidence is refused (409), reverts go through the audit log, hostile text comes back as
 * inert JSON text. Invented organisations; sources on example.org.
 */

const INJECTION = `<img src=x onerror=alert(1)>'; DROP TABLE gongo_evidence; --`;

for (const kind of STORE_KINDS) {
  describe.skipIf(kind.skip)(skipName(`organisations API (${kind.name})`, kind.skip), () => {
    let store: Store;
    let t: TestApp;
    let orgId: number;
    beforeAll(async () => {
      store = await kind.open();
      t = await testApp(store);
      const row = await store.db
        .insertInto('organizations')
        .values({
          name: 'Lantern Friendship Society',
          nameKey: 'lantern friendship society',
          country: null,
          countryCode: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      orgId = row.id;
    });
    afterAll(async () => {
      await t.app.close();
      await store.close();
    });

    const post = async (role: LoginRole | null, url: string, payload: object, csrf = true) => {
      const session = role ? await t.login(role) : null;
      return t.app.inject({
        method: 'POST',
        url,
        headers: {
          ...(session ? { cookie: session.cookie } : {}),
          ...(session && csrf ? { 'x-csrf-token': session.csrf } : {}),
        },
        payload,
      });
    };
    const get = (url: string, cookie?: string) =>
      t.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });

    it('every route is in the OpenAPI document', () => {
      const paths = Object.keys(openApiDocument.paths);
      for (const route of t.app.security.routes.filter((r) =>
        r.url.startsWith('/api/v1/organizations'),
      ))
        expect(paths, route.url).toContain(route.url.replace(/:(\w+)/g, '{$1}'));
    });

    it('refuses writes to the public (401), researchers (403) and without the CSRF token', async () => {
      const url = `/api/v1/organizations/${orgId}/classification`;
      const body = { classification: 'unknown', reason: 'r', source: 'https://example.org/' };
      expect((await post(null, url, body)).statusCode).toBe(401);
      expect((await post('researcher', url, body)).statusCode).toBe(403);
      const noCsrf = await post('editor', url, body, false);
      expect(noCsrf.statusCode).toBe(403);
      expect(noCsrf.json().error.code).toBe('csrf');
      expect(await store.db.selectFrom('gongoClassifications').selectAll().execute()).toEqual([]);
    });

    it('refuses a label without evidence (409), then labels with it, shown with its evidence', async () => {
      const base = `/api/v1/organizations/${orgId}`;
      const label = { classification: 'gongo', reason: INJECTION, source: 'https://example.org/r' };
      const refused = await post('editor', `${base}/classification`, label);
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error.code).toBe('no-evidence');

      const added = await post('editor', `${base}/evidence`, {
        indicator: 'state-founded-or-supervised',
        statement: INJECTION,
        source: 'https://example.org/registry',
        passage: INJECTION,
        sourceDate: '2023-05',
      });
      expect(added.statusCode).toBe(201);
      expect((await post('editor', `${base}/classification`, label)).statusCode).toBe(201);
      expect(
        (await post('admin', `${base}/names`, { name: '灯笼友好协会', language: 'zh' })).statusCode,
      ).toBe(201);

      const pub = await get(base);
      expect(pub.statusCode).toBe(200);
      expect(pub.headers['cache-control']).toBe('private, no-store');
      expect(pub.headers['content-type']).toMatch(/^application\/json/);
      const body = pub.json();
      expect(body.classification.classification).toBe('gongo');
      expect(body.classification.evidence).toHaveLength(1);
      expect(body.classification.evidence[0].passage).toBe(INJECTION);
      expect(body.classification.reason).toBe(INJECTION);
      expect(body.classification).not.toHaveProperty('setBy');
      expect(body.score.total).toBe(25);
      const researcher = await t.login('researcher');
      expect((await get(base, researcher.cookie)).json().classification.setBy).toBe('editor');

      const list = (await get('/api/v1/organizations?classification=gongo')).json();
      expect(list.items).toMatchObject([{ id: orgId, classification: 'gongo', evidenceCount: 1 }]);
      expect(
        (
          await get(`/api/v1/organizations/resolve?name=${encodeURIComponent('灯笼友好协会')}`)
        ).json(),
      ).toMatchObject({
        kind: 'found',
        organizationId: orgId,
      });
    });

    it('reverts through the audit log, and the log stays intact', async () => {
      const base = `/api/v1/organizations/${orgId}`;
      const reverted = await post('editor', `${base}/classification/revert`, {});
      expect(reverted.statusCode).toBe(201);
      const history = (await get(`${base}/classification/history`)).json();
      expect(history.items.map((i: { classification: string }) => i.classification)).toEqual([
        'unknown',
        'gongo',
      ]);
      const back = await post('admin', `${base}/classification/revert`, {
        toAuditId: history.items[1].auditSeq,
      });
      expect(back.statusCode).toBe(201);
      expect((await get(base)).json().classification.classification).toBe('gongo');
      expect((await verifyAuditLog({ db: store.db, dialect: store.dialect })).problems).toEqual([]);
    });

    it('answers 400 to bad input and 404 to an unknown organisation', async () => {
      expect((await get('/api/v1/organizations/0')).statusCode).toBe(400);
      expect((await get('/api/v1/organizations/999999')).statusCode).toBe(404);
      expect((await get('/api/v1/organizations?classification=puppet')).statusCode).toBe(400);
      const bad = await post('editor', `/api/v1/organizations/${orgId}/evidence`, {
        indicator: 'state-funding',
        statement: 's',
        source: 'javascript:alert(1)',
        passage: 'p',
        sourceDate: '2024',
      });
      expect(bad.statusCode).toBe(400);
    });
  });
}
