import type { FollowUpLink, SpCommunication } from '../../domain/reprisals.js';
import { appendAudit } from '../security/audit-log.js';
import { writeConfidential } from '../security/vault.js';
import { vaultCtx, vaultText, type WriteContext } from './cases.js';

/*
 * Draft follow-up links (annex II paragraphs waiting to be matched to an earlier case) and special
 * procedures communications. Their confidential fields (the name a paragraph gives, its words, the
 * Government's answers; the case a letter concerns) go to the vault like a case's.
 */

export const LINK_ENTITY = 'reprisalFollowUpLink';
export const COMMUNICATION_ENTITY = 'spCommunication';
const LINK_CONFIDENTIAL = ['victimName', 'description', 'governmentResponses'] as const;

const json = (v: unknown) => JSON.stringify(v);

function audit(w: WriteContext) {
  return { db: w.trx, dialect: w.store.dialect, ring: w.ring, ...(w.now ? { now: w.now } : {}) };
}

/** Stores a follow-up link once per (report, annex, paragraph); a link already matched keeps its case. */
export async function saveFollowUpLink(
  w: WriteContext,
  link: FollowUpLink,
  line: number,
  documentId: number,
): Promise<'created' | 'updated' | 'unchanged'> {
  const a = link.appearance;
  const annex = a.annex ?? '';
  const paragraph = a.paragraph ?? '';
  const existing = await w.trx
    .selectFrom('reprisalFollowUpLinks')
    .selectAll()
    .where('symbol', '=', a.symbol)
    .where('annex', '=', annex)
    .where('paragraph', '=', paragraph)
    .executeTakeFirst();
  const columns = {
    country: link.country,
    year: a.year,
    page: a.page,
    earlier: json(link.earlier),
    communicationRefs: json(link.communicationRefs),
    caseId: existing?.caseId ?? link.caseId,
    matchedBy: existing?.matchedBy ?? link.matchedBy,
  };
  let id: number;
  let written: 'created' | 'updated' | 'unchanged' = 'unchanged';
  if (!existing) {
    const row = await w.trx
      .insertInto('reprisalFollowUpLinks')
      .values({ ...columns, documentId, line, symbol: a.symbol, annex, paragraph })
      .returning('id')
      .executeTakeFirstOrThrow();
    id = row.id;
    written = 'created';
  } else {
    id = existing.id;
    const before = {
      country: existing.country,
      year: existing.year,
      page: existing.page,
      earlier: existing.earlier,
      communicationRefs: existing.communicationRefs,
      caseId: existing.caseId,
      matchedBy: existing.matchedBy,
    };
    if (json(before) !== json(columns)) {
      await w.trx.updateTable('reprisalFollowUpLinks').set(columns).where('id', '=', id).execute();
      written = 'updated';
    }
  }
  if (written !== 'unchanged')
    await appendAudit(audit(w), {
      actor: w.actor,
      action: written === 'created' ? 'create' : 'update',
      entity: LINK_ENTITY,
      entityId: id,
      after: { symbol: a.symbol, annex, paragraph, ...columns },
    });
  for (const field of LINK_CONFIDENTIAL)
    await writeConfidential(
      vaultCtx(w),
      w.actor,
      { entity: LINK_ENTITY, recordId: id, field },
      vaultText(link[field]),
      w.trx,
    );
  return written;
}

/** Stores a communication by its reference; a later listing of the same letter updates it. */
export async function saveCommunication(
  w: WriteContext,
  c: SpCommunication,
  line: number | null,
): Promise<'created' | 'updated' | 'unchanged'> {
  const existing = await w.trx
    .selectFrom('spCommunications')
    .selectAll()
    .where('reference', '=', c.reference)
    .executeTakeFirst();
  const columns = {
    ohchrId: c.ohchrId,
    state: c.state,
    date: c.date,
    type: c.type,
    mandates: json(c.mandates),
    replyReceived: c.replyReceived === null ? null : c.replyReceived ? 1 : 0,
    replyDates: json(c.replyDates),
  };
  let written: 'created' | 'updated' | 'unchanged' = 'unchanged';
  if (!existing) {
    await w.trx
      .insertInto('spCommunications')
      .values({ reference: c.reference, ...columns, documentId: w.documentId, line })
      .execute();
    written = 'created';
  } else {
    const before = {
      ohchrId: existing.ohchrId,
      state: existing.state,
      date: existing.date,
      type: existing.type,
      mandates: existing.mandates,
      replyReceived: existing.replyReceived,
      replyDates: existing.replyDates,
    };
    if (json(before) !== json(columns)) {
      await w.trx
        .updateTable('spCommunications')
        .set(columns)
        .where('reference', '=', c.reference)
        .execute();
      written = 'updated';
    }
  }
  if (written !== 'unchanged')
    await appendAudit(audit(w), {
      actor: w.actor,
      action: written === 'created' ? 'create' : 'update',
      entity: COMMUNICATION_ENTITY,
      entityId: c.reference,
      after: columns,
    });
  // a listing that does not say which case a letter concerns leaves a person's link alone
  if (c.caseId !== null)
    await writeConfidential(
      vaultCtx(w),
      w.actor,
      { entity: COMMUNICATION_ENTITY, recordId: c.reference, field: 'caseId' },
      c.caseId,
      w.trx,
    );
  return written;
}
