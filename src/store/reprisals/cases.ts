import type { Kysely } from 'kysely';
import {
  Appearance,
  ReprisalCase,
  type CaseDraft,
  type DraftReason,
} from '../../domain/reprisals.js';
import { REPRISAL_CASE_CONFIDENTIALITY } from '../../domain/reprisals-fields.js';
import type { KeyRing } from '../../security/field-crypto.js';
import type { Database } from '../schema.js';
import type { DialectName } from '../dialect.js';
import { appendAudit, type Actor } from '../security/audit-log.js';
import { readConfidential, writeConfidential, type VaultContext } from '../security/vault.js';
import type { Store } from '../open-store.js';
import type { ReprisalCaseTable } from './tables.js';

/*
 * Reprisal cases in the store: public and restricted fields as columns of reprisal_cases (acts and
 * appearances as rows), every confidential field through the vault (encrypted, audited). A case
 * is never written in the clear in part: without keys, a case with a confidential value is refused.
 */

export const CASE_ENTITY = 'reprisalCase';

/** The confidential fields of a case, in schema order (the vault's field names). */
export const CASE_CONFIDENTIAL_FIELDS = (
  Object.keys(REPRISAL_CASE_CONFIDENTIALITY) as (keyof ReprisalCase)[]
).filter((f) => REPRISAL_CASE_CONFIDENTIALITY[f] === 'confidential');

export interface WriteContext {
  trx: Kysely<Database>;
  store: Store;
  ring: KeyRing | null;
  actor: Actor;
  documentId: number | null;
  now?: () => Date;
}

const bool = (b: boolean | null): number | null => (b === null ? null : b ? 1 : 0);
const json = (v: unknown): string => JSON.stringify(v);

/** The row of reprisal_cases for a case (public and restricted fields only). */
export function caseColumns(
  c: ReprisalCase,
  documentId: number | null,
  line: number | null,
): ReprisalCaseTable {
  return {
    caseId: c.caseId,
    reportYear: c.reportYear,
    country: c.country,
    region: c.region,
    recordType: c.recordType,
    recordTypeCodedAs: c.recordTypeCodedAs,
    pseudonym: c.pseudonym,
    gender: c.gender,
    genderCodedAs: c.genderCodedAs,
    foreignNational: bool(c.foreignNational),
    minor: bool(c.minor),
    civilServant: bool(c.civilServant),
    affectedGroups: json(c.affectedGroups),
    activity: c.activity,
    rightsDefended: json(c.rightsDefended),
    priorUnAction: c.priorUnAction === null ? null : json(c.priorUnAction),
    engagements: json(c.engagements),
    engagementTypes: json(c.engagementTypes),
    reprisalDates: c.reprisalDates,
    perpetrators: json(c.perpetrators),
    basedOnNewLegislation: bool(c.basedOnNewLegislation),
    generalEnvironmentComment: bool(c.generalEnvironmentComment),
    status: c.status,
    communicationRefs: json(c.communicationRefs),
    uwaziSharedId: c.externalIds.uwaziSharedId,
    uwaziUrl: c.externalIds.uwaziUrl,
    review: c.review,
    documentId,
    line,
  };
}

/** A confidential field as the vault's text: null when empty (nothing is stored then). */
export function vaultText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value === '' ? null : value;
  if (Array.isArray(value)) return value.length === 0 ? null : json(value);
  if (typeof value === 'object') return Object.keys(value).length === 0 ? null : json(value);
  return json(value);
}

/** The row's fields the audit log records for a create or update (no confidential value). */
function auditedColumns(row: ReprisalCaseTable): Record<string, unknown> {
  return withoutKeys(row, ['documentId', 'line']);
}

function withoutKeys<T extends object, K extends keyof T>(row: T, keys: readonly K[]): Omit<T, K> {
  const drop = new Set<PropertyKey>(keys);
  return Object.fromEntries(Object.entries(row).filter(([k]) => !drop.has(k))) as Omit<T, K>;
}

export interface SaveOutcome {
  written: 'created' | 'updated' | 'unchanged';
}

/**
 * Stores a case: its columns, acts, appearances (added, never removed: an earlier report's mention
 * stays), draft reasons, and its confidential fields in the vault. A machine draft never replaces
 * a case a person confirmed: only its appearances are added then.
 */
