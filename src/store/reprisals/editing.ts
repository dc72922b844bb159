import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import {
  Appearance,
  CommunicationReference,
  ReprisalCase,
  REPRISAL_CASE_FIELDS,
} from '../../domain/reprisals.js';
import { REPRISAL_CASE_CONFIDENTIALITY } from '../../domain/reprisals-fields.js';
import type { KeyRing } from '../../security/field-crypto.js';
import { forbiddenWrites } from '../../security/policies.js';
import { bumpDataVersion } from '../data-version.js';
import type { Store } from '../open-store.js';
import type { Database } from '../schema.js';
import { appendAudit, type Actor } from '../security/audit-log.js';
import { readConfidential, writeConfidential } from '../security/vault.js';
import { CASE_ENTITY, loadCases, saveCase, vaultCtx, type WriteContext } from './cases.js';
import { COMMUNICATION_ENTITY, LINK_ENTITY } from './links.js';

/*
 * The write side of the registry for editors (docs/reprisals.md, "Editing"): correct a case's
 * fields, confirm a draft, attach an annex II follow-up paragraph to a case, link a special
 * procedures letter to a case. Each is one transaction that checks the version the editor saw
 * (so two editors never overwrite each other silently), writes through saveCase and the vault
 * (each change audited with before and after, confidential values sealed), and raises the data
 * version so no cached figure outlives the change.
 */

/** Fields with a route of their own (confirm, attach) or that name the record: never patched. */
export const NOT_PATCHABLE = ['caseId', 'appearances', 'review'] as const;

/** The fields an editor corrects with PATCH: every field of a case but NOT_PATCHABLE. */
export const PATCHABLE_FIELDS = REPRISAL_CASE_FIELDS.filter(
  (f) => !(NOT_PATCHABLE as readonly string[]).includes(f),
);

/** A correction: any patchable fields, each validated by the case schema. */
export const CasePatch = ReprisalCase.omit({ caseId: true, appearances: true, review: true })
  .partial()
  .strict();
export type CasePatch = z.infer<typeof CasePatch>;

/** The record changed since the editor read it: `current` is its version now. */
export class EditConflict extends Error {
  constructor(readonly current: string) {
    super('the record changed since you read it; reload it and make your change again');
  }
}

export class RecordNotFound extends Error {}

/** Fields the caller may not write here (by the field policies, or because they have a route of their own). */
export class FieldsNotWritable extends Error {
  constructor(readonly fields: readonly string[]) {
    super(`these fields may not be written here: ${fields.join(', ')}`);
  }
}

/** Fields named in a patch that no case has (a 400, not a policy question). */
export function unknownFields(keys: readonly string[]): string[] {
  return keys.filter((k) => !(REPRISAL_CASE_FIELDS as readonly string[]).includes(k));
}

/** Known fields of a patch the role may not write through PATCH (a 403 that names them). */
export function refusedFields(actor: Actor, keys: readonly string[]): string[] {
  const known = keys.filter((k) => (REPRISAL_CASE_FIELDS as readonly string[]).includes(k));
  const refused = new Set([
    ...forbiddenWrites(actor.role, CASE_ENTITY, known),
    ...known.filter((k) => (NOT_PATCHABLE as readonly string[]).includes(k)),
  ]);
  return known.filter((k) => refused.has(k));
}

const digest = (value: unknown): string =>
  createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 22);

/**
 * A case's version: a digest of everything stored about it (its row, acts, appearances, and the
 * ciphertexts of its vault values, so no value is decrypted to compute it). Any write by any path
 * (an import, the CSV, another editor) changes it; a write that changes nothing leaves it. A key
 * rotation re-encrypts and so changes it too: the editor then reloads, which costs a click.
 */
