import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { decoyHash, hashPassword, needsRehash, verifyPassword } from '../../security/password.js';
import { projectRecord } from '../../security/policies.js';
import { csrfTokenFor } from '../../security/tokens.js';
import { recordAudit } from '../../store/security/audit-log.js';
import { createSession, endSession, SESSION_TTL_MS } from '../../store/security/sessions.js';
import {
  changePassword,
  findLogin,
  listUsers,
  storeRehash,
  UserError,
} from '../../store/security/users.js';
import { ApiError } from '../errors.js';
import { parseQuery } from '../query.js';
import { actorOf, isSecureFor } from './access.js';
import { clearSessionCookie, setSessionCookie } from './cookies.js';

const LoginBody = z.object({
  name: z.string().min(1).max(64),
  password: z.string().min(1).max(1024),
});

const PasswordBody = z.object({
  current: z.string().min(1).max(1024),
  next: z.string().min(1).max(1024),
});

function clientAddress(req: FastifyRequest): string {
  return req.ip || req.socket.remoteAddress || 'unknown';
}

function me(req: FastifyRequest) {
  const u = req.auth.user;
  return {
    user: u ? { name: u.name, role: u.role } : null,
    csrfToken: req.auth.token ? csrfTokenFor(req.auth.token) : null,
  };
}

/** Login, logout, who am I, change my password; the admin's user list. */
export function authRoutes(app: FastifyInstance): void {
  const ctx = app.security;
  const { store } = ctx;

  const tooMany = (retryAfter: number) =>
    new ApiError(429, 'too-many-requests', `too many failed logins; try again in ${retryAfter} s`);

  app.post('/api/v1/auth/login', async (req, reply) => {
    const body = parseQuery(LoginBody, req.body ?? {});
    const address = clientAddress(req);
    const verdict = ctx.throttle.check(address, body.name);
    if (!verdict.allowed) {
      reply.header('retry-after', String(verdict.retryAfter));
      throw tooMany(verdict.retryAfter);
    }
    const found = await findLogin(store, body.name);
    // the same work, and the same answer, whether the name exists or not
    const ok = await verifyPassword(
      body.password,
      found?.passwordHash ?? (await decoyHash(ctx.scrypt)),
    );
    if (!found || !ok || found.user.disabled) {
      const locked = ctx.throttle.failure(address, body.name);
      // the attempted name is kept only when it is an account's: a password typed into the name
      // field must not end up in the log
      if (found && store.readOnly === null)
        await recordAudit(
          { db: store.db, dialect: store.dialect, now: ctx.now },
          {
            actor: { name: found.user.name, role: found.user.role, userId: found.user.id },
            action: locked ? 'lockout' : 'login-failed',
            entity: 'user',
            entityId: found.user.id,
          },
        );
      throw new ApiError(401, 'invalid-login', 'the name or the password is wrong');
    }
    if (store.readOnly !== null)
      throw new ApiError(503, 'unavailable', 'the database is read-only: nobody can log in');
    ctx.throttle.success(body.name);
    if (needsRehash(found.passwordHash, ctx.scrypt))
      await storeRehash(store, found.user.id, await hashPassword(body.password, ctx.scrypt));
    const session = await createSession(store, found.user.id, ctx.now());
    await recordAudit(
      { db: store.db, dialect: store.dialect, now: ctx.now },
      {
        actor: { name: found.user.name, role: found.user.role, userId: found.user.id },
        action: 'login',
        entity: 'user',
        entityId: found.user.id,
      },
    );
    setSessionCookie(reply, session.token, SESSION_TTL_MS / 1000, isSecureFor(req, ctx));
    return {
      user: { name: found.user.name, role: found.user.role },
      csrfToken: csrfTokenFor(session.token),
    };
  });

  app.post('/api/v1/auth/logout', async (req, reply) => {
    if (req.auth.token) await endSession(store, req.auth.token);
    await recordAudit(
      { db: store.db, dialect: store.dialect, now: ctx.now },
      {
        actor: actorOf(req),
        action: 'logout',
        entity: 'user',
        entityId: req.auth.user?.id ?? null,
      },
    );
    clearSessionCookie(reply, isSecureFor(req, ctx));
    return { user: null, csrfToken: null };
  });

  app.get('/api/v1/auth/me', async (req, reply) => {
    // a per-user answer: never kept by a shared cache
    reply.header('cache-control', 'no-store');
    return me(req);
  });

  app.post('/api/v1/auth/password', async (req, reply) => {
    const body = parseQuery(PasswordBody, req.body ?? {});
    const user = req.auth.user!;
    const address = clientAddress(req);
    const verdict = ctx.throttle.check(address, user.name);
    if (!verdict.allowed) {
      reply.header('retry-after', String(verdict.retryAfter));
      throw tooMany(verdict.retryAfter);
    }
    let result: 'changed' | 'wrong-password';
    try {
      result = await changePassword(
        store,
        { name: user.name, role: user.role, userId: user.id },
        body.current,
        body.next,
        { now: ctx.now, ...(ctx.scrypt ? { scrypt: ctx.scrypt } : {}) },
      );
    } catch (error) {
      if (error instanceof UserError) throw new ApiError(400, 'bad-request', error.message);
      throw error;
    }
    if (result === 'wrong-password') {
      ctx.throttle.failure(address, user.name);
      throw new ApiError(403, 'wrong-password', 'the current password is wrong');
    }
    // every session ended with the change, this one too: log in again
    clearSessionCookie(reply, isSecureFor(req, ctx));
    return { changed: true };
  });

  app.get('/api/v1/admin/users', async (req, reply) => {
    reply.header('cache-control', 'no-store');
    const users = await listUsers(store);
    return { items: users.map((u) => projectRecord(req.auth.role, 'user', { ...u })) };
  });
}
