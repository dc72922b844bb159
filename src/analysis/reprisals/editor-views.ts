import type { Kysely } from 'kysely';
import { ReprisalCase } from '../../domain/reprisals.js';
import type { KeyRing } from '../../security/field-crypto.js';
import type { Store } from '../../store/open-store.js';
import {
  CASE_CONFIDENTIAL_FIELDS,
  CASE_ENTITY,
  fromVault,
  loadCases,
  vaultCtx,
  type CaseFilter,
} from '../../store/reprisals/cases.js';
import {
  caseVersion,
  lastConfirmation,
  linkVersion,
  type Confirmation,
} from '../../store/reprisals/editing.js';
import { LINK_ENTITY } from '../../store/reprisals/links.js';
import type { Database } from '../../store/schema.js';
import type { Actor } from '../../store/security/audit-log.js';
import { readConfidential, readConfidentialFields } from '../../store/security/vault.js';
import { ConfidentialKeysMissing, readsConfidential } from './views.js';

/*
 * What an editor works from: the queue of draft cases (each with the rules that suggested its
 * values and the paragraph as read), one case with every field and its version, and the annex II
 * paragraphs waiting for a case. Confidential values are read from the vault as the editor (each
 * read audited); for any role not cleared for them these views are refused before the vault is
 * opened (the routes are editor-only too).
 */

export interface DraftReasonView {
  field: string;
  rule: string;
}

export interface DraftQueueItem {
  caseId: string;
  reportYear: number;
  country: string;
  pseudonym: string;
  recordType: string;
  status: string;
  appearances: ReprisalCase['appearances'];
  reasons: DraftReasonView[];
  /** the paragraph as read from the report (the case's reprisalInformation): confidential */
  paragraph: string | null;
  version: string;
}

export class NotCleared extends Error {
  constructor(actor: Actor) {
    super(`${actor.role} may not read confidential fields`);
  }
}

function clearedRing(actor: Actor, ring: KeyRing | null): KeyRing {
  if (!readsConfidential(actor.role)) throw new NotCleared(actor);
  if (!ring) throw new ConfidentialKeysMissing();
  return ring;
}

async function reasonsOf(db: Kysely<Database>, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, DraftReasonView[]>();
  const rows = await db
    .selectFrom('reprisalDraftReasons')
    .select(['caseId', 'field', 'rule'])
    .where('caseId', 'in', ids)
    .orderBy('id')
    .execute();
  const out = new Map<string, DraftReasonView[]>();
  for (const r of rows) {
    const list = out.get(r.caseId) ?? [];
    list.push({ field: r.field, rule: r.rule });
    out.set(r.caseId, list);
  }
  return out;
}

/** Draft cases of a country (or all), one page in case id order, with total. */
export async function draftQueue(
  store: Store,
  ring: KeyRing | null,
  actor: Actor,
  filter: {
    country?: string;
    limit: number;
    offset: number;
    /** read the paragraph from the vault (default true); the command line asks for it explicitly */
    withParagraph?: boolean;
  },
): Promise<{ total: number; items: DraftQueueItem[] }> {
  if (!readsConfidential(actor.role)) throw new NotCleared(actor);
  let count = store.db
    .selectFrom('reprisalCases')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('review', '=', 'draft');
  if (filter.country) count = count.where('country', '=', filter.country);
  const total = Number((await count.executeTakeFirstOrThrow()).n);
  let idsQuery = store.db
    .selectFrom('reprisalCases')
    .select('caseId')
    .where('review', '=', 'draft')
    .orderBy('caseId')
    .limit(filter.limit)
    .offset(filter.offset);
  if (filter.country) idsQuery = idsQuery.where('country', '=', filter.country);
  const ids = (await idsQuery.execute()).map((r) => r.caseId);
  if (ids.length === 0) return { total, items: [] };
  const withParagraph = filter.withParagraph ?? true;
  const vault = withParagraph ? vaultCtx({ store, ring: clearedRing(actor, ring) }) : null;
  const reasons = await reasonsOf(store.db, ids);
  const items: DraftQueueItem[] = [];
  for (const caseId of ids) {
    const [c] = await loadCases(store.db, { caseId });
    if (!c) continue;
    items.push({
      caseId,
      reportYear: c.reportYear,
      country: c.country,
      pseudonym: c.pseudonym,
      recordType: c.recordType,
      status: c.status,
      appearances: c.appearances,
      reasons: reasons.get(caseId) ?? [],
      paragraph: vault
        ? await readConfidential(vault, actor, {
            entity: CASE_ENTITY,
            recordId: caseId,
            field: 'reprisalInformation',
          })
        : null,
      version: (await caseVersion(store.db, caseId)) ?? '',
    });
  }
  return { total, items };
}