export async function caseVersion(db: Kysely<Database>, caseId: string): Promise<string | null> {
  const row = await db
    .selectFrom('reprisalCases')
    .selectAll()
    .where('caseId', '=', caseId)
    .executeTakeFirst();
  if (!row) return null;
  const [acts, apps, vault] = await Promise.all([
    db
      .selectFrom('reprisalCaseActs')
      .select(['act', 'codedAs'])
      .where('caseId', '=', caseId)
      .orderBy('act')
      .orderBy('codedAs')
      .execute(),
    db
      .selectFrom('reprisalAppearances')
      .select(['symbol', 'annex', 'paragraph', 'kind', 'year', 'page'])
      .where('caseId', '=', caseId)
      .orderBy('id')
      .execute(),
    db
      .selectFrom('confidentialValues')
      .select(['field', 'ciphertext'])
      .where('entity', '=', CASE_ENTITY)
      .where('recordId', '=', caseId)
      .orderBy('field')
      .execute(),
  ]);
  return digest([row, acts, apps, vault]);
}

/** A follow-up link's version: its row and its vault ciphertexts. */
export async function linkVersion(db: Kysely<Database>, id: number): Promise<string | null> {
  const row = await db
    .selectFrom('reprisalFollowUpLinks')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  const vault = await db
    .selectFrom('confidentialValues')
    .select(['field', 'ciphertext'])
    .where('entity', '=', LINK_ENTITY)
    .where('recordId', '=', String(id))
    .orderBy('field')
    .execute();
  return digest([row, vault]);
}

export interface EditContext {
  store: Store;
  ring: KeyRing | null;
  actor: Actor;
  now?: () => Date;
}

/**
 * One editor write: a transaction that takes the case's row lock (PostgreSQL; SQLite's
 * transactions take the write lock when they begin), checks the version, writes, and raises the
 * data version when anything was written. The triggers of migration 010 raise it already for the
 * registry's tables; the explicit bump keeps that true for a write that only touches the vault.
 */
async function inEdit<T>(
  e: EditContext,
  caseId: string,
  expected: string | null,
  work: (w: WriteContext, current: ReprisalCase) => Promise<T>,
): Promise<T> {
  return e.store.db.transaction().execute(async (trx) => {
    let lock = trx.selectFrom('reprisalCases').select('caseId').where('caseId', '=', caseId);
    if (e.store.dialect === 'postgres') lock = lock.forUpdate();
    if (!(await lock.executeTakeFirst())) throw new RecordNotFound(`no reprisal case ${caseId}`);
    if (expected !== null) {
      const now = await caseVersion(trx, caseId);
      if (now !== expected) throw new EditConflict(now ?? '');
    }
    const logBefore = await lastAuditSeq(trx);
    const [current] = await loadCases(trx, { caseId });
    const w: WriteContext = {
      trx,
      store: e.store,
      ring: e.ring,
      actor: e.actor,
      documentId: null,
      ...(e.now ? { now: e.now } : {}),
    };
    const out = await work(w, current!);
    // every write is audited in this transaction, so a longer log means something changed; a
    // write of the same values changes nothing, and cached figures stay valid
    if ((await lastAuditSeq(trx)) !== logBefore) await bumpDataVersion(trx);
    return out;
  });
}

async function lastAuditSeq(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('auditLog')
    .select('seq')
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.seq ?? 0;
}

export interface EditOutcome {
  written: 'updated' | 'unchanged';
  version: string;
}

async function outcome(
  e: EditContext,
  caseId: string,
  before: string | null,
): Promise<EditOutcome> {
  const version = (await caseVersion(e.store.db, caseId)) ?? '';
  return { written: version === before ? 'unchanged' : 'updated', version };
}

/**
 * Corrects a case's fields. Only the fields in the patch are written: a confidential field absent
 * from it stays as it is in the vault (the case is loaded without them). `expected` is the version
 * the editor read (required by the API; null only for a caller that holds the lock some other way).
 */
export async function editCase(
  e: EditContext,
  caseId: string,
  patch: CasePatch,
  expected: string | null,
): Promise<EditOutcome> {
  const keys = Object.keys(patch);
  const refused = refusedFields(e.actor, keys);
  if (refused.length > 0) throw new FieldsNotWritable(refused);
  const before = await caseVersion(e.store.db, caseId);
  await inEdit(e, caseId, expected, async (w, current) => {
    const next = ReprisalCase.parse({ ...current, ...patch });
    const confidentialFields = keys.filter(
      (k): k is keyof ReprisalCase =>
        REPRISAL_CASE_CONFIDENTIALITY[k as keyof ReprisalCase] === 'confidential',
    );
    await saveCase(w, next, { confidentialFields });
  });
  return outcome(e, caseId, before);
}

