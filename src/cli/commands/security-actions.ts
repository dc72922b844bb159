import { userInfo } from 'node:os';
import { createInterface } from 'node:readline';
import { newDataKey, type DataKey } from '../../security/field-crypto.js';
import {
  createKeyFile,
  KeyRingError,
  loadKeys,
  readKeyFile,
  writeKeyFile,
} from '../../security/keyring.js';
import { verifyPassword } from '../../security/password.js';
import { LoginRoleSchema } from '../../security/policies.js';
import { verifyAuditLog, type Actor } from '../../store/security/audit-log.js';
import { keysInUse, rotateKeys } from '../../store/security/keys.js';
import {
  addUser,
  countAdmins,
  findLogin,
  listUsers,
  UserError,
} from '../../store/security/users.js';
import { CliFailure, type CliContext } from '../context.js';

/** Where passwords come from: never argv. */
export type SecretSource = (prompt: string) => Promise<string>;

/**
 * Lines of standard input when it is a pipe (`printf 'pw\n' | groundpass user add …`), or a
 * prompt that does not echo when it is a terminal.
 */
export function stdinSecrets(): SecretSource {
  if (!process.stdin.isTTY) {
    let lines: Promise<string[]> | undefined;
    let next = 0;
    return async () => {
      lines ??= (async () => {
        const chunks: Buffer[] = [];
        for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
        return Buffer.concat(chunks).toString('utf8').split(/\r?\n/);
      })();
      const all = await lines;
      return all[next++] ?? '';
    };
  }
  return (prompt) =>
    new Promise((resolve) => {
      const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
      // the typed characters are not echoed: only the prompt is written
      (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
        if (s.includes(prompt)) process.stderr.write(prompt);
      };
      rl.question(prompt, (answer) => {
        rl.close();
        process.stderr.write('\n');
        resolve(answer);
      });
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

/**
 * The first account must be an admin, and may be added by whoever runs the command line (the
 * machine's operator, bootstrapping). Every later account is added by an existing admin, named
 * with --as and proved by their password, so the audit log names a real person.
 */
export async function userAdd(
  ctx: CliContext,
  name: string,
  opts: { role: string; as?: string; db?: string },
  secrets: SecretSource = stdinSecrets(),
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  const role = LoginRoleSchema.safeParse(opts.role);
  if (!role.success)
    throw new CliFailure(
      `--role: no such role ${JSON.stringify(opts.role)} (researcher, editor, admin)`,
      2,
    );
  await ctx.withStore(opts.db, async (store) => {
    const admins = await countAdmins(store);
    let actor: Actor;
    if (admins === 0) {
      if (role.data !== 'admin')
        throw new CliFailure(
          'there is no admin yet: add one first (groundpass user add NAME --role admin)',
        );
      actor = operator();
    } else {
      if (!opts.as)
        throw new CliFailure(
          'an admin exists already: name the admin adding this account with --as ADMIN (their password is asked first)',
          2,
        );
      const admin = await findLogin(store, opts.as);
      const password = await secrets(`password of ${opts.as}: `);
      const ok = await verifyPassword(password, admin?.passwordHash ?? 'none');
      if (!admin || !ok || admin.user.role !== 'admin' || admin.user.disabled)
        throw new CliFailure(`--as ${opts.as}: not an admin, or the password is wrong`);
      actor = { name: admin.user.name, role: 'admin', userId: admin.user.id };
    }
    // a container's first admin may get the password from the environment, never a later one
    const fromEnv = admins === 0 ? env.GROUNDPASS_BOOTSTRAP_PASSWORD : undefined;
    const password = fromEnv ?? (await secrets(`password for ${name}: `));
    try {
      const user = await addUser(store, actor, { name, role: role.data, password });
      ctx.out(`added ${user.name} (${user.role})`);
    } catch (error) {
      if (error instanceof UserError) throw new CliFailure(error.message);
      throw error;
    }
  });
}

export async function userList(ctx: CliContext, opts: { db?: string; json?: boolean }) {
  await ctx.withStore(opts.db, async (store) => {
    const users = await listUsers(store);
    if (opts.json) return ctx.out(JSON.stringify({ items: users }));
    if (users.length === 0)
      return ctx.out('no accounts yet (groundpass user add NAME --role admin)');
    for (const u of users)
      ctx.out(`${u.name}\t${u.role}${u.disabled ? '\tdisabled' : ''}\t${u.createdAt}`);
  });
}

function keyFileOf(opts: { keyFile?: string }): string {
  const file = opts.keyFile ?? process.env.GROUNDPASS_KEY_FILE;
  if (!file) throw new CliFailure('name the key file: --key-file FILE or $GROUNDPASS_KEY_FILE', 2);
  return file;
}

export async function keysInit(ctx: CliContext, opts: { keyFile?: string }) {
  const file = keyFileOf(opts);
  try {
    const ring = createKeyFile(file, new Date().toISOString());
    ctx.out(
      `created ${file} with key ${ring.active}; keep it outside the database's folder and its backups`,
    );
  } catch (error) {
    if (error instanceof KeyRingError) throw new CliFailure(error.message);
    throw error;
  }
}

/**
 * Adds a new key to the key file first (so no value can end up under a key nobody has), then
 * re-encrypts every value in one transaction, then drops the keys no value uses any more.
 */
export async function keysRotate(
  ctx: CliContext,
  opts: { keyFile?: string; db?: string; keepOld?: boolean; json?: boolean },
) {
  const file = keyFileOf(opts);
  let oldRing;
  try {
    oldRing = readKeyFile(file);
  } catch (error) {
    if (error instanceof KeyRingError) throw new CliFailure(error.message);
    throw error;
  }
  await ctx.withStore(opts.db, async (store) => {
    const now = () => new Date();
    const newKey = newDataKey(now().toISOString());
    writeKeyFile(file, {
      active: newKey.id,
      keys: new Map([...oldRing.keys, [newKey.id, newKey]]),
    });
    const result = await rotateKeys(store, operator(), oldRing, newKey, now);
    let dropped: string[] = [];
    if (!opts.keepOld) {
      const used = await keysInUse(store);
      const all: [string, DataKey][] = [...oldRing.keys, [newKey.id, newKey]];
      const keep = new Map(all.filter(([id]) => id === newKey.id || used.has(id)));
      dropped = [...oldRing.keys.keys()].filter((id) => !keep.has(id));
      writeKeyFile(file, { active: newKey.id, keys: keep });
    }
    if (opts.json) return ctx.out(JSON.stringify({ ...result, dropped }));
    ctx.out(
      `new key ${result.newKeyId}: re-encrypted ${result.reencrypted.confidentialValues} confidential values and ${result.reencrypted.auditLog} audit entries; ${dropped.length > 0 ? `removed ${dropped.join(', ')} from ${file}` : 'old keys kept in the key file'}`,
    );
  });
}

export async function auditVerify(
  ctx: CliContext,
  opts: { db?: string; keyFile?: string; expectHead?: string; json?: boolean },
) {
  let ring = null;
  try {
    ring = loadKeys(opts.keyFile)?.ring ?? null;
  } catch (error) {
    if (error instanceof KeyRingError) throw new CliFailure(error.message);
    throw error;
  }
  await ctx.withStore(opts.db, async (store) => {
    const verdict = await verifyAuditLog(
      { db: store.db, dialect: store.dialect, ring },
      opts.expectHead ? { expectHead: opts.expectHead } : {},
    );
    if (opts.json) ctx.out(JSON.stringify({ ok: verdict.problems.length === 0, ...verdict }));
    else {
      for (const p of verdict.problems) ctx.err(`entry ${p.seq}: ${p.problem}: ${p.message}`);
      ctx.out(
        `${verdict.problems.length === 0 ? 'intact' : `${verdict.problems.length} problem(s)`}: ${verdict.entries} entries, head ${verdict.head}${ring ? `, ${verdict.sealedChecked} sealed values checked` : ' (sealed values not checked: no key file)'}`,
      );
    }
    if (verdict.problems.length > 0) throw new CliFailure('the audit log was tampered with', 1);
  });
}