export async function saveCase(
  w: WriteContext,
  c: ReprisalCase,
  options: {
    line?: number | null;
    reasons?: readonly DraftReason[];
    /**
     * the confidential fields this write carries (default: all). An edited CSV that does not
     * hold a confidential column must not empty it in the vault.
     */
    confidentialFields?: readonly (keyof ReprisalCase)[];
  } = {},
): Promise<SaveOutcome> {
  const { trx } = w;
  const existing = await trx
    .selectFrom('reprisalCases')
    .selectAll()
    .where('caseId', '=', c.caseId)
    .executeTakeFirst();
  const keepConfirmed = existing?.review === 'confirmed' && c.review === 'draft';
  let written: SaveOutcome['written'] = 'unchanged';
  if (!keepConfirmed) {
    const row = caseColumns(
      c,
      existing?.documentId ?? w.documentId,
      existing?.line ?? options.line ?? null,
    );
    const before = existing ? auditedColumns(existing) : null;
    const after = auditedColumns(row);
    if (!existing) {
      await trx.insertInto('reprisalCases').values(row).execute();
      written = 'created';
    } else if (json(before) !== json(after)) {
      const set = withoutKeys(row, ['caseId', 'documentId', 'line']);
      await trx.updateTable('reprisalCases').set(set).where('caseId', '=', c.caseId).execute();
      written = 'updated';
    }
    if (written !== 'unchanged')
      await appendAudit(auditCtx(w), {
        actor: w.actor,
        action: written === 'created' ? 'create' : 'update',
        entity: CASE_ENTITY,
        entityId: c.caseId,
        before,
        after,
      });
    await replaceActs(w, c);
    if (options.reasons) await replaceReasons(w, c.caseId, options.reasons);
    for (const field of options.confidentialFields ?? CASE_CONFIDENTIAL_FIELDS)
      await writeConfidential(
        vaultCtx(w),
        w.actor,
        { entity: CASE_ENTITY, recordId: c.caseId, field },
        vaultText(c[field]),
        trx,
      );
  }
  for (const a of c.appearances) await addAppearance(w, c.caseId, a, options.line ?? null);
  return { written };
}

function auditCtx(w: WriteContext) {
  return {
    db: w.trx,
    dialect: w.store.dialect as DialectName,
    ring: w.ring,
    ...(w.now ? { now: w.now } : {}),
  };
}

export function vaultCtx(w: Pick<WriteContext, 'store' | 'ring' | 'now'>): VaultContext {
  return { store: w.store, ring: w.ring, ...(w.now ? { now: w.now } : {}) };
}

async function replaceActs(w: WriteContext, c: ReprisalCase): Promise<void> {
  const old = await w.trx
    .selectFrom('reprisalCaseActs')
    .select(['act', 'codedAs'])
    .where('caseId', '=', c.caseId)
    .execute();
  const key = (a: { act: string; codedAs: string }) => `${a.act}\u0000${a.codedAs}`;
  const wanted = [...new Map(c.acts.map((a) => [key({ act: a.code, codedAs: a.codedAs }), a]))];
  const oldKeys = old.map(key).sort();
  if (json(oldKeys) === json(wanted.map(([k]) => k).sort())) return;
  await w.trx.deleteFrom('reprisalCaseActs').where('caseId', '=', c.caseId).execute();
  if (wanted.length > 0)
    await w.trx
      .insertInto('reprisalCaseActs')
      .values(wanted.map(([, a]) => ({ caseId: c.caseId, act: a.code, codedAs: a.codedAs })))
      .execute();
  await appendAudit(auditCtx(w), {
    actor: w.actor,
    action: 'update',
    entity: CASE_ENTITY,
    entityId: c.caseId,
    field: 'acts',
    before: old,
    after: wanted.map(([, a]) => ({ act: a.code, codedAs: a.codedAs })),
  });
}

async function replaceReasons(
  w: WriteContext,
  caseId: string,
  reasons: readonly DraftReason[],
): Promise<void> {
  const old = await w.trx
    .selectFrom('reprisalDraftReasons')
    .select(['field', 'rule'])
    .where('caseId', '=', caseId)
    .orderBy('id')
    .execute();
  const next = reasons.map((r) => ({ field: r.field, rule: r.rule }));
  if (json(old) === json(next)) return;
  await w.trx.deleteFrom('reprisalDraftReasons').where('caseId', '=', caseId).execute();
  if (next.length > 0)
    await w.trx
      .insertInto('reprisalDraftReasons')
      .values(next.map((r) => ({ caseId, ...r })))
      .execute();
  await appendAudit(auditCtx(w), {
    actor: w.actor,
    action: 'update',
    entity: CASE_ENTITY,
    entityId: caseId,
    field: 'draftReasons',
    before: old,
    after: next,
  });
}

/** Adds an appearance unless the case already has one for that report, annex and paragraph. */
export async function addAppearance(
  w: WriteContext,
  caseId: string,
  a: Appearance,
  line: number | null,
): Promise<void> {
  const annex = a.annex ?? '';
  const paragraph = a.paragraph ?? '';
  const found = await w.trx
    .selectFrom('reprisalAppearances')
    .select('id')
    .where('caseId', '=', caseId)
    .where('symbol', '=', a.symbol)
    .where('annex', '=', annex)
    .where('paragraph', '=', paragraph)
    .executeTakeFirst();
  if (found) return;
  await w.trx
    .insertInto('reprisalAppearances')
    .values({
      caseId,
      symbol: a.symbol,
      year: a.year,
      annex,
      paragraph,
      kind: a.kind,
      page: a.page,
      documentId: w.documentId,
      line,
    })
    .execute();
  await appendAudit(auditCtx(w), {
    actor: w.actor,
    action: 'create',
    entity: CASE_ENTITY,
    entityId: caseId,
    field: 'appearances',
    after: a,
  });
}

