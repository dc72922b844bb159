import type { Kysely, Transaction } from 'kysely';
import type { z } from 'zod';
import {
  Classification,
  ClassificationInput,
  EvidenceInput,
  NameInput,
  type ClassificationInput as ClassificationValue,
} from '../../domain/gongo.js';
import { can, forbiddenWrites } from '../../security/policies.js';
import { normalizeOrgName } from '../../sources/ngo-committee/org-names.js';
import type { DialectName } from '../dialect.js';
import type { Database } from '../schema.js';
import { appendAudit, type Actor } from '../security/audit-log.js';
import type { GongoClassificationTable, GongoEvidenceTable } from './tables.js';

/*
 * Writes of the GONGO evidence register (issue 14). Every write checks the field policies for the
 * actor's role, runs in one transaction with its audit log entry (who, when, before, after), and
 * keeps the store's one rule: no classification other than `unknown` while the organisation has no
 * evidence on record (and every classification names a source). Refusals are thrown as
 * RegisterRefusal with a code the CLI and the API turn into their own answers.
 */

export type RefusalCode =
  'forbidden' | 'not-found' | 'invalid' | 'no-evidence' | 'nothing-to-revert';

export class RegisterRefusal extends Error {
  constructor(
    readonly code: RefusalCode,
    message: string,
  ) {
    super(message);
    this.name = 'RegisterRefusal';
  }
}

export interface RegisterContext {
  db: Kysely<Database>;
  dialect: DialectName;
  now?: () => Date;
}

export const CLASSIFICATION_ENTITY = 'gongoClassification';
export const EVIDENCE_ENTITY = 'gongoEvidence';
export const NAME_ENTITY = 'organizationName';

function mayWrite(actor: Actor, entity: string, fields: readonly string[]): void {
  const refused = forbiddenWrites(actor.role, entity, fields);
  if (refused.length > 0)
    throw new RegisterRefusal(
      'forbidden',
      `your role (${actor.role}) may not write ${entity}: ${refused.join(', ')}`,
    );
}

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const r = schema.safeParse(value);
  if (!r.success)
    throw new RegisterRefusal(
      'invalid',
      r.error.issues
        .map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message))
        .join('; '),
    );
  return r.data;
}

async function organizationExists(db: Kysely<Database>, organizationId: number): Promise<void> {
  const row = await db
    .selectFrom('organizations')
    .select('id')
    .where('id', '=', organizationId)
    .executeTakeFirst();
  if (!row) throw new RegisterRefusal('not-found', `no organisation ${organizationId}`);
}

const at = (ctx: RegisterContext) => (ctx.now?.() ?? new Date()).toISOString();

async function inTransaction<T>(
  ctx: RegisterContext,
  work: (trx: Transaction<Database>, audit: RegisterContext) => Promise<T>,
): Promise<T> {
  return ctx.db.transaction().execute((trx) => work(trx, { ...ctx, db: trx }));
}

