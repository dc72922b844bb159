import { z } from 'zod';
import {
  hashPassword,
  passwordProblem,
  verifyPassword,
  type ScryptParams,
} from '../../security/password.js';
import { LoginRoleSchema, type LoginRole } from '../../security/policies.js';
import type { Store } from '../open-store.js';
import { appendAudit, type Actor } from './audit-log.js';

/** A user as the rest of the application sees it: never the password hash. */
export interface User {
  id: number;
  name: string;
  role: LoginRole;
  disabled: boolean;
  createdAt: string;
}

/** Names people type: letters, digits, . _ - @, 1–64 characters. */
export const UserNameSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[\p{L}\p{N}._@-]+$/u, 'letters, digits, . _ - @ only');

export function nameKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

export class UserError extends Error {}

function toUser(row: {
  id: number;
  name: string;
  role: string;
  disabled: number;
  createdAt: string;
}): User {
  return {
    id: row.id,
    name: row.name,
    // a role edited in the database to something unknown logs in as nothing
    role: LoginRoleSchema.parse(row.role),
    disabled: row.disabled !== 0,
    createdAt: row.createdAt,
  };
}

export async function listUsers(store: Store): Promise<User[]> {
  const rows = await store.db
    .selectFrom('users')
    .select(['id', 'name', 'role', 'disabled', 'createdAt'])
    .orderBy('id')
    .execute();
  return rows.map(toUser);
}

export async function countAdmins(store: Store): Promise<number> {
  const row = await store.db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', 'admin')
    .where('disabled', '=', 0)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export interface NewUser {
  name: string;
  role: LoginRole;
  password: string;
}

export async function addUser(
  store: Store,
  actor: Actor,
  input: NewUser,
  options: { now?: () => Date; scrypt?: ScryptParams } = {},
): Promise<User> {
  const name = UserNameSchema.safeParse(input.name);
  if (!name.success)
    throw new UserError(
      `the user name ${JSON.stringify(input.name)} is not valid: letters, digits, . _ - @ only, at most 64`,
    );
  const role = LoginRoleSchema.safeParse(input.role);
  if (!role.success) throw new UserError(`no such role: ${input.role} (researcher, editor, admin)`);
  const problem = passwordProblem(input.password);
  if (problem) throw new UserError(problem);
  const passwordHash = await hashPassword(input.password, options.scrypt);
  const createdAt = (options.now?.() ?? new Date()).toISOString();
  return store.db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('users')
      .select('id')
      .where('nameKey', '=', nameKey(name.data))
      .executeTakeFirst();
    if (existing) throw new UserError(`a user named ${name.data} exists already`);
    const row = await trx
      .insertInto('users')
      .values({
        name: name.data,
        nameKey: nameKey(name.data),
        role: role.data,
        passwordHash,
        createdAt,
      })
      .returning(['id', 'name', 'role', 'disabled', 'createdAt'])
      .executeTakeFirstOrThrow();
    await appendAudit(
      { db: trx, dialect: store.dialect, ...(options.now ? { now: options.now } : {}) },
      {
        actor,
        action: 'create',
        entity: 'user',
        entityId: row.id,
        after: { name: row.name, role: row.role },
      },
    );
    return toUser(row);
  });
}

/**
 * The user a name and password log in as, or null. The hash is compared even for a name that
 * does not exist (against a decoy) by the caller, so both failures take as long.
 */
export async function findLogin(
  store: Store,
  name: string,
): Promise<{ user: User; passwordHash: string } | null> {
  const row = await store.db
    .selectFrom('users')
    .select(['id', 'name', 'role', 'disabled', 'createdAt', 'passwordHash'])
    .where('nameKey', '=', nameKey(name))
    .executeTakeFirst();
  if (!row) return null;
  const parsed = LoginRoleSchema.safeParse(row.role);
  if (!parsed.success) return null;
  return { user: toUser(row), passwordHash: row.passwordHash };
}

/** Changes a password after checking the current one; every session of the user ends. */
export async function changePassword(
  store: Store,
  actor: Actor & { userId: number },
  current: string,
  next: string,
  options: { now?: () => Date; scrypt?: ScryptParams } = {},
): Promise<'changed' | 'wrong-password'> {
  const problem = passwordProblem(next);
  if (problem) throw new UserError(problem);
  const row = await store.db
    .selectFrom('users')
    .select('passwordHash')
    .where('id', '=', actor.userId)
    .executeTakeFirst();
  if (!row || !(await verifyPassword(current, row.passwordHash))) return 'wrong-password';
  const passwordHash = await hashPassword(next, options.scrypt);
  await store.db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ passwordHash }).where('id', '=', actor.userId).execute();
    await trx.deleteFrom('sessions').where('userId', '=', actor.userId).execute();
    await appendAudit(
      { db: trx, dialect: store.dialect, ...(options.now ? { now: options.now } : {}) },
      // that it changed, never a hash of it
      { actor, action: 'update', entity: 'user', entityId: actor.userId, field: 'passwordHash' },
    );
  });
  return 'changed';
}

/** A newer hash of the same password (parameters raised since); no audit entry, nothing changed. */
export async function storeRehash(store: Store, userId: number, passwordHash: string) {
  await store.db.updateTable('users').set({ passwordHash }).where('id', '=', userId).execute();
}
