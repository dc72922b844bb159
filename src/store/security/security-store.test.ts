import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STORE_KINDS } from '../../../test/stores.js';
import { skipName } from '../../../test/skip.js';
import { newDataKey, type KeyRing } from '../../security/field-crypto.js';
import { entityFromClassification, registerEntityPolicy } from '../../security/policies.js';
import type { Store } from '../open-store.js';
import { appendAudit, recordAudit, verifyAuditLog, type Actor } from './audit-log.js';
import { KeyMismatchError, keysInUse, rotateKeys } from './keys.js';
import { createSession, endSession, userOfSession } from './sessions.js';
import { addUser, findLogin, UserError } from './users.js';
import {
  AccessDenied,
  NoKeys,
  readConfidential,
  readConfidentialFields,
  writeConfidential,
} from './vault.js';

// an entity of invented people, classified the way a module classifies its fields
registerEntityPolicy(
  'storeTestCase',
  entityFromClassification('invented cases for the security store tests', {
    country: 'public',
    summary: 'restricted',
    victimName: 'confidential',
    contact: 'confidential',
  }),
);

const FAST = { ln: 10, r: 8, p: 1 };
const editor: Actor = { name: 'ed', role: 'editor', userId: 2 };
const researcher: Actor = { name: 're', role: 'researcher', userId: 3 };
const publicActor: Actor = { name: '(public)', role: 'public' };

function ringOf(...keys: ReturnType<typeof newDataKey>[]): KeyRing {
  return { active: keys.at(-1)!.id, keys: new Map(keys.map((k) => [k.id, k])) };
}

function clock() {
  let t = Date.parse('2026-03-01T10:00:00.000Z');
  return { now: () => new Date(t), advance: (ms: number) => void (t += ms) };
}

/** Canaries: unique strings that must appear nowhere but through an allowed, decrypted read. */
const CANARIES = Array.from({ length: 6 }, (_, i) => `CANARY-${i}-q7Zx${i * 31}-Ünïcode-名字`);

