import { LoginRoleSchema } from '../../security/policies.js';
import { newToken, tokenDigest } from '../../security/tokens.js';
import type { Store } from '../open-store.js';
import type { User } from './users.js';

/** How long a session lasts from login: a working day. No sliding renewal (no write per request). */
export const SESSION_TTL_MS = 8 * 60 * 60 * 1000;

/**
 * Opens a session and returns its token (for the cookie). Only the token's SHA-256 is stored, so
 * a copy of the database opens no session. Expired sessions are cleared on the way.
 */
export async function createSession(
  store: Store,
  userId: number,
  now: Date,
  ttlMs: number = SESSION_TTL_MS,
): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + ttlMs);
  await store.db.deleteFrom('sessions').where('expiresAt', '<=', now.toISOString()).execute();
  await store.db
    .insertInto('sessions')
    .values({
      tokenHash: tokenDigest(token),
      userId,
      createdAt: now.toISOString(),
      expiresAt: expiresAt.toISOString(),
    })
    .execute();
  return { token, expiresAt };
}

/** The user of a live session, or null (unknown, expired, or the account was disabled). */
export async function userOfSession(store: Store, token: string, now: Date): Promise<User | null> {
  const row = await store.db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.userId')
    .select(['users.id', 'users.name', 'users.role', 'users.disabled', 'users.createdAt'])
    .where('sessions.tokenHash', '=', tokenDigest(token))
    .where('sessions.expiresAt', '>', now.toISOString())
    .executeTakeFirst();
  if (!row || row.disabled !== 0) return null;
  const role = LoginRoleSchema.safeParse(row.role);
  if (!role.success) return null;
  return { id: row.id, name: row.name, role: role.data, disabled: false, createdAt: row.createdAt };
}

export async function endSession(store: Store, token: string): Promise<void> {
  await store.db.deleteFrom('sessions').where('tokenHash', '=', tokenDigest(token)).execute();
}
