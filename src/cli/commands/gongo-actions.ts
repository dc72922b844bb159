import { userInfo } from 'node:os';
import { listOrganizations } from '../../analysis/organizations/list.js';
import { resolveOrganizationArg } from '../../store/gongo/names.js';
import {
  organizationProfile,
  type OrganizationProfile,
} from '../../analysis/organizations/profile.js';
import { Classification, parseShare } from '../../domain/gongo.js';
import { StateCode } from '../../domain/ngo-committee.js';
import { projectRecord } from '../../security/policies.js';
import type { Store } from '../../store/open-store.js';
import {
  addEvidence,
  addName,
  CLASSIFICATION_ENTITY,
  RegisterRefusal,
  retractEvidence,
  revertClassification,
  setClassification,
  type RegisterContext,
} from '../../store/gongo/register.js';
import type { Actor } from '../../store/security/audit-log.js';
import { CliFailure, type CliContext } from '../context.js';
import type {
  GongoAliasOptions,
  GongoEvidenceOptions,
  GongoListOptions,
  GongoReadOptions,
  GongoRetractOptions,
  GongoRevertOptions,
  GongoSetOptions,
} from './gongo.js';
import { authenticate, PUBLIC } from './reprisals-actions.js';
import { stdinSecrets, type SecretSource } from './security-actions.js';

/*
 * What `groundpass gongo …` does. Reads are the public's view unless --as names an account; writes
 * are the command line operator's (recorded as cli:USER, an admin: whoever runs the command holds
 * the database) unless --as names an editor or admin, proved by their password. Every write goes
 * through the register's store (src/store/gongo/register.ts): policy check, audit entry, refusal of
 * a label without evidence.
 */

function operator(): Actor {
  let who = 'unknown';
  try {
    who = userInfo().username;
  } catch {
    // no passwd entry (a container): the log still says it was the command line
  }
  return { name: `cli:${who}`, role: 'admin' };
}

async function reader(store: Store, opts: GongoReadOptions, secrets: SecretSource): Promise<Actor> {
  return opts.as ? authenticate(store, opts.as, secrets) : PUBLIC;
}

async function writer(store: Store, opts: GongoReadOptions, secrets: SecretSource): Promise<Actor> {
  if (store.readOnly) throw new CliFailure(store.readOnly);
  const actor = opts.as ? await authenticate(store, opts.as, secrets) : operator();
  if (actor.role !== 'editor' && actor.role !== 'admin')
    throw new CliFailure(`--as ${opts.as ?? ''}: only editors and admins write the register`);
  return actor;
}

/** The organisation an argument names, or a failure that lists the candidates. */
async function organizationOf(store: Store, written: string): Promise<number> {
  const r = await resolveOrganizationArg(store.db, written);
  if (r.kind === 'found') return r.organizationId;
  if (r.kind === 'none') throw new CliFailure(`${written}: no organisation of that name or id`);
  const names = await store.db
    .selectFrom('organizations')
    .select(['id', 'name'])
    .where('id', 'in', r.organizationIds)
    .execute();
  throw new CliFailure(
    [
      `${written}: stands for ${names.length} organisations (${r.matchedBy}); name one by id:`,
      ...names.map((n) => `  ${n.id}\t${n.name}`),
    ].join('\n'),
  );
}

async function writing<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof RegisterRefusal)
      throw new CliFailure(error.message, error.code === 'invalid' ? 2 : 1);
    throw error;
  }
}

const context = (store: Store): RegisterContext => ({ db: store.db, dialect: store.dialect });

