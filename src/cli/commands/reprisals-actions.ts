import { userInfo } from 'node:os';
import type { ReprisalCase } from '../../domain/reprisals.js';
import {
  casesSeenBy,
  ConfidentialKeysMissing,
  readsConfidential,
  reprisalFigures,
} from '../../analysis/reprisals/views.js';
import { StateCode } from '../../domain/ngo-committee.js';
import type { KeyRing } from '../../security/field-crypto.js';
import { KeyRingError, loadKeys } from '../../security/keyring.js';
import { verifyPassword } from '../../security/password.js';
import type { Role } from '../../security/policies.js';
import type { Store } from '../../store/open-store.js';
import { loadCases } from '../../store/reprisals/cases.js';
import type { RegistryDiff } from '../../sources/reprisals/registry-diff.js';
import { REPRISAL_CASE_CONFIDENTIALITY } from '../../domain/reprisals-fields.js';
import type { Actor } from '../../store/security/audit-log.js';
import { findLogin } from '../../store/security/users.js';
import { CliFailure, type CliContext } from '../context.js';
import { failureLine, printReports } from './import.js';
import type { ImportReprisalsOptions, ReadOptions } from './reprisals.js';
import { stdinSecrets, type SecretSource } from './security-actions.js';

/*
 * What `reprisals cases|stats` and `import reprisals` do. From the command line the caller is the
 * public unless --as names an account (proved by its password, as `user add --as` does); what is
 * printed is projected through the policies for that role, and confidential fields are read from
 * the vault (each read audited) only for a role cleared for them.
 */

export const PUBLIC: Actor = { name: 'public', role: 'public' };

function keys(keyFile: string | undefined): KeyRing | null {
  try {
    return loadKeys(keyFile)?.ring ?? null;
  } catch (error) {
    if (error instanceof KeyRingError) throw new CliFailure(error.message);
    throw error;
  }
}

/** The account named by --as, proved by its password; the same refusal for every failure. */
export async function authenticate(
  store: Store,
  name: string,
  secrets: SecretSource,
): Promise<Actor> {
  const login = await findLogin(store, name);
  const password = await secrets(`password of ${name}: `);
  const ok = await verifyPassword(password, login?.passwordHash ?? 'none');
  if (!login || !ok || login.user.disabled)
    throw new CliFailure(`--as ${name}: no such account, or the password is wrong`);
  return { name: login.user.name, role: login.user.role as Role, userId: login.user.id };
}

export function countryOf(opts: { country: string }): string {
  const code = StateCode.safeParse(opts.country.toUpperCase());
  if (!code.success)
    throw new CliFailure(`--country: ${JSON.stringify(opts.country)} is not an ISO3 code (CHN)`, 2);
  return code.data;
}

/** The country's cases as `actor` may see them (src/analysis/reprisals/views.ts). */
export async function casesFor(
  store: Store,
  actor: Actor,
  country: string,
  keyFile: string | undefined,
): Promise<Partial<ReprisalCase>[]> {
  const ring = readsConfidential(actor.role) ? keys(keyFile) : null;
  try {
    return (await casesSeenBy(store, ring, actor, { country })).shown;
  } catch (error) {
    if (error instanceof ConfidentialKeysMissing)
      throw new CliFailure(
        'confidential fields need the key file: --key-file FILE or $GROUNDPASS_KEY_FILE',
      );
    throw error;
  }
}

export async function reprisalCases(
  ctx: CliContext,
  opts: ReadOptions,
  secrets: SecretSource = stdinSecrets(),
): Promise<void> {
  const country = countryOf(opts);
  await ctx.withStore(opts.db, async (store) => {
    const actor = opts.as ? await authenticate(store, opts.as, secrets) : PUBLIC;
    const shown = await casesFor(store, actor, country, opts.keyFile);
    if (opts.json) return ctx.out(JSON.stringify({ role: actor.role, country, items: shown }));
    if (shown.length === 0) return ctx.out(`no reprisal cases stored for ${country}`);
    for (const c of shown)
      ctx.out(
        [c.caseId, c.reportYear, c.pseudonym, c.recordType, c.status, c.review]
          .map((v) => v ?? '')
          .join('\t'),
      );
  });
}

export async function reprisalStats(
  ctx: CliContext,
  opts: ReadOptions,
  secrets: SecretSource = stdinSecrets(),
): Promise<void> {
  const country = countryOf(opts);
  await ctx.withStore(opts.db, async (store) => {
    const actor = opts.as ? await authenticate(store, opts.as, secrets) : PUBLIC;
    // figures use public fields only: no vault read is needed (nor audited) for them
    const figures = reprisalFigures(await loadCases(store.db, { country }), actor.role);
    if (opts.json) return ctx.out(JSON.stringify({ role: actor.role, country, ...figures }));
    ctx.out(`${country}: reprisal cases by report year (${figures.audience})`);
    for (const cell of figures.byYear.cells)
      ctx.out(
        `  ${cell.key.year}\t${cell.value.kind === 'count' ? cell.value.count : cell.value.label}`,
      );
    const t = figures.byYear.total;
    ctx.out(`  total\t${t.kind === 'count' ? t.count : t.label}`);
  });
}

function operator(): Actor {
  let who = 'unknown';
  try {
    who = userInfo().username;
  } catch {
    // no passwd entry (a container): the log still says it was the command line
  }
  return { name: `cli:${who}`, role: 'admin' };
}

function printDiff(ctx: CliContext, file: string, diff: RegistryDiff): void {
  ctx.err(
    `${file}: ${diff.added.length} case(s) added, ${diff.changed.length} field(s) changed, ${diff.unchanged} unchanged, ${diff.removed.length} not in the file (left as they are)`,
  );
  for (const a of diff.added) ctx.err(`  + ${a.caseId} (line ${a.line})`);
  for (const c of diff.changed) {
    // the operator may read them, but a terminal's scrollback is no place for a name
    const shown =
      REPRISAL_CASE_CONFIDENTIALITY[c.field] === 'confidential'
        ? '(confidential value changed)'
        : `${JSON.stringify(c.before)} → ${JSON.stringify(c.after)}`;
    ctx.err(`  ~ ${c.caseId} ${c.field}: ${shown}`);
  }
}

export async function importReprisals(
  ctx: CliContext,
  paths: string[],
  opts: ImportReprisalsOptions,
  secrets: SecretSource = stdinSecrets(),
): Promise<void> {
  const ring = keys(opts.keyFile);
  const [{ importUserPaths, readOnlyRefusal }, { reprisalsImporter }] = await Promise.all([
    import('../../store/import-runner.js'),
    import('../../store/reprisals/import-files.js'),
  ]);
  const reports = await ctx.withStore(opts.db, async (store) => {
    const refusal = readOnlyRefusal(store);
    if (refusal) throw new CliFailure(refusal);
    const actor = opts.as ? await authenticate(store, opts.as, secrets) : operator();
    if (actor.role !== 'editor' && actor.role !== 'admin')
      throw new CliFailure(`--as ${opts.as ?? ''}: only editors and admins write the registry`);
    return importUserPaths(
      store,
      paths,
      reprisalsImporter({
        actor,
        ring,
        apply: opts.apply === true,
        onDiff: (file, diff) => printDiff(ctx, file, diff),
      }),
    );
  });
  printReports(ctx, reports, opts.json === true);
  const rejected = reports.filter((r) => r.status === 'rejected');
  if (rejected.length > 0) throw new CliFailure(rejected.map(failureLine).join('\n'));
}