/** A draft confirmed by a person: review becomes `confirmed`; who and when are the audit entry. */
export async function confirmCase(
  e: EditContext,
  caseId: string,
  expected: string | null,
): Promise<EditOutcome> {
  const before = await caseVersion(e.store.db, caseId);
  await inEdit(e, caseId, expected, async (w, current) => {
    if (current.review === 'confirmed') return;
    await w.trx
      .updateTable('reprisalCases')
      .set({ review: 'confirmed' })
      .where('caseId', '=', caseId)
      .execute();
    await appendAudit(auditCtx(w), {
      actor: e.actor,
      action: 'confirm',
      entity: CASE_ENTITY,
      entityId: caseId,
      field: 'review',
      before: 'draft',
      after: 'confirmed',
    });
  });
  return outcome(e, caseId, before);
}

function auditCtx(w: WriteContext) {
  return {
    db: w.trx,
    dialect: w.store.dialect,
    ring: w.ring,
    ...(w.now ? { now: w.now } : {}),
  };
}

export interface Confirmation {
  by: string;
  role: string;
  at: string;
}

/** Who confirmed a case and when: the last `confirm` entry of the audit log (null: a draft, or confirmed by an import). */
export async function lastConfirmation(
  db: Kysely<Database>,
  caseId: string,
): Promise<Confirmation | null> {
  const row = await db
    .selectFrom('auditLog')
    .select(['actorName', 'actorRole', 'at'])
    .where('entity', '=', CASE_ENTITY)
    .where('entityId', '=', caseId)
    .where('action', '=', 'confirm')
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? { by: row.actorName, role: row.actorRole, at: row.at } : null;
}

const parse = <T>(text: string): T => JSON.parse(text) as T;

/**
 * Attaches an annex II follow-up paragraph to a case: the link records the case (matched by a
 * person), the case gains the paragraph as a follow-up appearance and the letters it cites. A
 * link moved from another case takes its appearance away from that case (it was the link's).
 */
export async function attachLink(
  e: EditContext,
  linkId: number,
  caseId: string,
  expectedLink: string | null,
): Promise<{ written: 'updated' | 'unchanged'; version: string; caseVersion: string }> {
  const link = await e.store.db
    .selectFrom('reprisalFollowUpLinks')
    .selectAll()
    .where('id', '=', linkId)
    .executeTakeFirst();
  if (!link) throw new RecordNotFound(`no follow-up link ${linkId}`);
  const before = await linkVersion(e.store.db, linkId);
  await inEdit(e, caseId, null, async (w, current) => {
    const now = await linkVersion(w.trx, linkId);
    if (expectedLink !== null && now !== expectedLink) throw new EditConflict(now ?? '');
    const row = (await w.trx
      .selectFrom('reprisalFollowUpLinks')
      .selectAll()
      .where('id', '=', linkId)
      .executeTakeFirst())!;
    const appearance = Appearance.parse({
      symbol: row.symbol,
      year: row.year,
      annex: row.annex === '' ? null : row.annex,
      paragraph: row.paragraph === '' ? null : row.paragraph,
      kind: 'follow-up',
      page: row.page,
    });
    if (row.caseId !== null && row.caseId !== caseId)
      await detachAppearance(w, row.caseId, appearance);
    if (row.caseId !== caseId || row.matchedBy !== 'person') {
      await w.trx
        .updateTable('reprisalFollowUpLinks')
        .set({ caseId, matchedBy: 'person' })
        .where('id', '=', linkId)
        .execute();
      await appendAudit(auditCtx(w), {
        actor: e.actor,
        action: 'update',
        entity: LINK_ENTITY,
        entityId: linkId,
        field: 'caseId',
        before: { caseId: row.caseId, matchedBy: row.matchedBy },
        after: { caseId, matchedBy: 'person' },
      });
    }
    const refs = [
      ...new Set([...current.communicationRefs, ...parse<string[]>(row.communicationRefs)]),
    ];
    // saveCase adds the appearance (audited) and the letters the paragraph cites; no
    // confidential field is rewritten
    await saveCase(
      w,
      { ...current, communicationRefs: refs, appearances: [appearance] },
      { confidentialFields: [] },
    );
  });
  const version = (await linkVersion(e.store.db, linkId)) ?? '';
  return {
    written: version === before ? 'unchanged' : 'updated',
    version,
    caseVersion: (await caseVersion(e.store.db, caseId)) ?? '',
  };
}