for (const kind of STORE_KINDS) {
  describe.skipIf(kind.skip)(skipName(`security store (${kind.name})`, kind.skip), () => {
    let store: Store;
    let ring: KeyRing;
    let c: ReturnType<typeof clock>;
    beforeEach(async () => {
      store = await kind.open();
      ring = ringOf(newDataKey('2026-01-01T00:00:00.000Z'));
      c = clock();
    });
    afterEach(async () => {
      await store.close();
    });

    const vault = () => ({ store, ring, now: c.now });

    async function writeCanaries() {
      for (let i = 0; i < CANARIES.length; i++)
        await writeConfidential(
          vault(),
          editor,
          { entity: 'storeTestCase', recordId: i + 1, field: i % 2 ? 'contact' : 'victimName' },
          CANARIES[i]!,
        );
    }

    async function readAll(r: KeyRing = ring) {
      const out: (string | null)[] = [];
      for (let i = 0; i < CANARIES.length; i++)
        out.push(
          await readConfidential({ store, ring: r, now: c.now }, editor, {
            entity: 'storeTestCase',
            recordId: i + 1,
            field: i % 2 ? 'contact' : 'victimName',
          }),
        );
      return out;
    }

    describe('the vault of confidential values', () => {
      it('stores ciphertext only, returns the value to an editor, and audits the read', async () => {
        await writeCanaries();
        expect(await readAll()).toEqual(CANARIES);
        const stored = await store.db.selectFrom('confidentialValues').selectAll().execute();
        expect(stored).toHaveLength(CANARIES.length);
        const everything = JSON.stringify([
          stored,
          await store.db.selectFrom('auditLog').selectAll().execute(),
        ]);
        for (const canary of CANARIES) expect(everything).not.toContain(canary);
        const reads = await store.db
          .selectFrom('auditLog')
          .selectAll()
          .where('action', '=', 'read')
          .execute();
        expect(reads).toHaveLength(CANARIES.length);
        expect(reads[0]).toMatchObject({ actorName: 'ed', entity: 'storeTestCase', entityId: '1' });
      });

      it('refuses a researcher the read and the public the write, auditing neither as done', async () => {
        await writeCanaries();
        const before = (await store.db.selectFrom('auditLog').select('seq').execute()).length;
        const ref = { entity: 'storeTestCase', recordId: 1, field: 'victimName' };
        await expect(readConfidential(vault(), researcher, ref)).rejects.toBeInstanceOf(
          AccessDenied,
        );
        await expect(writeConfidential(vault(), publicActor, ref, 'x')).rejects.toBeInstanceOf(
          AccessDenied,
        );
        await expect(readConfidential(vault(), researcher, ref)).rejects.not.toThrow(CANARIES[0]!);
        expect((await store.db.selectFrom('auditLog').select('seq').execute()).length).toBe(before);
      });

      it('refuses to work without keys, and with a key file not belonging to the database', async () => {
        const ref = { entity: 'storeTestCase', recordId: 9, field: 'victimName' };
        await expect(
          writeConfidential({ store, ring: null }, editor, ref, 'x'),
        ).rejects.toBeInstanceOf(NoKeys);
        await writeConfidential(vault(), editor, ref, 'x');
        const impostor = ringOf({ ...ring.keys.get(ring.active)!, key: newDataKey('x').key });
        await expect(
          writeConfidential({ store, ring: impostor }, editor, { ...ref, recordId: 10 }, 'y'),
        ).rejects.toBeInstanceOf(KeyMismatchError);
      });

      it('reads every confidential field of a record a role may read, auditing each', async () => {
        await writeConfidential(
          vault(),
          editor,
          { entity: 'storeTestCase', recordId: 42, field: 'victimName' },
          CANARIES[0]!,
        );
        await writeConfidential(
          vault(),
          editor,
          { entity: 'storeTestCase', recordId: 42, field: 'contact' },
          CANARIES[1]!,
        );
        const before = (await store.db.selectFrom('auditLog').select('seq').execute()).length;
        expect(await readConfidentialFields(vault(), editor, 'storeTestCase', 42)).toEqual({
          victimName: CANARIES[0],
          contact: CANARIES[1],
        });
        expect((await store.db.selectFrom('auditLog').select('seq').execute()).length).toBe(
          before + 2,
        );
        expect(await readConfidentialFields(vault(), researcher, 'storeTestCase', 42)).toEqual({});
        expect(
          await readConfidentialFields({ store, ring: null }, publicActor, 'storeTestCase', 42),
        ).toEqual({});
        expect((await store.db.selectFrom('auditLog').select('seq').execute()).length).toBe(
          before + 2,
        );
      });

      it('a value moved onto another record does not decrypt there', async () => {
        await writeCanaries();
        const first = await store.db
          .selectFrom('confidentialValues')
          .select('ciphertext')
          .where('recordId', '=', '1')
          .executeTakeFirstOrThrow();
        await store.db
          .updateTable('confidentialValues')
          .set({ ciphertext: first.ciphertext })
          .where('recordId', '=', '3')
          .execute();
        await expect(
          readConfidential(vault(), editor, {
            entity: 'storeTestCase',
            recordId: 3,
            field: 'victimName',
          }),
        ).rejects.toThrow(/authentication/);
      });

      it.skipIf(kind.name !== 'sqlite')(
        skipName(
          'leaves no canary in the database file or its WAL',
          kind.name !== 'sqlite' &&
            "PostgreSQL's files belong to the server, not to this process; its stored rows are checked above",
        ),
        async () => {
          await writeCanaries();
          await readAll();
          const dir = path.dirname(store.location);
          const bytes = readdirSync(dir)
            .filter((f) => f.startsWith(path.basename(store.location)))
            .map((f) => readFileSync(path.join(dir, f)));
          expect(bytes.length).toBeGreaterThan(0);
          for (const b of bytes)
            for (const canary of CANARIES) {
              expect(b.includes(Buffer.from(canary, 'utf8'))).toBe(false);
              expect(b.includes(Buffer.from(canary, 'utf16le'))).toBe(false);
            }
        },
      );
    });

    describe('key rotation', () => {
      it('re-encrypts every value and sealed audit value; the old key is no longer needed', async () => {
        await writeCanaries();
        // an update: the audit entry seals the old and the new value
        await writeConfidential(
          vault(),
          editor,
          { entity: 'storeTestCase', recordId: 1, field: 'victimName' },
          `${CANARIES[0]}-v2`,
        );
        const oldKey = ring.active;
        const newKey = newDataKey('2026-04-01T00:00:00.000Z');
        const result = await rotateKeys(store, editor, ring, newKey, c.now);
        expect(result.reencrypted.confidentialValues).toBe(CANARIES.length);
        expect(result.reencrypted.auditLog).toBe(CANARIES.length + 1);
        expect(result.retired).toEqual([oldKey]);
        expect([...(await keysInUse(store))]).toEqual([newKey.id]);
        // the new key alone opens every value, and every value is the one written
        const onlyNew = ringOf(newKey);
        expect(await readAll(onlyNew)).toEqual([`${CANARIES[0]}-v2`, ...CANARIES.slice(1)]);
        const verdict = await verifyAuditLog({
          db: store.db,
          dialect: store.dialect,
          ring: onlyNew,
        });
        expect(verdict.problems).toEqual([]);
        expect(verdict.sealedChecked).toBe(CANARIES.length * 1 + 2);
        const retired = await store.db
          .selectFrom('encryptionKeys')
          .selectAll()
          .where('keyId', '=', oldKey)
          .executeTakeFirstOrThrow();
        expect(retired.retiredAt).toBe(c.now().toISOString());
      });

      it('changes nothing when one value cannot be decrypted (one transaction)', async () => {
        await writeCanaries();
        await store.db
          .updateTable('confidentialValues')
          .set({ ciphertext: `gp1:${ring.active}:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA` })
          .where('recordId', '=', '4')
          .execute();
        const before = await store.db
          .selectFrom('confidentialValues')
          .selectAll()
          .orderBy('recordId')
          .execute();
        await expect(rotateKeys(store, editor, ring, newDataKey('x'), c.now)).rejects.toThrow();
        expect(
          await store.db.selectFrom('confidentialValues').selectAll().orderBy('recordId').execute(),
        ).toEqual(before);
        expect([...(await keysInUse(store))]).toEqual([ring.active]);
      });
    });

    describe('the audit log', () => {
      async function fiveEntries() {
        for (let i = 1; i <= 5; i++)
          await recordAudit(
            { db: store.db, dialect: store.dialect, ring, now: c.now },
            {
              actor: editor,
              action: 'update',
              entity: 'storeTestCase',
              entityId: i,
              field: i === 3 ? 'victimName' : 'summary',
              before: i === 3 ? CANARIES[0] : `old ${i}`,
              after: i === 3 ? CANARIES[1] : `new ${i}`,
              confidential: i === 3,
            },
          );
      }
      const verify = (opts: { expectHead?: string } = {}, r: KeyRing | null = ring) =>
        verifyAuditLog({ db: store.db, dialect: store.dialect, ring: r }, opts);

      it('is intact as written, and keeps confidential values out of the clear', async () => {
        await fiveEntries();
        const v = await verify();
        expect(v).toMatchObject({ entries: 5, problems: [], sealedChecked: 2 });
        const third = await store.db
          .selectFrom('auditLog')
          .selectAll()
          .where('seq', '=', 3)
          .executeTakeFirstOrThrow();
        expect(third.before).toBeNull();
        expect(third.beforeCommit).toMatch(/^[0-9a-f]{64}$/);
        expect(JSON.stringify(third)).not.toContain('CANARY');
        const second = await store.db
          .selectFrom('auditLog')
          .selectAll()
          .where('seq', '=', 2)
          .executeTakeFirstOrThrow();
        expect(JSON.parse(second.after!)).toBe('new 2');
      });

      it('detects a changed entry', async () => {
        await fiveEntries();
        await store.db
          .updateTable('auditLog')
          .set({ actorName: 'someone else' })
          .where('seq', '=', 2)
          .execute();
        const v = await verify();
        expect(v.problems).toEqual([expect.objectContaining({ seq: 2, problem: 'altered' })]);
      });

      it('detects a changed value even when the hash was recomputed for it (the next link breaks)', async () => {
        await fiveEntries();
        const { entryHash } = await import('../../security/audit-chain.js');
        const row = await store.db
          .selectFrom('auditLog')
          .selectAll()
          .where('seq', '=', 4)
          .executeTakeFirstOrThrow();
        const forged = { ...row, after: JSON.stringify('forged') };
        await store.db
          .updateTable('auditLog')
          .set({ after: forged.after, hash: entryHash(row.prevHash, forged) })
          .where('seq', '=', 4)
          .execute();
        expect((await verify()).problems).toEqual([
          expect.objectContaining({ seq: 5, problem: 'broken-link' }),
        ]);
      });

      it('detects a deleted entry', async () => {
        await fiveEntries();
        await store.db.deleteFrom('auditLog').where('seq', '=', 3).execute();
        const problems = (await verify()).problems.map((p) => `${p.seq}:${p.problem}`);
        expect(problems).toEqual(['4:gap', '4:broken-link']);
      });

      it('detects two entries swapped', async () => {
        await fiveEntries();
        // swap seq 2 and 4 through a free number
        await store.db.updateTable('auditLog').set({ seq: 99 }).where('seq', '=', 2).execute();
        await store.db.updateTable('auditLog').set({ seq: 2 }).where('seq', '=', 4).execute();
        await store.db.updateTable('auditLog').set({ seq: 4 }).where('seq', '=', 99).execute();
        const problems = (await verify()).problems.map((p) => `${p.seq}:${p.problem}`);
        expect(problems).toContain('2:altered');
        expect(problems).toContain('4:altered');
        expect(problems).toContain('3:broken-link');
      });

      it('detects entries cut from the end against a head noted earlier', async () => {
        await fiveEntries();
        const head = (await verify()).head;
        await store.db.deleteFrom('auditLog').where('seq', '=', 5).execute();
        expect((await verify()).problems).toEqual([]);
        expect((await verify({ expectHead: head })).problems).toEqual([
          expect.objectContaining({ problem: 'gap' }),
        ]);
      });

      it('detects a sealed value swapped for another (with the keys)', async () => {
        await fiveEntries();
        const third = await store.db
          .selectFrom('auditLog')
          .selectAll()
          .where('seq', '=', 3)
          .executeTakeFirstOrThrow();
        await store.db
          .updateTable('auditLog')
          .set({ beforeEnc: third.afterEnc, afterEnc: third.beforeEnc })
          .where('seq', '=', 3)
          .execute();
        expect((await verify({}, null)).problems).toEqual([]);
        expect((await verify()).problems.map((p) => p.seq)).toEqual([3, 3]);
      });

      it('refuses a confidential entry without keys rather than store it in the clear', async () => {
        await expect(
          recordAudit(
            { db: store.db, dialect: store.dialect, ring: null },
            { actor: editor, action: 'update', entity: 'x', after: 'secret', confidential: true },
          ),
        ).rejects.toThrow(/no encryption key/);
        expect(await store.db.selectFrom('auditLog').selectAll().execute()).toEqual([]);
      });

      it('numbers entries without gaps when writers run at once', async () => {
        await Promise.all(
          Array.from({ length: 8 }, (_, i) =>
            store.db
              .transaction()
              .execute((trx) =>
                appendAudit(
                  { db: trx, dialect: store.dialect },
                  { actor: editor, action: 'x', entity: 'e', entityId: i },
                ),
              ),
          ),
        );
        const v = await verify();
        expect(v.entries).toBe(8);
        expect(v.problems).toEqual([]);
      });
    });

    describe('users and sessions', () => {
      it('adds users once per name whatever its case, never storing the password', async () => {
        const u = await addUser(
          store,
          editor,
          { name: 'Alice', role: 'researcher', password: 'a password long enough' },
          { scrypt: FAST, now: c.now },
        );
        expect(u).toMatchObject({ name: 'Alice', role: 'researcher', disabled: false });
        await expect(
          addUser(
            store,
            editor,
            { name: 'alice', role: 'editor', password: 'another long password' },
            { scrypt: FAST },
          ),
        ).rejects.toBeInstanceOf(UserError);
        await expect(
          addUser(
            store,
            editor,
            { name: 'bob', role: 'editor', password: 'short' },
            { scrypt: FAST },
          ),
        ).rejects.toThrow(/at least 12/);
        await expect(
          addUser(
            store,
            editor,
            { name: 'bob', role: 'public' as 'editor', password: 'a password long enough' },
            { scrypt: FAST },
          ),
        ).rejects.toThrow(/no such role/);
        await expect(
          addUser(
            store,
            editor,
            { name: "x' or 1=1 --", role: 'editor', password: 'a password long enough' },
            { scrypt: FAST },
          ),
        ).rejects.toThrow(/not valid/);
        const raw = JSON.stringify(await sql`select * from users`.execute(store.db));
        expect(raw).not.toContain('a password long enough');
        expect((await findLogin(store, 'ALICE'))?.user.id).toBe(u.id);
      });

      it('opens a session by token only until it expires or the account is disabled', async () => {
        const u = await addUser(
          store,
          editor,
          { name: 'carol', role: 'editor', password: 'a password long enough' },
          { scrypt: FAST },
        );
        const s = await createSession(store, u.id, c.now(), 60_000);
        const stored = await store.db.selectFrom('sessions').selectAll().execute();
        expect(JSON.stringify(stored)).not.toContain(s.token);
        expect((await userOfSession(store, s.token, c.now()))?.name).toBe('carol');
        expect(await userOfSession(store, `${s.token}x`, c.now())).toBeNull();
        c.advance(60_000);
        expect(await userOfSession(store, s.token, c.now())).toBeNull();
        const s2 = await createSession(store, u.id, c.now(), 60_000);
        await store.db.updateTable('users').set({ disabled: 1 }).where('id', '=', u.id).execute();
        expect(await userOfSession(store, s2.token, c.now())).toBeNull();
        await store.db.updateTable('users').set({ disabled: 0 }).where('id', '=', u.id).execute();
        await endSession(store, s2.token);
        expect(await userOfSession(store, s2.token, c.now())).toBeNull();
      });
    });
  });
}
