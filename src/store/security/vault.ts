import type { Kysely } from 'kysely';
import {
  decryptField,
  encryptField,
  fieldContext,
  type KeyRing,
} from '../../security/field-crypto.js';
import { can, confidentialFields, confidentialityOf } from '../../security/policies.js';
import type { Store } from '../open-store.js';
import type { Database } from '../schema.js';
import { appendAudit, type Actor } from './audit-log.js';
import { registerKeys } from './keys.js';

/*
 * The confidential values of every entity, encrypted, one row per (entity, record, field). A
 * module keeps its public and restricted fields in its own tables and its confidential ones here:
 * they are then encrypted, rotated, policed and audited in one place, and a query on the module's
 * tables (a search index, an export, a statistic) cannot reach them by accident.
 */

export interface FieldRef {
  entity: string;
  recordId: string | number;
  field: string;
}

export class AccessDenied extends Error {
  constructor(
    readonly actor: Actor,
    readonly action: 'read' | 'write',
    readonly ref: FieldRef,
  ) {
    // names the field, never its value
    super(`${actor.role} may not ${action} ${ref.entity}.${ref.field}`);
  }
}

export class NoKeys extends Error {
  constructor() {
    super(
      'no encryption key is configured: set GROUNDPASS_KEY_FILE (see docs/security.md, `groundpass keys init`)',
    );
  }
}

function requireConfidential(ref: FieldRef): void {
  if (confidentialityOf(ref.entity, ref.field) !== 'confidential')
    throw new Error(`${ref.entity}.${ref.field} is not a confidential field in the policies`);
}

export interface VaultContext {
  store: Store;
  ring: KeyRing | null;
  now?: () => Date;
}

/**
 * Writes (or, with null, removes) a confidential value as `actor`, inside `trx` when given (the
 * module's own transaction) or a new one. The audit entry holds the old and new value sealed.
 */
export async function writeConfidential(
  ctx: VaultContext,
  actor: Actor,
  ref: FieldRef,
  value: string | null,
  trx?: Kysely<Database>,
): Promise<void> {
  requireConfidential(ref);
  if (!can(actor.role, 'write', ref.entity, ref.field)) throw new AccessDenied(actor, 'write', ref);
  const ring = ctx.ring;
  if (!ring) throw new NoKeys();
  const recordId = String(ref.recordId);
  const context = fieldContext(ref.entity, recordId, ref.field);
  const work = async (db: Kysely<Database>) => {
    await registerKeys(db, ring);
    const where = db
      .selectFrom('confidentialValues')
      .select('ciphertext')
      .where('entity', '=', ref.entity)
      .where('recordId', '=', recordId)
      .where('field', '=', ref.field);
    const old = await where.executeTakeFirst();
    const before = old ? decryptField(ring, old.ciphertext, context) : null;
    if (before === value) return;
    if (old)
      await db
        .deleteFrom('confidentialValues')
        .where('entity', '=', ref.entity)
        .where('recordId', '=', recordId)
        .where('field', '=', ref.field)
        .execute();
    if (value !== null)
      await db
        .insertInto('confidentialValues')
        .values({
          entity: ref.entity,
          recordId,
          field: ref.field,
          ciphertext: encryptField(ring, value, context),
        })
        .execute();
    await appendAudit(
      { db, dialect: ctx.store.dialect, ring, ...(ctx.now ? { now: ctx.now } : {}) },
      {
        actor,
        action: old ? (value === null ? 'delete' : 'update') : 'create',
        entity: ref.entity,
        entityId: recordId,
        field: ref.field,
        before,
        after: value,
        confidential: true,
      },
    );
  };
  if (trx) await work(trx);
  else await ctx.store.db.transaction().execute(work);
}

/**
 * Reads a confidential value as `actor`: refused (AccessDenied) unless the policy lets the role
 * read it; every read that is allowed is audited, whether the value exists or not.
 */
export async function readConfidential(
  ctx: VaultContext,
  actor: Actor,
  ref: FieldRef,
  /** the caller's transaction, when the read is part of a write (the read is audited in it) */
  trx?: Kysely<Database>,
): Promise<string | null> {
  requireConfidential(ref);
  if (!can(actor.role, 'read', ref.entity, ref.field)) throw new AccessDenied(actor, 'read', ref);
  const ring = ctx.ring;
  if (!ring) throw new NoKeys();
  const recordId = String(ref.recordId);
  const work = async (db: Kysely<Database>) => {
    const row = await db
      .selectFrom('confidentialValues')
      .select('ciphertext')
      .where('entity', '=', ref.entity)
      .where('recordId', '=', recordId)
      .where('field', '=', ref.field)
      .executeTakeFirst();
    await appendAudit(
      { db, dialect: ctx.store.dialect, ...(ctx.now ? { now: ctx.now } : {}) },
      { actor, action: 'read', entity: ref.entity, entityId: recordId, field: ref.field },
    );
    return row
      ? decryptField(ring, row.ciphertext, fieldContext(ref.entity, recordId, ref.field))
      : null;
  };
  return trx ? work(trx) : ctx.store.db.transaction().execute(work);
}

/**
 * Every confidential field of one record that `actor` may read, decrypted, each read audited; the
 * fields the role may not read are left out without a word (as `projectRecord` does). For a
 * module's detail view: `{ ...projectRecord(role, entity, row), ...(await readConfidentialFields(…)) }`.
 */
export async function readConfidentialFields(
  ctx: VaultContext,
  actor: Actor,
  entity: string,
  recordId: string | number,
): Promise<Record<string, string>> {
  const readable = confidentialFields(entity).filter((f) => can(actor.role, 'read', entity, f));
  if (readable.length === 0) return {};
  const ring = ctx.ring;
  if (!ring) throw new NoKeys();
  const id = String(recordId);
  return ctx.store.db.transaction().execute(async (trx) => {
    const rows = await trx
      .selectFrom('confidentialValues')
      .select(['field', 'ciphertext'])
      .where('entity', '=', entity)
      .where('recordId', '=', id)
      .where('field', 'in', readable)
      .execute();
    const out: Record<string, string> = {};
    for (const row of rows) {
      out[row.field] = decryptField(ring, row.ciphertext, fieldContext(entity, id, row.field));
      await appendAudit(
        { db: trx, dialect: ctx.store.dialect, ...(ctx.now ? { now: ctx.now } : {}) },
        { actor, action: 'read', entity, entityId: id, field: row.field },
      );
    }
    return out;
  });
}