async function detachAppearance(w: WriteContext, caseId: string, a: Appearance): Promise<void> {
  const found = await w.trx
    .selectFrom('reprisalAppearances')
    .select(['id', 'kind'])
    .where('caseId', '=', caseId)
    .where('symbol', '=', a.symbol)
    .where('annex', '=', a.annex ?? '')
    .where('paragraph', '=', a.paragraph ?? '')
    .executeTakeFirst();
  if (!found || found.kind !== 'follow-up') return;
  await w.trx.deleteFrom('reprisalAppearances').where('id', '=', found.id).execute();
  await appendAudit(auditCtx(w), {
    actor: w.actor,
    action: 'delete',
    entity: CASE_ENTITY,
    entityId: caseId,
    field: 'appearances',
    before: a,
  });
}

/**
 * Links a special procedures letter to a case: the case lists its reference, and the letter, if
 * stored, records the case it concerns (in the vault: which case a named letter concerns is as
 * secret as the name).
 */
export async function linkCommunication(
  e: EditContext,
  caseId: string,
  reference: string,
  expected: string | null,
): Promise<EditOutcome> {
  const ref = CommunicationReference.parse(reference);
  const before = await caseVersion(e.store.db, caseId);
  await inEdit(e, caseId, expected, async (w, current) => {
    if (!current.communicationRefs.includes(ref))
      await saveCase(
        w,
        { ...current, communicationRefs: [...current.communicationRefs, ref] },
        { confidentialFields: [] },
      );
    const letter = await w.trx
      .selectFrom('spCommunications')
      .select('reference')
      .where('reference', '=', ref)
      .executeTakeFirst();
    if (letter)
      await writeConfidential(
        vaultCtx(w),
        e.actor,
        { entity: COMMUNICATION_ENTITY, recordId: ref, field: 'caseId' },
        caseId,
        w.trx,
      );
  });
  return outcome(e, caseId, before);
}

/**
 * Undoes a link: the case no longer lists the reference, and the letter, if stored and recorded as
 * concerning this case, no longer names it (the vault value is deleted; reading it to compare is
 * audited like any read). A letter recorded for another case is left as it is. Refused (not
 * found) when the case does not list the reference, so a mistyped reference is not a silent no-op.
 */
export async function unlinkCommunication(
  e: EditContext,
  caseId: string,
  reference: string,
  expected: string | null,
): Promise<EditOutcome> {
  const ref = CommunicationReference.parse(reference);
  const before = await caseVersion(e.store.db, caseId);
  await inEdit(e, caseId, expected, async (w, current) => {
    if (!current.communicationRefs.includes(ref))
      throw new RecordNotFound(`case ${caseId} does not list the communication ${ref}`);
    await saveCase(
      w,
      { ...current, communicationRefs: current.communicationRefs.filter((r) => r !== ref) },
      { confidentialFields: [] },
    );
    const letter = await w.trx
      .selectFrom('spCommunications')
      .select('reference')
      .where('reference', '=', ref)
      .executeTakeFirst();
    if (!letter) return;
    const field = { entity: COMMUNICATION_ENTITY, recordId: ref, field: 'caseId' };
    if ((await readConfidential(vaultCtx(w), e.actor, field, w.trx)) === caseId)
      await writeConfidential(vaultCtx(w), e.actor, field, null, w.trx);
  });
  return outcome(e, caseId, before);
}
