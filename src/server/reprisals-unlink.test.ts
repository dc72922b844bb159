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
import { REPRISALS_FIXTURES } from '../store/reprisals/test-canary.js';
import { verifyAuditLog, type Actor } from '../store/security/audit-log.js';
import { readConfidential } from '../store/security/vault.js';
import { testApp, type TestApp } from './auth/test-app.js';

/*
 * Unlinking a special procedures letter from a case (POST /api/v1/reprisals/cases/{id}/
 * communications/unlink), on SQLite and PostgreSQL: editors and admins only, with the CSRF token
 * and the version read; the case stops listing the reference, the letter stops naming the case in
 * the vault (unless it names another case), each change audited, the data version raised. The
 * report fixture's cases and the communications fixture (invented people; "CHN 15/2011" is the
 * fixture's first letter).
 */

const operator: Actor = { name: 'cli:test', role: 'admin' };
const HUA = '2020-CHN-001';
const SIX = '2020-CHN-002';
const REF = 'CHN 15/2011';
const UNLINK = (caseId: string) => `/api/v1/reprisals/cases/${caseId}/communications/unlink`;

for (const kind of STORE_KINDS) {
  describe.skipIf(kind.skip)(skipName(`reprisals unlink (${kind.name})`, kind.skip), () => {
    let store: Store;
    let t: TestApp;
    let ring: KeyRing;
    const sessions = new Map<LoginRole, { cookie: string; csrf: string }>();

    beforeAll(async () => {
      store = await kind.open();
      const key = newDataKey('2026-01-01T00:00:00.000Z');
      ring = { active: key.id, keys: new Map([[key.id, key]]) };
      for (const file of ['sg-report-annexes.txt', 'sp-communications.csv']) {
        const r = await importReprisalsFile(
          store,
          file,
          readFileSync(path.join(REPRISALS_FIXTURES, file)),
          { actor: operator, ring },
        );
        expect(r.status, file).toBe('imported');
      }
      t = await testApp(store, { security: { ring } });
    });
    afterAll(async () => {
      await t.app.close();
      await store.close();
    });

    async function call(
      method: 'GET' | 'POST',
      url: string,
      role: Role,
      body?: Record<string, unknown>,
      csrf = true,
    ) {
      let session = null;
      if (role !== 'public') {
        session = sessions.get(role) ?? (await t.login(role));
        sessions.set(role, session);
      }
      return t.app.inject({
        method,
        url,
        headers: {
          ...(session ? { cookie: session.cookie } : {}),
          ...(session && csrf ? { 'x-csrf-token': session.csrf } : {}),
        },
        ...(body === undefined ? {} : { payload: body }),
      });
    }
    const edit = async (caseId: string) => {
      const res = await call('GET', `/api/v1/reprisals/cases/${caseId}/edit`, 'editor');
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as { case: { communicationRefs: string[] }; version: string };
    };
    const link = async (caseId: string) => {
      const res = await call('POST', `/api/v1/reprisals/cases/${caseId}/communications`, 'editor', {
        reference: REF,
        version: (await edit(caseId)).version,
      });
      expect(res.statusCode, res.body).toBe(200);
    };
    /** which case the stored letter names (read as the operator, audited like any read) */
    const letterNames = () =>
      readConfidential({ store, ring }, operator, {
        entity: 'spCommunication',
        recordId: REF,
        field: 'caseId',
      });
    const lastSeq = async () =>
      (
        await store.db
          .selectFrom('auditLog')
          .select('seq')
          .orderBy('seq', 'desc')
          .limit(1)
          .execute()
      )[0]?.seq ?? 0;

    it('refuses the public (401), researchers (403) and a request without the CSRF token', async () => {
      await link(SIX);
      const { version } = await edit(SIX);
      const body = { reference: REF, version };
      expect((await call('POST', UNLINK(SIX), 'public', body)).statusCode).toBe(401);
      expect((await call('POST', UNLINK(SIX), 'researcher', body)).statusCode).toBe(403);
      expect((await call('POST', UNLINK(SIX), 'editor', body, false)).statusCode).toBe(403);
      // nothing changed
      expect((await edit(SIX)).case.communicationRefs).toContain(REF);
      expect(await letterNames()).toBe(SIX);
    });

    it('refuses a stale version (409) and a missing one (428), writing nothing', async () => {
      const { version } = await edit(SIX);
      const stale = await call('POST', UNLINK(SIX), 'editor', { reference: REF, version: 'x' });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().error.currentVersion).toBe(version);
      expect((await call('POST', UNLINK(SIX), 'editor', { reference: REF })).statusCode).toBe(428);
      expect((await edit(SIX)).version).toBe(version);
    });

    it('unlinks: the case no longer lists it, the letter no longer names the case; audited', async () => {
      const { version } = await edit(SIX);
      const seq = await lastSeq();
      const dataBefore = await dataVersion(store.db);
      const res = await call('POST', UNLINK(SIX), 'editor', {
        reference: 'chn  15/2011', // as typed: read as CHN 15/2011
        version,
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ caseId: SIX, reference: REF, unlinked: true });
      expect(res.json().version).not.toBe(version);
      expect((await edit(SIX)).case.communicationRefs).not.toContain(REF);
      const entries = await store.db
        .selectFrom('auditLog')
        .select(['actorName', 'action', 'entity', 'entityId', 'field', 'before', 'after'])
        .where('seq', '>', seq)
        .where('actorName', '=', 'editor')
        .orderBy('seq')
        .execute();
      const refsChange = entries.find((e) => e.entity === 'reprisalCase' && e.action === 'update');
      expect(refsChange?.entityId).toBe(SIX);
      expect(refsChange?.before).toContain(REF);
      expect(refsChange?.after ?? '').not.toContain(REF);
      // the letter's link was read (to compare) and then removed, both under the editor's name
      const letter = entries.filter((e) => e.entity === 'spCommunication' && e.entityId === REF);
      expect(letter.map((e) => e.action)).toContain('read');
      expect(letter.some((e) => e.action !== 'read')).toBe(true);
      expect(await letterNames()).toBeNull();
      expect(await dataVersion(store.db)).not.toBe(dataBefore);
      expect(
        (await verifyAuditLog({ db: store.db, dialect: store.dialect, ring })).problems,
      ).toEqual([]);
    });

    it('a reference the case does not list is 404; a letter naming another case keeps it', async () => {
      const { version } = await edit(SIX);
      const again = await call('POST', UNLINK(SIX), 'editor', { reference: REF, version });
      expect(again.statusCode).toBe(404);
      expect(again.json().error.code).toBe('not-found');
      // both cases list the letter; the letter names the case linked last (Hua)
      await link(SIX);
      await link(HUA);
      expect(await letterNames()).toBe(HUA);
      const res = await call('POST', UNLINK(SIX), 'admin', {
        reference: REF,
        version: (await edit(SIX)).version,
      });
      expect(res.statusCode, res.body).toBe(200);
      expect((await edit(SIX)).case.communicationRefs).not.toContain(REF);
      expect((await edit(HUA)).case.communicationRefs).toContain(REF);
      expect(await letterNames()).toBe(HUA);
      const bad = await call('POST', UNLINK(SIX), 'admin', { reference: 'CHN-1', version: 'x' });
      expect(bad.statusCode).toBe(400);
    });
  });
}