export async function activeEvidenceCount(
  db: Kysely<Database>,
  organizationId: number,
): Promise<number> {
  const row = await db
    .selectFrom('gongoEvidence')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('organizationId', '=', organizationId)
    .where('retractedAt', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Records one indicator with its source; returns the evidence id. */
export async function addEvidence(
  ctx: RegisterContext,
  actor: Actor,
  organizationId: number,
  input: unknown,
): Promise<number> {
  const evidence = parse(EvidenceInput, input);
  mayWrite(actor, EVIDENCE_ENTITY, [
    'indicator',
    'share',
    'statement',
    'source',
    'passage',
    'sourceDate',
  ]);
  return inTransaction(ctx, async (trx, tctx) => {
    await organizationExists(trx, organizationId);
    const record = { organizationId, ...evidence };
    // the row first, for its id; its audit entry's number is filled in within the transaction
    const row = await trx
      .insertInto('gongoEvidence')
      .values({ ...record, addedBy: actor.name, addedAt: at(ctx), auditSeq: 0 })
      .returning('id')
      .executeTakeFirstOrThrow();
    const seq = await appendAudit(tctx, {
      actor,
      action: 'create',
      entity: EVIDENCE_ENTITY,
      entityId: row.id,
      before: null,
      after: record,
    });
    await trx
      .updateTable('gongoEvidence')
      .set({ auditSeq: seq })
      .where('id', '=', row.id)
      .execute();
    return row.id;
  });
}

/**
 * Takes a piece of evidence off the record (it stays readable as retracted). Refused while it is
 * the last evidence of an organisation whose classification is a label: set `unknown` first.
 */
export async function retractEvidence(
  ctx: RegisterContext,
  actor: Actor,
  evidenceId: number,
  reason: string,
): Promise<void> {
  mayWrite(actor, EVIDENCE_ENTITY, ['retractedAt', 'retractionReason']);
  if (reason.trim() === '')
    throw new RegisterRefusal('invalid', 'say why the evidence is retracted');
  await inTransaction(ctx, async (trx, tctx) => {
    const row = await trx
      .selectFrom('gongoEvidence')
      .selectAll()
      .where('id', '=', evidenceId)
      .executeTakeFirst();
    if (!row || row.retractedAt !== null)
      throw new RegisterRefusal('not-found', `no evidence ${evidenceId} on record`);
    const current = await currentClassification(trx, row.organizationId);
    if (
      current &&
      current.classification !== 'unknown' &&
      (await activeEvidenceCount(trx, row.organizationId)) <= 1
    )
      throw new RegisterRefusal(
        'no-evidence',
        `evidence ${evidenceId} is the last behind the label "${current.classification}": set the classification to unknown first`,
      );
    const when = at(ctx);
    await appendAudit(tctx, {
      actor,
      action: 'retract',
      entity: EVIDENCE_ENTITY,
      entityId: evidenceId,
      field: 'retractedAt',
      before: null,
      after: { retractedAt: when, retractionReason: reason.trim() },
    });
    await trx
      .updateTable('gongoEvidence')
      .set({ retractedAt: when, retractedBy: actor.name, retractionReason: reason.trim() })
      .where('id', '=', evidenceId)
      .execute();
  });
}

export async function currentClassification(
  db: Kysely<Database>,
  organizationId: number,
): Promise<GongoClassificationRow | undefined> {
  return db
    .selectFrom('gongoClassifications')
    .selectAll()
    .where('organizationId', '=', organizationId)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export type GongoClassificationRow = Omit<GongoClassificationTable, 'id'> & { id: number };
export type GongoEvidenceRow = Omit<GongoEvidenceTable, 'id'> & { id: number };

/** What the audit log records of a classification: the state a revert restores. */
interface ClassificationState {
  classification: string;
  reason: string;
  source: string;
}

async function writeClassification(
  trx: Transaction<Database>,
  tctx: RegisterContext,
  actor: Actor,
  organizationId: number,
  value: ClassificationValue,
  revertsToAuditSeq: number | null,
): Promise<number> {
  await organizationExists(trx, organizationId);
  if (value.classification !== 'unknown' && (await activeEvidenceCount(trx, organizationId)) === 0)
    throw new RegisterRefusal(
      'no-evidence',
      `organisation ${organizationId} has no evidence on record: a label other than unknown needs at least one indicator with its source (gongo evidence add)`,
    );
  const before = await currentClassification(trx, organizationId);
  const after: ClassificationState = {
    classification: value.classification,
    reason: value.reason,
    source: value.source,
  };
  const seq = await appendAudit(tctx, {
    actor,
    action: revertsToAuditSeq === null ? 'update' : 'revert',
    entity: CLASSIFICATION_ENTITY,
    entityId: organizationId,
    field: 'classification',
    before: before
      ? { classification: before.classification, reason: before.reason, source: before.source }
      : null,
    after,
  });
  await trx
    .insertInto('gongoClassifications')
    .values({
      organizationId,
      ...after,
      previous: before?.classification ?? null,
      setBy: actor.name,
      setRole: actor.role,
      setAt: at(tctx),
      auditSeq: seq,
      revertsToAuditSeq,
    })
    .execute();
  return seq;
}

/** Sets the editorial classification; returns the audit entry's number. */
export async function setClassification(
  ctx: RegisterContext,
  actor: Actor,
  organizationId: number,
  input: unknown,
): Promise<number> {
  const value = parse(ClassificationInput, input);
  mayWrite(actor, CLASSIFICATION_ENTITY, ['classification', 'reason', 'source']);
  return inTransaction(ctx, (trx, tctx) =>
    writeClassification(trx, tctx, actor, organizationId, value, null),
  );
}

function stateOf(json: string | null): ClassificationState | null {
  if (json === null) return null;
  const v = JSON.parse(json) as Partial<ClassificationState>;
  const c = Classification.safeParse(v.classification);
  if (!c.success || typeof v.reason !== 'string' || typeof v.source !== 'string') return null;
  return { classification: c.data, reason: v.reason, source: v.source };
}

/**
 * Reverts a classification through the audit log. Without `toAuditSeq`, the latest change is
 * undone (the state before it comes back; `unknown` when there was none). With it, the state
 * that entry set comes back. Either way the revert is a new change, audited like any other, and
 * a label still needs evidence on record. Returns the new audit entry's number.
 */
export async function revertClassification(
  ctx: RegisterContext,
  actor: Actor,
  organizationId: number,
  toAuditSeq?: number,
): Promise<number> {
  mayWrite(actor, CLASSIFICATION_ENTITY, ['classification', 'reason', 'source']);
  return inTransaction(ctx, async (trx, tctx) => {
    await organizationExists(trx, organizationId);
    const entries = trx
      .selectFrom('auditLog')
      .select(['seq', 'before', 'after'])
      .where('entity', '=', CLASSIFICATION_ENTITY)
      .where('entityId', '=', String(organizationId));
    let restored: ClassificationState;
    let target: number;
    if (toAuditSeq === undefined) {
      const last = await entries.orderBy('seq', 'desc').limit(1).executeTakeFirst();
      if (!last)
        throw new RegisterRefusal(
          'nothing-to-revert',
          `organisation ${organizationId} has never been classified`,
        );
      const lastAfter = stateOf(last.after);
      restored = stateOf(last.before) ?? {
        classification: 'unknown',
        reason: `no classification before audit entry ${last.seq}`,
        source: lastAfter?.source ?? '',
      };
      target = last.seq;
      restored = { ...restored, reason: `revert of audit entry ${last.seq}: ${restored.reason}` };
    } else {
      const entry = await entries.where('seq', '=', toAuditSeq).executeTakeFirst();
      const state = entry ? stateOf(entry.after) : null;
      if (!state)
        throw new RegisterRefusal(
          'not-found',
          `audit entry ${toAuditSeq} is not a classification of organisation ${organizationId}`,
        );
      target = toAuditSeq;
      restored = { ...state, reason: `reverted to audit entry ${toAuditSeq}: ${state.reason}` };
    }
    const value = parse(ClassificationInput, restored);
    return writeClassification(trx, tctx, actor, organizationId, value, target);
  });
}

/** Adds an English or Chinese alias or abbreviation; returns its id. */
export async function addName(
  ctx: RegisterContext,
  actor: Actor,
  organizationId: number,
  input: unknown,
): Promise<number> {
  const value = parse(NameInput, input);
  mayWrite(actor, NAME_ENTITY, ['name', 'language', 'kind', 'source']);
  const nameKey = normalizeOrgName(value.name);
  if (nameKey === '') throw new RegisterRefusal('invalid', 'name: no letters or digits');
  return inTransaction(ctx, async (trx, tctx) => {
    await organizationExists(trx, organizationId);
    const existing = await trx
      .selectFrom('organizationNames')
      .select('id')
      .where('organizationId', '=', organizationId)
      .where('nameKey', '=', nameKey)
      .where('kind', '=', value.kind)
      .executeTakeFirst();
    if (existing) return existing.id;
    const record = { organizationId, ...value, nameKey };
    await appendAudit(tctx, {
      actor,
      action: 'create',
      entity: NAME_ENTITY,
      entityId: organizationId,
      field: 'name',
      before: null,
      after: { name: value.name, language: value.language, kind: value.kind, source: value.source },
    });
    const row = await trx
      .insertInto('organizationNames')
      .values({ ...record, addedBy: actor.name, addedAt: at(ctx) })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  });
}

/** Whether `role` may read who wrote the register's records (for the views). */
export function readsAuthors(role: Actor['role']): boolean {
  return can(role, 'read', CLASSIFICATION_ENTITY, 'setBy');
}