/** A draft from a report: the case with its reasons. */
export function saveDraft(w: WriteContext, draft: CaseDraft): Promise<SaveOutcome> {
  return saveCase(w, draft.case, { line: draft.line, reasons: draft.reasons });
}

const parseJson = <T>(text: string | null, fallback: T): T =>
  text === null ? fallback : (JSON.parse(text) as T);
const boolOf = (n: number | null): boolean | null => (n === null ? null : n === 1);

export interface CaseFilter {
  country?: string;
  caseId?: string;
  /** a page of the cases in case id order (the API's lists) */
  limit?: number;
  offset?: number;
}

/**
 * The stored cases of a country (or all), with every confidential field empty: what the tables
 * hold. `withConfidential` fills them from the vault.
 */
export async function loadCases(
  db: Kysely<Database>,
  filter: CaseFilter = {},
): Promise<ReprisalCase[]> {
  let q = db.selectFrom('reprisalCases').selectAll();
  if (filter.country) q = q.where('country', '=', filter.country);
  if (filter.caseId) q = q.where('caseId', '=', filter.caseId);
  q = q.orderBy('caseId');
  if (filter.limit !== undefined) q = q.limit(filter.limit).offset(filter.offset ?? 0);
  const rows = await q.execute();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.caseId);
  const acts = await db
    .selectFrom('reprisalCaseActs')
    .selectAll()
    .where('caseId', 'in', ids)
    .orderBy('caseId')
    .orderBy('act')
    .execute();
  const apps = await db
    .selectFrom('reprisalAppearances')
    .selectAll()
    .where('caseId', 'in', ids)
    .orderBy('year')
    .orderBy('symbol')
    .orderBy('id')
    .execute();
  return rows.map((r) =>
    ReprisalCase.parse({
      caseId: r.caseId,
      reportYear: r.reportYear,
      country: r.country,
      region: r.region,
      recordType: r.recordType,
      recordTypeCodedAs: r.recordTypeCodedAs,
      pseudonym: r.pseudonym,
      victimName: null,
      relatives: null,
      contact: null,
      gender: r.gender,
      genderCodedAs: r.genderCodedAs,
      foreignNational: boolOf(r.foreignNational),
      minor: boolOf(r.minor),
      civilServant: boolOf(r.civilServant),
      affectedGroups: parseJson(r.affectedGroups, []),
      activity: r.activity,
      rightsDefended: parseJson(r.rightsDefended, []),
      priorUnAction: parseJson(r.priorUnAction, null),
      engagements: parseJson(r.engagements, []),
      engagementTypes: parseJson(r.engagementTypes, []),
      trigger: null,
      reprisalDates: r.reprisalDates,
      reprisalLocation: null,
      reprisalInformation: null,
      acts: acts
        .filter((a) => a.caseId === r.caseId)
        .map((a) => ({ code: a.act, codedAs: a.codedAs })),
      perpetrators: parseJson(r.perpetrators, []),
      basedOnNewLegislation: boolOf(r.basedOnNewLegislation),
      generalEnvironmentComment: boolOf(r.generalEnvironmentComment),
      governmentResponses: [],
      status: r.status,
      appearances: apps
        .filter((a) => a.caseId === r.caseId)
        .map((a) => ({
          symbol: a.symbol,
          year: a.year,
          annex: a.annex === '' ? null : a.annex,
          paragraph: a.paragraph === '' ? null : a.paragraph,
          kind: a.kind,
          page: a.page,
        })),
      communicationRefs: parseJson(r.communicationRefs, []),
      externalIds: { uwaziSharedId: r.uwaziSharedId, uwaziUrl: r.uwaziUrl },
      otherFields: {},
      review: r.review,
      notes: null,
    }),
  );
}

/** How many cases a country has (the total of a paged list). */
export async function countCases(
  db: Kysely<Database>,
  filter: { country?: string } = {},
): Promise<number> {
  let q = db.selectFrom('reprisalCases').select((eb) => eb.fn.countAll<number | string>().as('n'));
  if (filter.country) q = q.where('country', '=', filter.country);
  return Number((await q.executeTakeFirstOrThrow()).n);
}

/** How a vault text goes back into its field (the inverse of vaultText). */
export function fromVault(field: (typeof CASE_CONFIDENTIAL_FIELDS)[number], text: string): unknown {
  if (field === 'governmentResponses' || field === 'otherFields') return JSON.parse(text);
  return text;
}

/**
 * The cases with their confidential fields read from the vault as `actor` (each read audited;
 * AccessDenied for a role that may not read them, so call it only for one that may).
 */
export async function withConfidential(
  ctx: VaultContext,
  actor: Actor,
  cases: readonly ReprisalCase[],
): Promise<ReprisalCase[]> {
  const out: ReprisalCase[] = [];
  for (const c of cases) {
    const filled: Record<string, unknown> = { ...c };
    for (const field of CASE_CONFIDENTIAL_FIELDS) {
      const text = await readConfidential(ctx, actor, {
        entity: CASE_ENTITY,
        recordId: c.caseId,
        field,
      });
      if (text !== null) filled[field] = fromVault(field, text);
    }
    out.push(ReprisalCase.parse(filled));
  }
  return out;
}