function printProfile(ctx: CliContext, p: OrganizationProfile): void {
  const o = p.organization;
  ctx.out(`${o.name} (#${o.id})${o.country ? `, ${o.country}` : ''}`);
  const s = p.consultativeStatus;
  ctx.out(`  consultative status: ${s.status}${s.year ? ` (${s.year})` : ''}`);
  const aliases = [
    ...o.aliases.map((a) => `${a.name} [${a.reason}]`),
    ...p.names.map((n) => `${n.name} [${n.language}, ${n.kind}]`),
  ];
  if (aliases.length > 1) ctx.out(`  names: ${aliases.join('; ')}`);
  for (const a of p.ngoCommittee.applications)
    ctx.out(
      `  ${a.request}: deferred ${a.sessionsDeferred} session(s) ${a.firstDeferred} → ${a.lastDeferred}, ${a.status}`,
    );
  const c = p.classification;
  ctx.out(
    c
      ? `  classification: ${c.classification} (${c.setAt?.slice(0, 10)}; ${c.reason}; source ${c.source})`
      : '  classification: none set',
  );
  ctx.out(`  score: ${p.score.total} / ${p.score.max}`);
  for (const part of p.score.parts.filter((x) => x.evidence.length > 0))
    ctx.out(
      `    ${part.indicator}: ${part.points} of ${part.weight} (${part.basis}; evidence ${part.evidence.join(', ')})`,
    );
  for (const e of p.evidence.current)
    ctx.out(`  evidence #${e.id} ${e.indicator} (${e.sourceDate}) ${e.source}\n    “${e.passage}”`);
  if (p.evidence.retracted.length)
    ctx.out(`  retracted evidence: ${p.evidence.retracted.map((e) => `#${e.id}`).join(', ')}`);
}

export async function gongoShow(
  ctx: CliContext,
  org: string,
  opts: GongoReadOptions,
  secrets: SecretSource = stdinSecrets(),
): Promise<void> {
  await ctx.withStore(opts.db, async (store) => {
    const actor = await reader(store, opts, secrets);
    const id = await organizationOf(store, org);
    const profile = (await organizationProfile(store.db, id, actor.role))!;
    if (opts.json) return ctx.out(JSON.stringify({ role: actor.role, ...profile }));
    printProfile(ctx, profile);
  });
}

export async function gongoHistory(
  ctx: CliContext,
  org: string,
  opts: GongoReadOptions,
  secrets: SecretSource = stdinSecrets(),
): Promise<void> {
  await ctx.withStore(opts.db, async (store) => {
    const actor = await reader(store, opts, secrets);
    const id = await organizationOf(store, org);
    const rows = await store.db
      .selectFrom('gongoClassifications as c')
      .leftJoin('auditLog as a', 'a.seq', 'c.auditSeq')
      .selectAll('c')
      .select(['a.hash as auditHash'])
      .where('c.organizationId', '=', id)
      .orderBy('c.id', 'desc')
      .execute();
    const history = rows.map(({ auditHash, ...row }) => ({
      ...projectRecord(actor.role, CLASSIFICATION_ENTITY, row),
      auditHash,
    }));
    if (opts.json)
      return ctx.out(JSON.stringify({ role: actor.role, organizationId: id, history }));
    if (history.length === 0) return ctx.out(`#${id}: never classified`);
    for (const h of history)
      ctx.out(
        `audit #${h.auditSeq}\t${h.setAt}\t${h.previous ?? '(none)'} → ${h.classification}${h.revertsToAuditSeq ? ` (revert to #${h.revertsToAuditSeq})` : ''}${h.setBy ? `\t${h.setBy}` : ''}\n\t${h.reason}\n\t${h.source}`,
      );
  });
}

export async function gongoResolve(
  ctx: CliContext,
  name: string,
  opts: GongoReadOptions,
): Promise<void> {
  await ctx.withStore(opts.db, async (store) => {
    const r = await resolveOrganizationArg(store.db, name);
    if (opts.json) return ctx.out(JSON.stringify(r));
    if (r.kind === 'found') ctx.out(`${r.organizationId}\t(${r.matchedBy})`);
    else if (r.kind === 'ambiguous')
      ctx.out(`ambiguous (${r.matchedBy}): ${r.organizationIds.join(', ')}`);
    else throw new CliFailure(`${name}: no organisation of that name`);
  });
}

function pageNumber(
  value: string | undefined,
  option: string,
  fallback: number,
  max: number,
): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max)
    throw new CliFailure(
      `${option}: ${JSON.stringify(value)} is not a whole number from 1 to ${max}`,
      2,
    );
  return Number(value);
}

export async function gongoList(ctx: CliContext, opts: GongoListOptions): Promise<void> {
  const classification =
    opts.classification === undefined ? undefined : Classification.safeParse(opts.classification);
  if (classification && !classification.success)
    throw new CliFailure(
      `--classification: ${JSON.stringify(opts.classification)} is not independent, state-linked, gongo or unknown`,
      2,
    );
  let country: string | undefined;
  if (opts.country !== undefined) {
    const code = StateCode.safeParse(opts.country.toUpperCase());
    if (!code.success)
      throw new CliFailure(
        `--country: ${JSON.stringify(opts.country)} is not an ISO3 code (CHN)`,
        2,
      );
    country = code.data;
  }
  const page = pageNumber(opts.page, '--page', 1, 1_000_000);
  const pageSize = pageNumber(opts.pageSize, '--page-size', 50, 500);
  await ctx.withStore(opts.db, async (store) => {
    const list = await listOrganizations(store.db, {
      q: opts.q,
      country,
      classification: classification?.data,
      withEvidence: opts.withEvidence === true,
      page,
      pageSize,
    });
    if (opts.json) return ctx.out(JSON.stringify(list));
    ctx.out(`${list.total} organisation(s); page ${list.page}`);
    for (const i of list.items)
      ctx.out(
        `  ${i.id}\t${i.name}\t${i.classification ?? '-'}\t${i.evidenceCount ? `${i.evidenceCount} evidence, score ${i.score.total}` : ''}`,
      );
  });
}

