import { draftQueue, followUpLinks } from '../../analysis/reprisals/editor-views.js';
import { StateCode } from '../../domain/ngo-committee.js';
import { CaseId, CommunicationReference } from '../../domain/reprisals.js';
import type { KeyRing } from '../../security/field-crypto.js';
import { KeyRingError, loadKeys } from '../../security/keyring.js';
import type { Store } from '../../store/open-store.js';
import {
  attachLink,
  confirmCase,
  EditConflict,
  linkCommunication,
  RecordNotFound,
  unlinkCommunication,
  type EditContext,
} from '../../store/reprisals/editing.js';
import type { Actor } from '../../store/security/audit-log.js';
import { NoKeys } from '../../store/security/vault.js';
import { CliFailure, type CliContext } from '../context.js';
import { authenticate } from './reprisals-actions.js';
import type { EditorReadOptions, EditorWriteOptions } from './reprisals-editor.js';
import { stdinSecrets, type SecretSource } from './security-actions.js';

/*
 * What `reprisals drafts|links|confirm|attach` do. Each names a person with --as (proved by the
 * password): a review decision is a person's, and the audit log says whose. The lists print no
 * confidential value unless asked (--paragraph), since a terminal's scrollback is no place for a
 * name; the JSON of `links` leaves the name and words of a paragraph out for the same reason.
 */

const MAX_LIST = 500;

function keys(keyFile: string | undefined, needed: boolean): KeyRing | null {
  try {
    const ring = loadKeys(keyFile)?.ring ?? null;
    if (needed && !ring)
      throw new CliFailure(
        'confidential fields need the key file: --key-file FILE or $GROUNDPASS_KEY_FILE',
      );
    return ring;
  } catch (error) {
    if (error instanceof KeyRingError) throw new CliFailure(error.message);
    throw error;
  }
}

/**
 * The editor named by --as, proved by its password (`authenticate`, the check every `--as` of the
 * registry uses), then refused unless an editor or admin.
 */
async function editor(store: Store, name: string, secrets: SecretSource): Promise<Actor> {
  const actor = await authenticate(store, name, secrets);
  if (actor.role !== 'editor' && actor.role !== 'admin')
    throw new CliFailure(`--as ${name}: only editors and admins review the registry`);
  return actor;
}

function countryFilter(opts: { country?: string }): { country?: string } {
  if (!opts.country) return {};
  const code = StateCode.safeParse(opts.country.toUpperCase());
  if (!code.success)
    throw new CliFailure(`--country: ${JSON.stringify(opts.country)} is not an ISO3 code (CHN)`, 2);
  return { country: code.data };
}

export async function reprisalDrafts(
  ctx: CliContext,
  opts: EditorReadOptions,
  secrets: SecretSource = stdinSecrets(),
): Promise<void> {
  const filter = countryFilter(opts);
  await ctx.withStore(opts.db, async (store) => {
    const actor = await editor(store, opts.as, secrets);
    const ring = opts.paragraph ? keys(opts.keyFile, true) : null;
    const { total, items } = await draftQueue(store, ring, actor, {
      ...filter,
      limit: MAX_LIST,
      offset: 0,
      withParagraph: opts.paragraph === true,
    });
    if (opts.json) return ctx.out(JSON.stringify({ total, items }));
    if (items.length === 0) return ctx.out('no draft cases');
    for (const d of items) {
      ctx.out(`${d.caseId}\t${d.reportYear}\t${d.pseudonym}\t${d.recordType}\t${d.status}`);
      for (const r of d.reasons) ctx.out(`  ${r.field}: ${r.rule}`);
      if (d.paragraph) ctx.out(`  > ${d.paragraph}`);
    }
    if (total > items.length) ctx.out(`… ${total - items.length} more`);
  });
}

export async function reprisalLinks(
  ctx: CliContext,
  opts: EditorReadOptions,
  secrets: SecretSource = stdinSecrets(),
): Promise<void> {
  const filter = countryFilter(opts);
  await ctx.withStore(opts.db, async (store) => {
    const actor = await editor(store, opts.as, secrets);
    const { total, items } = await followUpLinks(store, null, actor, {
      ...filter,
      unattached: opts.unattached === true,
      limit: MAX_LIST,
      offset: 0,
      withConfidential: false,
    });
    if (opts.json) return ctx.out(JSON.stringify({ total, items }));
    if (items.length === 0) return ctx.out('no follow-up paragraphs');
    for (const l of items)
      ctx.out(
        [
          l.id,
          l.country,
          `${l.symbol} annex ${l.annex ?? '-'} para. ${l.paragraph ?? '-'}`,
          l.caseId ?? '(not attached)',
          l.matchedBy ?? '',
        ].join('\t'),
      );
  });
}

