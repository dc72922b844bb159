import { sql, type Kysely } from 'kysely';
import {
  entryHash,
  GENESIS,
  openSealed,
  sealForAudit,
  verifyChain,
  type ChainProblem,
  type ChainedContent,
} from '../../security/audit-chain.js';
import { decryptField, encryptField, type KeyRing } from '../../security/field-crypto.js';
import type { Role } from '../../security/policies.js';
import type { DialectName } from '../dialect.js';
import type { Database } from '../schema.js';

/*
 * The audit log: every write, and every read of a confidential field, appended in the same
 * transaction as what it records. Append-only by construction: nothing in the code updates or
 * deletes an entry (key rotation re-encrypts the sealed values, which the chain does not cover).
 */

/** Who did it: a logged-in person, or the command line run by the machine's operator. */
export interface Actor {
  name: string;
  role: Role;
  userId?: number;
}

export interface AuditInput {
  actor: Actor;
  /** 'create' | 'update' | 'delete' | 'read' | 'login' | 'login-failed' | 'logout' | … */
  action: string;
  entity: string;
  entityId?: string | number | null;
  field?: string | null;
  /**
   * Values before and after. Confidential ones (`confidential: true`) must be strings or null and
   * are sealed (encrypted, and committed to in the chain); others are stored as JSON.
   */
  before?: unknown;
  after?: unknown;
  confidential?: boolean;
}

export interface AuditContext {
  db: Kysely<Database>;
  dialect: DialectName;
  /** needed for confidential before/after values; without it such an entry is refused */
  ring?: KeyRing | null;
  now?: () => Date;
}

/** The place a sealed audit value is bound to (the AAD of its ciphertext). */
export function auditValueContext(seq: number, side: 'before' | 'after'): string {
  return `audit_log\u0000${seq}\u0000${side}`;
}

// any number: one lock for the log, held until the transaction ends
const POSTGRES_AUDIT_LOCK = 726_100_012;

/**
 * Appends one entry. Call it inside the transaction of the write it records (`ctx.db` is then the
 * transaction), so the entry and the change commit or fail together. On SQLite the transaction
 * holds the write lock already (BEGIN IMMEDIATE); on PostgreSQL an advisory lock orders writers.
 */
export async function appendAudit(ctx: AuditContext, input: AuditInput): Promise<number> {
  const { db } = ctx;
  if (ctx.dialect === 'postgres')
    await sql`select pg_advisory_xact_lock(${POSTGRES_AUDIT_LOCK})`.execute(db);
  const last = await db
    .selectFrom('auditLog')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const seq = (last?.seq ?? 0) + 1;
  const prevHash = last?.hash ?? GENESIS;
  const at = (ctx.now?.() ?? new Date()).toISOString();

  const side = (value: unknown, which: 'before' | 'after') => {
    if (value === undefined || value === null) return { plain: null, commit: null, enc: null };
    if (!input.confidential) return { plain: JSON.stringify(value), commit: null, enc: null };
    if (typeof value !== 'string')
      throw new TypeError('a confidential audit value must be a string or null');
    if (!ctx.ring)
      throw new Error(
        'no encryption key: a confidential value cannot be audited (see docs/security.md)',
      );
    const sealed = sealForAudit(value);
    return {
      plain: null,
      commit: sealed.commit,
      enc: encryptField(ctx.ring, sealed.payload, auditValueContext(seq, which)),
    };
  };
  const before = side(input.before, 'before');
  const after = side(input.after, 'after');
  const content: ChainedContent = {
    seq,
    at,
    actorName: input.actor.name,
    actorRole: input.actor.role,
    action: input.action,
    entity: input.entity,
    entityId:
      input.entityId === undefined || input.entityId === null ? null : String(input.entityId),
    field: input.field ?? null,
    before: before.plain,
    after: after.plain,
    beforeCommit: before.commit,
    afterCommit: after.commit,
  };
  const hash = entryHash(prevHash, content);
  await db
    .insertInto('auditLog')
    .values({ ...content, beforeEnc: before.enc, afterEnc: after.enc, prevHash, hash })
    .execute();
  return seq;
}

/**
 * Appends an entry in a transaction of its own (an event that writes nothing else: a login, a
 * read of a confidential value).
 */
export async function recordAudit(ctx: AuditContext, input: AuditInput): Promise<number> {
  return ctx.db.transaction().execute((trx) => appendAudit({ ...ctx, db: trx }, input));
}

export interface AuditVerdict {
  entries: number;
  /** the last entry's hash: note it somewhere else to detect a log cut short later */
  head: string;
  problems: ChainProblem[];
  /** sealed values checked against their commitments (with the keys) */
  sealedChecked: number;
}

/**
 * Walks the whole log in stored order. With a key ring, every sealed value is also decrypted and
 * checked against its commitment (a ciphertext swapped between entries is found). With
 * `expectHead`, a log whose last entries were removed is found too.
 */
export async function verifyAuditLog(
  ctx: AuditContext,
  options: { expectHead?: string } = {},
): Promise<AuditVerdict> {
  // in sequence order: an entry moved elsewhere must have had its seq or its content changed,
  // and either breaks its hash and the next entry's link (key rotation rewrites sealed values in
  // place, which moves rows on PostgreSQL's heap, so the heap's order proves nothing)
  const rows = await ctx.db.selectFrom('auditLog').selectAll().orderBy('seq').execute();
  const problems = verifyChain(rows);
  let sealedChecked = 0;
  if (ctx.ring) {
    for (const row of rows) {
      for (const which of ['before', 'after'] as const) {
        const enc = which === 'before' ? row.beforeEnc : row.afterEnc;
        const commit = which === 'before' ? row.beforeCommit : row.afterCommit;
        if (enc === null && commit === null) continue;
        let ok = false;
        try {
          ok =
            enc !== null &&
            commit !== null &&
            openSealed(decryptField(ctx.ring, enc, auditValueContext(row.seq, which)), commit) !==
              null;
        } catch {
          ok = false;
        }
        sealedChecked++;
        if (!ok)
          problems.push({
            seq: row.seq,
            problem: 'altered',
            message: `entry ${row.seq}: the sealed ${which} value does not match its commitment`,
          });
      }
    }
  }
  const head = rows.at(-1)?.hash ?? GENESIS;
  if (options.expectHead !== undefined && !rows.some((r) => r.hash === options.expectHead))
    problems.push({
      seq: rows.at(-1)?.seq ?? 0,
      problem: 'gap',
      message: `the recorded head ${options.expectHead.slice(0, 16)}… is not in the log: entries were removed or replaced`,
    });
  return { entries: rows.length, head, problems, sealedChecked };
}