export async function gongoSet(
  ctx: CliContext,
  org: string,
  opts: GongoSetOptions,
  secrets: SecretSource = stdinSecrets(),
): Promise<void> {
  await ctx.withStore(opts.db, async (store) => {
    const actor = await writer(store, opts, secrets);
    const id = await organizationOf(store, org);
    const seq = await writing(() =>
      setClassification(context(store), actor, id, {
        classification: opts.classification,
        reason: opts.reason,
        source: opts.source,
      }),
    );
    if (opts.json) return ctx.out(JSON.stringify({ organizationId: id, auditSeq: seq }));
    ctx.out(`#${id}: ${opts.classification} (audit entry ${seq})`);
  });
}

export async function gongoRevert(
  ctx: CliContext,
  org: string,
  opts: GongoRevertOptions,
  secrets: SecretSource = stdinSecrets(),
): Promise<void> {
  const to =
    opts.to === undefined ? undefined : pageNumber(opts.to, '--to', 1, Number.MAX_SAFE_INTEGER);
  await ctx.withStore(opts.db, async (store) => {
    const actor = await writer(store, opts, secrets);
    const id = await organizationOf(store, org);
    const seq = await writing(() => revertClassification(context(store), actor, id, to));
    const now = await store.db
      .selectFrom('gongoClassifications')
      .select('classification')
      .where('auditSeq', '=', seq)
      .executeTakeFirstOrThrow();
    if (opts.json)
      return ctx.out(
        JSON.stringify({ organizationId: id, auditSeq: seq, classification: now.classification }),
      );
    ctx.out(`#${id}: back to ${now.classification} (audit entry ${seq})`);
  });
}

export async function gongoEvidenceAdd(
  ctx: CliContext,
  org: string,
  opts: GongoEvidenceOptions,
  secrets: SecretSource = stdinSecrets(),
): Promise<void> {
  let share: number | null = null;
  if (opts.share !== undefined) {
    const parsed = parseShare(opts.share);
    if (parsed === undefined)
      throw new CliFailure(`--share: ${JSON.stringify(opts.share)} is not a share (0.8 or 80%)`, 2);
    share = parsed;
  }
  await ctx.withStore(opts.db, async (store) => {
    const actor = await writer(store, opts, secrets);
    const id = await organizationOf(store, org);
    const evidenceId = await writing(() =>
      addEvidence(context(store), actor, id, {
        indicator: opts.indicator,
        share,
        statement: opts.statement ?? opts.passage,
        source: opts.source,
        passage: opts.passage,
        sourceDate: opts.date,
      }),
    );
    if (opts.json) return ctx.out(JSON.stringify({ organizationId: id, evidenceId }));
    ctx.out(`#${id}: evidence ${evidenceId} recorded`);
  });
}

export async function gongoEvidenceRetract(
  ctx: CliContext,
  evidenceId: string,
  opts: GongoRetractOptions,
  secrets: SecretSource = stdinSecrets(),
): Promise<void> {
  const id = pageNumber(evidenceId, 'evidence id', 1, Number.MAX_SAFE_INTEGER);
  await ctx.withStore(opts.db, async (store) => {
    const actor = await writer(store, opts, secrets);
    await writing(() => retractEvidence(context(store), actor, id, opts.reason));
    if (opts.json) return ctx.out(JSON.stringify({ evidenceId: id, retracted: true }));
    ctx.out(`evidence ${id} retracted`);
  });
}

export async function gongoAliasAdd(
  ctx: CliContext,
  org: string,
  opts: GongoAliasOptions,
  secrets: SecretSource = stdinSecrets(),
): Promise<void> {
  await ctx.withStore(opts.db, async (store) => {
    const actor = await writer(store, opts, secrets);
    const id = await organizationOf(store, org);
    const nameId = await writing(() =>
      addName(context(store), actor, id, {
        name: opts.name,
        language: opts.language,
        kind: opts.abbreviation ? 'abbreviation' : 'alias',
        source: opts.source ?? null,
      }),
    );
    if (opts.json) return ctx.out(JSON.stringify({ organizationId: id, nameId }));
    ctx.out(`#${id}: name ${nameId} added`);
  });
}
