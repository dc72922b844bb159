import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORE_KINDS } from '../../test/stores.js';
import { skipName } from '../../test/skip.js';
import { newDataKey, type KeyRing } from '../security/field-crypto.js';
import type { LoginRole, Role } from '../security/policies.js';
import { dataVersion } from '../store/data-version.js';
import type { Store } from '../store/open-store.js';
import { importReprisalsFile } from '../store/reprisals/import-files.js';
import { refusedFields, unknownFields } from '../store/reprisals/editing.js';
import { REPRISALS_FIXTURES } from '../store/reprisals/test-canary.js';
import { verifyAuditLog, type Actor } from '../store/security/audit-log.js';
import { testApp, type TestApp } from './auth/test-app.js';

/*
 * The editors' side of the reprisals registry (docs/reprisals.md, "Editing"), on SQLite and
 * PostgreSQL: a draft read from the report fixture (invented people) is corrected and confirmed,
 * a follow-up paragraph attached, a letter linked. Each write must leave an audit entry with the
 * values before and after (confidential ones sealed, never in the clear), raise the data version,
 * refuse a stale version (409), a missing one (428), fields that are not the editor's to write
 * (403 naming them), a request without the CSRF token, and every role but editors and admins.
 */

const operator: Actor = { name: 'cli:test', role: 'admin' };
const HUA = '2020-CHN-001'; // annex I para. 1 of the fixture: Ms. Hua Mingyue (invented)
const SIX = '2020-CHN-002'; // annex I para. 3: six individuals

function ringOf(): KeyRing {
  const key = newDataKey('2026-01-01T00:00:00.000Z');
  return { active: key.id, keys: new Map([[key.id, key]]) };
}

interface Call {
  role: Role;
  body?: unknown;
  csrf?: boolean;
  ifMatch?: string;
}

describe('which fields a PATCH may name', () => {
  it('follows the field policies: a role that may not write the registry is refused every field, by name', () => {
    expect(refusedFields({ name: 'r', role: 'researcher' }, ['status', 'victimName'])).toEqual([
      'status',
      'victimName',
    ]);
    expect(refusedFields({ name: 'p', role: 'public' }, ['pseudonym'])).toEqual(['pseudonym']);
    // editors write every field, but not those with routes of their own
    expect(
      refusedFields({ name: 'e', role: 'editor' }, [
        'status',
        'victimName',
        'review',
        'appearances',
      ]),
    ).toEqual(['review', 'appearances']);
    expect(unknownFields(['status', 'password', 'passwordHash'])).toEqual([
      'password',
      'passwordHash',
    ]);
  });
});