export interface CaseForEditing {
  case: ReprisalCase;
  version: string;
  reasons: DraftReasonView[];
  confirmed: Confirmation | null;
}

/** One case with every field (confidential ones read as the editor), its version and reasons. */
export async function caseForEditing(
  store: Store,
  ring: KeyRing | null,
  actor: Actor,
  caseId: string,
): Promise<CaseForEditing | null> {
  if (!readsConfidential(actor.role)) throw new NotCleared(actor);
  const filter: CaseFilter = { caseId };
  // the version first: a write between the two reads then shows as a conflict, never hidden
  const version = await caseVersion(store.db, caseId);
  const [plain] = await loadCases(store.db, filter);
  if (!plain || version === null) return null;
  // every confidential field in one transaction (each read audited): an editor's form opens
  // often, and a transaction per field is most of its time on PostgreSQL
  const secret = await readConfidentialFields(
    vaultCtx({ store, ring: clearedRing(actor, ring) }),
    actor,
    CASE_ENTITY,
    caseId,
  );
  const filled: Record<string, unknown> = { ...plain };
  for (const field of CASE_CONFIDENTIAL_FIELDS) {
    const text = secret[field];
    if (text !== undefined) filled[field] = fromVault(field, text);
  }
  return {
    case: ReprisalCase.parse(filled),
    version,
    reasons: (await reasonsOf(store.db, [caseId])).get(caseId) ?? [],
    confirmed: await lastConfirmation(store.db, caseId),
  };
}

export interface FollowUpLinkView {
  id: number;
  country: string;
  symbol: string;
  year: number;
  annex: string | null;
  paragraph: string | null;
  earlier: unknown;
  communicationRefs: string[];
  caseId: string | null;
  matchedBy: string | null;
  /** confidential: the name the paragraph gives and its first words, to recognise the case */
  victimName: string | null;
  description: string | null;
  version: string;
}

/** Annex II paragraphs of a country (all, or only those no person has attached yet). */
export async function followUpLinks(
  store: Store,
  ring: KeyRing | null,
  actor: Actor,
  filter: {
    country?: string;
    unattached?: boolean;
    limit: number;
    offset: number;
    /** read the name and words from the vault (default true) */
    withConfidential?: boolean;
  },
): Promise<{ total: number; items: FollowUpLinkView[] }> {
  if (!readsConfidential(actor.role)) throw new NotCleared(actor);
  let q = store.db.selectFrom('reprisalFollowUpLinks');
  if (filter.country) q = q.where('country', '=', filter.country);
  if (filter.unattached)
    q = q.where((eb) => eb.or([eb('matchedBy', 'is', null), eb('matchedBy', '!=', 'person')]));
  const total = Number(
    (await q.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow()).n,
  );
  const rows = await q
    .selectAll()
    .orderBy('year')
    .orderBy('symbol')
    .orderBy('id')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  if (rows.length === 0) return { total, items: [] };
  const vault =
    (filter.withConfidential ?? true) ? vaultCtx({ store, ring: clearedRing(actor, ring) }) : null;
  const items: FollowUpLinkView[] = [];
  for (const r of rows) {
    const secret = vault ? await readConfidentialFields(vault, actor, LINK_ENTITY, r.id) : {};
    items.push({
      id: r.id,
      country: r.country,
      symbol: r.symbol,
      year: r.year,
      annex: r.annex === '' ? null : r.annex,
      paragraph: r.paragraph === '' ? null : r.paragraph,
      earlier: JSON.parse(r.earlier) as unknown,
      communicationRefs: JSON.parse(r.communicationRefs) as string[],
      caseId: r.caseId,
      matchedBy: r.matchedBy,
      victimName: secret.victimName ?? null,
      description: secret.description ?? null,
      version: (await linkVersion(store.db, r.id)) ?? '',
    });
  }
  return { total, items };
}