function caseIdOf(raw: string): string {
  const id = CaseId.safeParse(raw.toUpperCase());
  if (!id.success) throw new CliFailure(`${raw}: a case id reads 2020-025-001 or 2020-CHN-001`, 2);
  return id.data;
}

function refusal(error: unknown): never {
  if (error instanceof RecordNotFound) throw new CliFailure(error.message);
  if (error instanceof NoKeys)
    throw new CliFailure(
      'the letter’s link to a case is confidential: --key-file FILE or $GROUNDPASS_KEY_FILE',
    );
  if (error instanceof EditConflict)
    throw new CliFailure('the record changed while the command ran; run it again');
  throw error;
}

export async function reprisalConfirm(
  ctx: CliContext,
  ids: string[],
  opts: EditorWriteOptions,
  secrets: SecretSource = stdinSecrets(),
): Promise<void> {
  const caseIds = ids.map(caseIdOf);
  await ctx.withStore(opts.db, async (store) => {
    const actor = await editor(store, opts.as, secrets);
    const e: EditContext = { store, ring: keys(opts.keyFile, false), actor };
    const results = [];
    for (const caseId of caseIds) {
      // the command reads and confirms in one go: no version from an earlier read to check
      const out = await confirmCase(e, caseId, null).catch(refusal);
      results.push({ caseId, ...out });
      if (!opts.json)
        ctx.out(`${caseId}: ${out.written === 'updated' ? 'confirmed' : 'already confirmed'}`);
    }
    if (opts.json) ctx.out(JSON.stringify({ confirmed: results }));
  });
}

export async function reprisalAttach(
  ctx: CliContext,
  linkId: string,
  opts: EditorWriteOptions,
  secrets: SecretSource = stdinSecrets(),
): Promise<void> {
  const id = Number(linkId);
  if (!Number.isInteger(id) || id < 1 || id > 2_147_483_647)
    throw new CliFailure(`${linkId}: a paragraph id is a positive number (see reprisals links)`, 2);
  const caseId = caseIdOf(opts.case ?? '');
  await ctx.withStore(opts.db, async (store) => {
    const actor = await editor(store, opts.as, secrets);
    const e: EditContext = { store, ring: keys(opts.keyFile, false), actor };
    const out = await attachLink(e, id, caseId, null).catch(refusal);
    if (opts.json) return ctx.out(JSON.stringify({ linkId: id, caseId, ...out }));
    ctx.out(
      `paragraph ${id} ${out.written === 'updated' ? 'attached to' : 'already attached to'} ${caseId}`,
    );
  });
}

/** "chn 15/2011" as typed reads as "CHN 15/2011"; anything else is a usage error. */
function referenceOf(raw: string): string {
  const ref = CommunicationReference.safeParse(raw.trim().toUpperCase().replace(/\s+/g, ' '));
  if (!ref.success) throw new CliFailure(`${raw}: a communication reference reads CHN 15/2011`, 2);
  return ref.data;
}

/** `reprisals link|unlink CASE REFERENCE`: a special procedures letter linked to a case, or not. */
export async function reprisalLinkCommunication(
  ctx: CliContext,
  action: 'link' | 'unlink',
  rawCaseId: string,
  rawReference: string,
  opts: EditorWriteOptions,
  secrets: SecretSource = stdinSecrets(),
): Promise<void> {
  const caseId = caseIdOf(rawCaseId);
  const reference = referenceOf(rawReference);
  await ctx.withStore(opts.db, async (store) => {
    const actor = await editor(store, opts.as, secrets);
    const e: EditContext = { store, ring: keys(opts.keyFile, false), actor };
    // the command reads and writes in one go: no version from an earlier read to check
    const write = action === 'link' ? linkCommunication : unlinkCommunication;
    const out = await write(e, caseId, reference, null).catch(refusal);
    if (opts.json) return ctx.out(JSON.stringify({ caseId, reference, action, ...out }));
    ctx.out(
      action === 'link'
        ? `${reference} ${out.written === 'updated' ? 'linked to' : 'already linked to'} ${caseId}`
        : `${reference} unlinked from ${caseId}`,
    );
  });
}