for (const kind of STORE_KINDS) {
  describe.skipIf(kind.skip)(skipName(`reprisals editing (${kind.name})`, kind.skip), () => {
    let store: Store;
    let t: TestApp;
    let ring: KeyRing;
    const sessions = new Map<LoginRole, { cookie: string; csrf: string }>();

    beforeAll(async () => {
      store = await kind.open();
      ring = ringOf();
      const dir = REPRISALS_FIXTURES;
      for (const file of ['sg-report-annexes.txt', 'sp-communications.csv']) {
        const r = await importReprisalsFile(store, file, readFileSync(path.join(dir, file)), {
          actor: operator,
          ring,
        });
        expect(r.status, file).toBe('imported');
      }
      t = await testApp(store, { security: { ring } });
    });
    afterAll(async () => {
      await t.app.close();
      await store.close();
    });

    async function call(method: 'GET' | 'PATCH' | 'POST', url: string, c: Call) {
      let session = null;
      if (c.role !== 'public') {
        session = sessions.get(c.role) ?? (await t.login(c.role));
        sessions.set(c.role, session);
      }
      return t.app.inject({
        method,
        url,
        headers: {
          ...(session ? { cookie: session.cookie } : {}),
          ...(session && c.csrf !== false ? { 'x-csrf-token': session.csrf } : {}),
          ...(c.ifMatch ? { 'if-match': `"${c.ifMatch}"` } : {}),
        },
        ...(c.body === undefined ? {} : { payload: c.body as Record<string, unknown> }),
      });
    }

    async function editView(caseId: string) {
      const res = await call('GET', `/api/v1/reprisals/cases/${caseId}/edit`, { role: 'editor' });
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as {
        case: Record<string, unknown> & { review: string; appearances: { paragraph: string }[] };
        version: string;
        reasons: { field: string; rule: string }[];
        confirmed: { by: string; at: string } | null;
      };
    }

    const auditAfter = (seq: number) =>
      store.db.selectFrom('auditLog').selectAll().where('seq', '>', seq).orderBy('seq').execute();
    const lastSeq = async () =>
      (
        await store.db
          .selectFrom('auditLog')
          .select('seq')
          .orderBy('seq', 'desc')
          .limit(1)
          .execute()
      )[0]?.seq ?? 0;

    it('the drafts queue: each draft with the rules behind its values and the paragraph as read, for editors only', async () => {
      const before = await lastSeq();
      const res = await call('GET', '/api/v1/reprisals/drafts?country=CHN', { role: 'editor' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toBe('private, no-store');
      const body = res.json() as {
        total: number;
        items: { caseId: string; reasons: { field: string; rule: string }[]; paragraph: string }[];
      };
      // annex I of the fixture has two Chinese cases (paras. 1-2 and 3)
      expect(body.items.map((i) => i.caseId)).toEqual([HUA, SIX]);
      const hua = body.items[0]!;
      expect(hua.paragraph).toContain('Ms. Hua Mingyue, a human rights lawyer');
      expect(hua.reasons.map((r) => r.field)).toEqual(
        expect.arrayContaining(['acts', 'victimName']),
      );
      // reading the paragraph is a read of a confidential value: audited under the editor's name
      const reads = (await auditAfter(before)).filter((e) => e.action === 'read');
      expect(reads.map((e) => [e.actorName, e.entityId, e.field])).toEqual([
        ['editor', HUA, 'reprisalInformation'],
        ['editor', SIX, 'reprisalInformation'],
      ]);
      for (const [role, status] of [
        ['public', 401],
        ['researcher', 403],
      ] as const) {
        for (const url of [
          '/api/v1/reprisals/drafts?country=CHN',
          `/api/v1/reprisals/cases/${HUA}/edit`,
          '/api/v1/reprisals/links?country=CHN',
        ]) {
          const refused = await call('GET', url, { role });
          expect(refused.statusCode, `${url} as ${role}`).toBe(status);
          expect(refused.body).not.toContain('Mingyue');
        }
      }
    });

    it('PATCH corrects fields: audited with before and after, confidential values only in the vault, data version raised', async () => {
      const view = await editView(HUA);
      expect(view.case.victimName).toBe('Hua Mingyue');
      expect(view.case.status).toBe('unknown');
      const version0 = await dataVersion(store.db);
      const seq0 = await lastSeq();
      const res = await call('PATCH', `/api/v1/reprisals/cases/${HUA}`, {
        role: 'editor',
        body: {
          version: view.version,
          fields: {
            status: 'unresolved',
            victimName: 'Hua Mingyue (corrected spelling)',
            pseudonym: 'Lawyer, invented (2020)',
          },
        },
      });
      expect(res.statusCode, res.body).toBe(200);
      const out = res.json() as { written: string; version: string };
      expect(out.written).toBe('updated');
      expect(out.version).not.toBe(view.version);
      expect(res.headers.etag).toBe(`"${out.version}"`);
      expect(await dataVersion(store.db)).not.toBe(version0);

      const entries = await auditAfter(seq0);
      const columns = entries.find((e) => e.action === 'update' && e.field === null)!;
      expect(columns.actorName).toBe('editor');
      expect(columns.entityId).toBe(HUA);
      expect(JSON.parse(columns.before!)).toMatchObject({
        status: 'unknown',
        pseudonym: expect.not.stringContaining('invented'),
      });
      expect(JSON.parse(columns.after!)).toMatchObject({
        status: 'unresolved',
        pseudonym: 'Lawyer, invented (2020)',
      });
      // the name's change: sealed in the log (committed to, encrypted), never in the clear
      const name = entries.find((e) => e.field === 'victimName')!;
      expect(name.action).toBe('update');
      expect(name.before).toBeNull();
      expect(name.after).toBeNull();
      expect(name.beforeCommit).not.toBeNull();
      expect(name.afterCommit).not.toBeNull();
      expect(JSON.stringify(entries)).not.toContain('corrected spelling');
      // only the fields sent were written: the report's account stays in the vault
      expect(entries.map((e) => e.field)).not.toContain('reprisalInformation');
      const vault = await store.db
        .selectFrom('confidentialValues')
        .select('ciphertext')
        .where('recordId', '=', HUA)
        .where('field', '=', 'victimName')
        .executeTakeFirstOrThrow();
      expect(vault.ciphertext).not.toContain('Hua');
      const row = await store.db
        .selectFrom('reprisalCases')
        .selectAll()
        .where('caseId', '=', HUA)
        .executeTakeFirstOrThrow();
      expect(JSON.stringify(row)).not.toContain('corrected spelling');

      const after = await editView(HUA);
      expect(after.case.victimName).toBe('Hua Mingyue (corrected spelling)');
      expect(after.case.reprisalInformation).toContain('human rights lawyer');
      expect(after.case.status).toBe('unresolved');
      expect(after.version).toBe(out.version);
      // the public sees the corrected public field, never the name
      const pub = await call('GET', `/api/v1/reprisals/cases/${HUA}`, { role: 'public' });
      expect(pub.json().case.status).toBe('unresolved');
      expect(pub.body).not.toContain('Hua');
    });

    it('the same values again write nothing, log nothing and keep both versions', async () => {
      const view = await editView(HUA);
      const seq0 = await lastSeq();
      const version0 = await dataVersion(store.db);
      const res = await call('PATCH', `/api/v1/reprisals/cases/${HUA}`, {
        role: 'editor',
        ifMatch: view.version,
        body: { fields: { status: 'unresolved' } },
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ written: 'unchanged', version: view.version });
      expect((await auditAfter(seq0)).filter((e) => e.action !== 'read')).toEqual([]);
      // cached figures stay valid: nothing they read changed
      expect(await dataVersion(store.db)).toBe(version0);
    });

    it('a stale version is 409 with the current one, a missing version 428; nothing is written', async () => {
      const view = await editView(SIX);
      const first = await call('PATCH', `/api/v1/reprisals/cases/${SIX}`, {
        role: 'admin',
        body: { version: view.version, fields: { gender: 'mixed' } },
      });
      expect(first.statusCode, first.body).toBe(200);
      const version0 = await dataVersion(store.db);
      const seq0 = await lastSeq();
      // a second editor still holding the version read before the admin's change
      const stale = await call('PATCH', `/api/v1/reprisals/cases/${SIX}`, {
        role: 'editor',
        body: { version: view.version, fields: { gender: 'male' } },
      });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().error).toMatchObject({
        code: 'conflict',
        currentVersion: first.json().version,
      });
      const missing = await call('PATCH', `/api/v1/reprisals/cases/${SIX}`, {
        role: 'editor',
        body: { fields: { gender: 'male' } },
      });
      expect(missing.statusCode).toBe(428);
      const confirmStale = await call('POST', `/api/v1/reprisals/cases/${SIX}/confirm`, {
        role: 'editor',
        body: { version: view.version },
      });
      expect(confirmStale.statusCode).toBe(409);
      expect((await editView(SIX)).case.gender).toBe('mixed');
      expect(await dataVersion(store.db)).toBe(version0);
      expect((await auditAfter(seq0)).filter((e) => e.action !== 'read')).toEqual([]);
    });

    it('two editors writing the same version at once: one wins, the other gets 409', async () => {
      const view = await editView(SIX);
      const [a, b] = await Promise.all(
        (['editor', 'admin'] as const).map((role, i) =>
          call('PATCH', `/api/v1/reprisals/cases/${SIX}`, {
            role,
            body: { version: view.version, fields: { activity: `activity ${i}` } },
          }),
        ),
      );
      expect([a!.statusCode, b!.statusCode].sort()).toEqual([200, 409]);
      const winner = a!.statusCode === 200 ? 'activity 0' : 'activity 1';
      expect((await editView(SIX)).case.activity).toBe(winner);
    });

    it('fields that are not the editor’s to write here: 403 naming them; unknown fields 400; bad values 400', async () => {
      const view = await editView(SIX);
      const res = await call('PATCH', `/api/v1/reprisals/cases/${SIX}`, {
        role: 'editor',
        body: {
          version: view.version,
          fields: { review: 'confirmed', status: 'resolved', caseId: '2020-CHN-009' },
        },
      });
      expect(res.statusCode).toBe(403);
      expect(res.json().error).toMatchObject({
        code: 'forbidden-fields',
        fields: ['review', 'caseId'],
      });
      const unknown = await call('PATCH', `/api/v1/reprisals/cases/${SIX}`, {
        role: 'editor',
        body: { version: view.version, fields: { password: 'x' } },
      });
      expect(unknown.statusCode).toBe(400);
      const bad = await call('PATCH', `/api/v1/reprisals/cases/${SIX}`, {
        role: 'editor',
        body: { version: view.version, fields: { status: 'closed' } },
      });
      expect(bad.statusCode).toBe(400);
      expect((await editView(SIX)).version).toBe(view.version);
    });

    it('writes refuse the public (401), researchers (403) and a request without the CSRF token', async () => {
      const view = await editView(SIX);
      const writes = [
        [
          'PATCH',
          `/api/v1/reprisals/cases/${SIX}`,
          { version: view.version, fields: { status: 'resolved' } },
        ],
        ['POST', `/api/v1/reprisals/cases/${SIX}/confirm`, { version: view.version }],
        [
          'POST',
          `/api/v1/reprisals/cases/${SIX}/communications`,
          { version: view.version, reference: 'CHN 7/2020' },
        ],
        ['POST', '/api/v1/reprisals/links/1/attach', { caseId: SIX }],
      ] as const;
      for (const [method, url, body] of writes) {
        expect((await call(method, url, { role: 'public', body })).statusCode, url).toBe(401);
        expect((await call(method, url, { role: 'researcher', body })).statusCode, url).toBe(403);
        const noCsrf = await call(method, url, { role: 'editor', body, csrf: false });
        expect(noCsrf.statusCode, url).toBe(403);
        expect(noCsrf.json().error.code).toBe('csrf');
      }
      expect((await editView(SIX)).version).toBe(view.version);
    });

    it('confirm: the draft becomes confirmed, with who and when, and a later import of the report leaves it', async () => {
      const view = await editView(HUA);
      expect(view.case.review).toBe('draft');
      expect(view.confirmed).toBeNull();
      const version0 = await dataVersion(store.db);
      t.clock.advance(60_000);
      const res = await call('POST', `/api/v1/reprisals/cases/${HUA}/confirm`, {
        role: 'editor',
        body: { version: view.version },
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(await dataVersion(store.db)).not.toBe(version0);
      const after = await editView(HUA);
      expect(after.case.review).toBe('confirmed');
      expect(after.confirmed).toEqual({
        by: 'editor',
        role: 'editor',
        at: t.clock.now().toISOString(),
      });
      const drafts = await call('GET', '/api/v1/reprisals/drafts?country=CHN', { role: 'editor' });
      expect(drafts.json().items.map((i: { caseId: string }) => i.caseId)).toEqual([SIX]);
      // the same report with other bytes: a new document, but the person's decision stands
      const again = await importReprisalsFile(
        store,
        'copy.txt',
        Buffer.concat([
          readFileSync(path.join(REPRISALS_FIXTURES, 'sg-report-annexes.txt')),
          Buffer.from('\n'),
        ]),
        { actor: operator, ring },
      );
      expect(again.status).toBe('imported');
      const kept = await editView(HUA);
      expect(kept.case.review).toBe('confirmed');
      expect(kept.case.victimName).toBe('Hua Mingyue (corrected spelling)');
    });

    it('attach a follow-up paragraph to a case: the case gains the appearance; moving it takes it back', async () => {
      const links = await call('GET', '/api/v1/reprisals/links?country=CHN', { role: 'editor' });
      expect(links.statusCode, links.body).toBe(200);
      const items = links.json().items as {
        id: number;
        paragraph: string;
        version: string;
        victimName: string | null;
        matchedBy: string | null;
      }[];
      // annex II, para. 7 of the fixture: Mr. Zhao Pingan (invented)
      const zhao = items.find((l) => l.paragraph === '7')!;
      expect(zhao.victimName).toBe('Zhao Pingan');
      const seq0 = await lastSeq();
      const version0 = await dataVersion(store.db);
      const res = await call('POST', `/api/v1/reprisals/links/${zhao.id}/attach`, {
        role: 'editor',
        body: { caseId: HUA, version: zhao.version },
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(await dataVersion(store.db)).not.toBe(version0);
      const hua = await editView(HUA);
      expect(hua.case.appearances).toContainEqual({
        symbol: 'A/HRC/45/36',
        year: 2020,
        annex: 'II',
        paragraph: '7',
        kind: 'follow-up',
        page: null,
      });
      const entries = await auditAfter(seq0);
      const linkEntry = entries.find((e) => e.entity === 'reprisalFollowUpLink')!;
      expect(JSON.parse(linkEntry.before!)).toEqual({ caseId: null, matchedBy: null });
      expect(JSON.parse(linkEntry.after!)).toEqual({ caseId: HUA, matchedBy: 'person' });
      expect(
        entries.some(
          (e) => e.field === 'appearances' && e.action === 'create' && e.entityId === HUA,
        ),
      ).toBe(true);
      // the old link version is stale now
      const stale = await call('POST', `/api/v1/reprisals/links/${zhao.id}/attach`, {
        role: 'editor',
        body: { caseId: SIX, version: zhao.version },
      });
      expect(stale.statusCode).toBe(409);
      const moved = await call('POST', `/api/v1/reprisals/links/${zhao.id}/attach`, {
        role: 'editor',
        body: { caseId: SIX, version: res.json().version },
      });
      expect(moved.statusCode, moved.body).toBe(200);
      expect((await editView(HUA)).case.appearances.map((a) => a.paragraph)).toEqual(['1-2']);
      expect((await editView(SIX)).case.appearances.map((a) => a.paragraph)).toContain('7');
      const missing = await call('POST', '/api/v1/reprisals/links/999999/attach', {
        role: 'editor',
        body: { caseId: SIX, version: 'x' },
      });
      expect(missing.statusCode).toBe(404);
    });

    it('link a special procedures letter to a case: the case lists it, the letter names the case in the vault only', async () => {
      const view = await editView(SIX);
      const res = await call('POST', `/api/v1/reprisals/cases/${SIX}/communications`, {
        role: 'admin',
        body: { reference: 'chn 15/2011', version: view.version },
      });
      expect(res.statusCode, res.body).toBe(200);
      expect((await editView(SIX)).case.communicationRefs).toContain('CHN 15/2011');
      const vault = await store.db
        .selectFrom('confidentialValues')
        .select('ciphertext')
        .where('entity', '=', 'spCommunication')
        .where('recordId', '=', 'CHN 15/2011')
        .where('field', '=', 'caseId')
        .executeTakeFirst();
      expect(vault?.ciphertext).toMatch(/^gp1:/);
      expect(vault?.ciphertext).not.toContain(SIX);
      const bad = await call('POST', `/api/v1/reprisals/cases/${SIX}/communications`, {
        role: 'admin',
        body: { reference: "CHN 1/2020'; --", version: view.version },
      });
      expect(bad.statusCode).toBe(400);
    });

    it('injection payloads in every text field are stored and returned as the same inert text', async () => {
      const xss = '<script>alert(1)</script><img src=x onerror=alert(2)>';
      const sqlish = '\'; DROP TABLE reprisal_cases; -- " OR 1=1 /*';
      const payload = `${xss} ${sqlish}`;
      const fields = {
        region: payload,
        recordTypeCodedAs: payload,
        pseudonym: payload,
        victimName: payload,
        relatives: payload,
        contact: payload,
        genderCodedAs: payload,
        affectedGroups: [payload],
        activity: payload,
        rightsDefended: [payload],
        trigger: payload,
        reprisalDates: payload,
        reprisalLocation: payload,
        reprisalInformation: payload,
        perpetrators: [payload],
        governmentResponses: [{ date: null, dateAsPrinted: payload, content: payload }],
        otherFields: { [payload]: [payload] },
        notes: payload,
      };
      const view = await editView(SIX);
      const res = await call('PATCH', `/api/v1/reprisals/cases/${SIX}`, {
        role: 'editor',
        body: { version: view.version, fields },
      });
      expect(res.statusCode, res.body).toBe(200);
      const back = await editView(SIX);
      for (const [field, value] of Object.entries(fields))
        expect(back.case[field], field).toEqual(value);
      const shown = await call('GET', `/api/v1/reprisals/cases/${SIX}`, { role: 'public' });
      expect(shown.headers['content-type']).toMatch(/^application\/json/);
      expect(shown.json().case.pseudonym).toBe(payload);
      // the tables are all there, and the filter with SQL in it is refused, not run
      expect(
        (await store.db.selectFrom('reprisalCases').select('caseId').execute()).length,
      ).toBeGreaterThan(2);
      const filter = await call(
        'GET',
        `/api/v1/reprisals/drafts?country=${encodeURIComponent("CHN' OR '1'='1")}`,
        { role: 'editor' },
      );
      expect(filter.statusCode).toBe(400);
    });

    it('the audit log still verifies after every edit, sealed values included', async () => {
      const verdict = await verifyAuditLog({ db: store.db, dialect: store.dialect, ring });
      expect(verdict.problems).toEqual([]);
      expect(verdict.sealedChecked).toBeGreaterThan(0);
    });
  });
}
