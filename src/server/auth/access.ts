import type { FastifyInstance, FastifyReply, FastifyRequest, preHandlerHookHandler } from 'fastify';
import type { KeyRing } from '../../security/field-crypto.js';
import { LoginThrottle } from '../../security/login-throttle.js';
import type { ScryptParams } from '../../security/password.js';
import type { Role } from '../../security/policies.js';
import { ruleFor, type RouteRule } from '../../security/route-access.js';
import { csrfTokenFor, sameSecret } from '../../security/tokens.js';
import type { Actor } from '../../store/security/audit-log.js';
import { userOfSession } from '../../store/security/sessions.js';
import type { User } from '../../store/security/users.js';
import type { Store } from '../../store/open-store.js';
import { errorBody } from '../errors.js';
import { sessionBoundRoute } from '../figure-cache.js';
import { isSecure, readSessionCookie } from './cookies.js';

/*
 * One onRequest hook decides every API request: the route's rule (src/security/route-access.ts)
 * names the roles that may call it and whether it writes; the session cookie names the role. A
 * route without a rule is refused. Writes need the session's CSRF token in x-csrf-token.
 */

export interface RequestAuth {
  user: User | null;
  role: Role;
  /** the session's token (from the HttpOnly cookie), to derive its CSRF token or end it */
  token: string | null;
}

export interface SecurityOptions {
  /** data keys; without them confidential values can be neither written nor read */
  ring?: KeyRing | null;
  /** the clock (tests move it); default the system's */
  now?: () => Date;
  /** scrypt parameters for new hashes (tests use cheaper ones); default DEFAULT_SCRYPT */
  scrypt?: ScryptParams;
  /** Secure cookies: 'auto' (default) when the request came over HTTPS */
  secureCookies?: boolean | 'auto';
  throttle?: LoginThrottle;
  /** rules for routes a test registers on the app itself (production routes are in the table) */
  extraRules?: readonly RouteRule[];
}

/** What the auth routes and later modules' routes share, built once per app. */
export interface SecurityContext {
  store: Store;
  ring: KeyRing | null;
  now: () => Date;
  scrypt: ScryptParams | undefined;
  secureCookies: boolean | 'auto';
  throttle: LoginThrottle;
  /** every route registered after installAccess, for the role × route matrix test */
  routes: { method: string; url: string }[];
}

declare module 'fastify' {
  interface FastifyRequest {
    auth: RequestAuth;
  }
  interface FastifyInstance {
    security: SecurityContext;
  }
}

export const CSRF_HEADER = 'x-csrf-token';

/** The person behind a request, for the audit log. */
export function actorOf(req: FastifyRequest): Actor {
  const u = req.auth.user;
  return u ? { name: u.name, role: u.role, userId: u.id } : { name: '(public)', role: 'public' };
}

function deny(reply: FastifyReply, role: Role, what: string) {
  return role === 'public'
    ? reply.status(401).send(errorBody('unauthorized', `log in to ${what}`))
    : reply.status(403).send(errorBody('forbidden', `your role (${role}) may not ${what}`));
}

function csrfOk(req: FastifyRequest): boolean {
  const sent = req.headers[CSRF_HEADER];
  return (
    req.auth.token !== null &&
    typeof sent === 'string' &&
    sameSecret(sent, csrfTokenFor(req.auth.token))
  );
}

/** Installs the session lookup and the route rules; call before any route is registered. */
export function installAccess(
  app: FastifyInstance,
  store: Store,
  options: SecurityOptions = {},
): SecurityContext {
  const now = options.now ?? (() => new Date());
  const ctx: SecurityContext = {
    store,
    ring: options.ring ?? null,
    now,
    scrypt: options.scrypt,
    secureCookies: options.secureCookies ?? 'auto',
    throttle: options.throttle ?? new LoginThrottle({ now: () => now().getTime() }),
    routes: [],
  };
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) ctx.routes.push({ method, url: route.url });
  });
  app.decorate('security', ctx);
  app.decorateRequest('auth', null as unknown as RequestAuth);

  app.addHook('onRequest', async (req, reply) => {
    req.auth = { user: null, role: 'public', token: null };
    const pattern = req.routeOptions.url;
    // not an API route: the built web app's files (public) or a 404
    if (pattern === undefined || !pattern.startsWith('/api/')) return;
    const rule = ruleFor(req.method, pattern, options.extraRules);
    if (!rule)
      return reply
        .status(403)
        .send(
          errorBody(
            'forbidden',
            'this endpoint has no access rule yet, so nobody may call it (src/security/route-access.ts)',
          ),
        );
    const token = readSessionCookie(req, isSecureFor(req, ctx));
    // A read open to everyone whose answer is the same for everyone (a public figure, maybe from
    // the figure cache) needs no session: who asks changes neither whether nor what it answers,
    // so a logged-in browser's requests for figures cost no session query.
    if (token && !(rule.kind === 'read' && !sessionBoundRoute(pattern))) {
      const user = await userOfSession(store, token, now());
      if (user) req.auth = { user, role: user.role, token };
    }
    if (!rule.roles.includes(req.auth.role))
      return deny(reply, req.auth.role, 'call this endpoint');
    if (rule.kind === 'write' && !csrfOk(req))
      return reply
        .status(403)
        .send(
          errorBody(
            'csrf',
            `a change needs the session's token in the ${CSRF_HEADER} header (from /api/v1/auth/me)`,
          ),
        );
  });
  return ctx;
}

export function isSecureFor(req: FastifyRequest, ctx: SecurityContext): boolean {
  return isSecure(req, ctx.secureCookies);
}

/**
 * A route-level check on top of the table, for a module that wants it stated beside the route
 * too (the table is still the authority: a route the table refuses never gets here).
 */
export function requireRole(...roles: readonly Role[]): preHandlerHookHandler {
  return async (req, reply) => {
    if (!roles.includes(req.auth.role)) return deny(reply, req.auth.role, 'call this endpoint');
  };
}

/** The CSRF check as a route-level hook (the table applies it to every 'write' rule already). */
export const requireCsrf: preHandlerHookHandler = async (req, reply) => {
  if (!csrfOk(req))
    return reply
      .status(403)
      .send(errorBody('csrf', `a change needs the session's token in the ${CSRF_HEADER} header`));
};

/** The rule of a route pattern whatever its method, for callers that only have the pattern. */
export function anyRuleFor(pattern: string): RouteRule | undefined {
  return ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']
    .map((m) => ruleFor(m, pattern))
    .find((r) => r !== undefined);
}
