import type { Kysely } from 'kysely';
import {
  decryptField,
  encryptField,
  fieldContext,
  keyCheckValue,
  keyIdOf,
  type DataKey,
  type KeyRing,
} from '../../security/field-crypto.js';
import type { Store } from '../open-store.js';
import type { Database } from '../schema.js';
import { appendAudit, auditValueContext, type Actor } from './audit-log.js';

/*
 * The database knows each data key by id and check value only (encryption_keys), so a key file
 * that does not belong to this database is refused before anything is written with it.
 */

export class KeyMismatchError extends Error {}

/**
 * Checks every key of the ring the database knows against its check value and registers the
 * ones it does not know yet. A ring whose key has the right id but other bytes is refused.
 */
export async function registerKeys(db: Kysely<Database>, ring: KeyRing): Promise<void> {
  const known = new Map(
    (await db.selectFrom('encryptionKeys').select(['keyId', 'checkValue']).execute()).map((k) => [
      k.keyId,
      k.checkValue,
    ]),
  );
  for (const key of ring.keys.values()) {
    const check = keyCheckValue(key.key);
    const stored = known.get(key.id);
    if (stored === undefined)
      await db
        .insertInto('encryptionKeys')
        .values({ keyId: key.id, checkValue: check, createdAt: key.createdAt, retiredAt: null })
        .execute();
    else if (stored !== check)
      throw new KeyMismatchError(
        `key ${key.id} of the key file is not the key this database was encrypted with`,
      );
  }
}

export interface RotationResult {
  newKeyId: string;
  reencrypted: { confidentialValues: number; auditLog: number };
  retired: string[];
}

/**
 * Re-encrypts every stored confidential value with `newKey`, in one transaction: either every
 * value moves to the new key or none does. The caller has written the key file with the new key
 * added before calling (so a crash after the commit cannot leave values under a key nobody has),
 * and may drop the old keys from it afterwards (`unreferencedKeys`).
 */
export async function rotateKeys(
  store: Store,
  actor: Actor,
  oldRing: KeyRing,
  newKey: DataKey,
  now: () => Date,
): Promise<RotationResult> {
  const newRing: KeyRing = {
    active: newKey.id,
    keys: new Map([...oldRing.keys, [newKey.id, newKey]]),
  };
  return store.db.transaction().execute(async (trx) => {
    await registerKeys(trx, newRing);
    let values = 0;
    const rows = await trx.selectFrom('confidentialValues').selectAll().execute();
    for (const row of rows) {
      const context = fieldContext(row.entity, row.recordId, row.field);
      const ciphertext = encryptField(
        newRing,
        decryptField(newRing, row.ciphertext, context),
        context,
      );
      await trx
        .updateTable('confidentialValues')
        .set({ ciphertext })
        .where('entity', '=', row.entity)
        .where('recordId', '=', row.recordId)
        .where('field', '=', row.field)
        .execute();
      values++;
    }
    let audit = 0;
    const sealed = await trx
      .selectFrom('auditLog')
      .select(['seq', 'beforeEnc', 'afterEnc'])
      .where((eb) => eb.or([eb('beforeEnc', 'is not', null), eb('afterEnc', 'is not', null)]))
      .execute();
    for (const row of sealed) {
      const re = (enc: string | null, side: 'before' | 'after') =>
        enc === null
          ? null
          : encryptField(
              newRing,
              decryptField(newRing, enc, auditValueContext(row.seq, side)),
              auditValueContext(row.seq, side),
            );
      await trx
        .updateTable('auditLog')
        .set({ beforeEnc: re(row.beforeEnc, 'before'), afterEnc: re(row.afterEnc, 'after') })
        .where('seq', '=', row.seq)
        .execute();
      audit++;
    }
    const retired = [...oldRing.keys.keys()].filter((id) => id !== newKey.id);
    if (retired.length > 0)
      await trx
        .updateTable('encryptionKeys')
        .set({ retiredAt: now().toISOString() })
        .where('keyId', 'in', retired)
        .where('retiredAt', 'is', null)
        .execute();
    await appendAudit(
      { db: trx, dialect: store.dialect, now },
      {
        actor,
        action: 'rotate',
        entity: 'encryptionKey',
        entityId: newKey.id,
        after: { reencrypted: values + audit, retired },
      },
    );
    return {
      newKeyId: newKey.id,
      reencrypted: { confidentialValues: values, auditLog: audit },
      retired,
    };
  });
}

/** The ids of keys some stored value is still encrypted with. */
export async function keysInUse(store: Store): Promise<Set<string>> {
  const used = new Set<string>();
  const values = await store.db.selectFrom('confidentialValues').select('ciphertext').execute();
  for (const v of values) used.add(keyIdOf(v.ciphertext));
  const sealed = await store.db
    .selectFrom('auditLog')
    .select(['beforeEnc', 'afterEnc'])
    .where((eb) => eb.or([eb('beforeEnc', 'is not', null), eb('afterEnc', 'is not', null)]))
    .execute();
  for (const s of sealed) {
    if (s.beforeEnc) used.add(keyIdOf(s.beforeEnc));
    if (s.afterEnc) used.add(keyIdOf(s.afterEnc));
  }
  return used;
}
