import { LOGIN_ROLES, ROLES, type Role } from './policies.js';

/*
 * Which role may call which API route: data beside the field policies, read by one onRequest hook
 * (src/server/auth/access-hook.ts). A route matched by no rule is refused with 403 for everyone,
 * and the role × route matrix test fails until the route is listed here: a new route is closed
 * until someone says who may use it.
 */

export interface RouteRule {
  /** an exact route pattern as registered ('/api/v1/auth/me'), or a prefix ending in '/*' */
  route: string;
  /** HEAD follows GET */
  methods: readonly ('GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE')[];
  roles: readonly Role[];
  /**
   * 'read' changes nothing (a POST that only carries a long list of ids is a read);
   * 'write' changes something and needs the session's CSRF token in the x-csrf-token header;
   * 'login' creates the session (no token exists yet; the cookie is SameSite=Strict and the body
   * must be JSON, which a cross-site form cannot send).
   */
  kind: 'read' | 'write' | 'login';
  /**
   * The answer is the same whoever asks (the public record). Only such routes may be computed in a
   * figure worker, which sees no cookie, or kept in the figure cache; a rule without it is bound to
   * the session, the safe default for a new route whose answer may depend on the role.
   */
  sameForEveryone?: true;
}

const EVERYONE: readonly Role[] = ROLES;
const LOGGED_IN: readonly Role[] = LOGIN_ROLES;
const EDITORS: readonly Role[] = ['editor', 'admin'];

export const ROUTE_RULES: readonly RouteRule[] = [
  // the public record: every figure is public; POST forms carry lists of ids and change nothing
  {
    route: '/api/v1/openapi.json',
    methods: ['GET'],
    roles: EVERYONE,
    kind: 'read',
    sameForEveryone: true,
  },
  { route: '/api/v1/meta', methods: ['GET'], roles: EVERYONE, kind: 'read', sameForEveryone: true },
  {
    route: '/api/v1/states',
    methods: ['GET'],
    roles: EVERYONE,
    kind: 'read',
    sameForEveryone: true,
  },
  {
    route: '/api/v1/sources/:id',
    methods: ['GET'],
    roles: EVERYONE,
    kind: 'read',
    sameForEveryone: true,
  },
  {
    route: '/api/v1/ngo-committee/*',
    methods: ['GET', 'POST'],
    roles: EVERYONE,
    kind: 'read',
    sameForEveryone: true,
  },
  {
    route: '/api/v1/votes/*',
    methods: ['GET', 'POST'],
    roles: EVERYONE,
    kind: 'read',
    sameForEveryone: true,
  },
  // Council participation (docs/participation.md): public figures, the same for everyone
  {
    route: '/api/v1/participation/*',
    methods: ['GET', 'POST'],
    roles: EVERYONE,
    kind: 'read',
    sameForEveryone: true,
  },
  {
    route: '/api/v1/upr/*',
    methods: ['GET', 'POST'],
    roles: EVERYONE,
    kind: 'read',
    sameForEveryone: true,
  },
  // a State across the mechanisms and its annual report: public figures only (reprisals counts
  // as the public sees them), so the same for everyone
  ...['/api/v1/states/:state/profile', '/api/v1/report'].map((route): RouteRule => ({
    route,
    methods: ['GET'],
    roles: EVERYONE,
    kind: 'read',
    sameForEveryone: true,
  })),
  // the reprisals registry: open to everyone, but each role sees its own projection of the
  // records and its own figures (small cells hidden below editors), so never sameForEveryone.
  // Exact routes, no prefix: a later route under /reprisals (an export, a write) stays closed
  // until its own rule says who may call it.
  ...['/api/v1/reprisals/cases', '/api/v1/reprisals/cases/:caseId', '/api/v1/reprisals/stats'].map(
    (route): RouteRule => ({ route, methods: ['GET'], roles: EVERYONE, kind: 'read' }),
  ),
  // its downloads (the role's columns only; figures with small cells hidden below editors)
  ...[
    '/api/v1/reprisals/cases.csv',
    '/api/v1/reprisals/cases.json',
    '/api/v1/reprisals/stats.csv',
  ].map((route): RouteRule => ({ route, methods: ['GET'], roles: EVERYONE, kind: 'read' })),
  // the registry's editors (src/server/routes/reprisals-editor.ts): editors and admins only;
  // every change needs the CSRF token and the version the editor read
  ...[
    '/api/v1/reprisals/drafts',
    '/api/v1/reprisals/cases/:caseId/edit',
    '/api/v1/reprisals/links',
  ].map((route): RouteRule => ({ route, methods: ['GET'], roles: EDITORS, kind: 'read' })),
  { route: '/api/v1/reprisals/cases/:caseId', methods: ['PATCH'], roles: EDITORS, kind: 'write' },
  ...[
    '/api/v1/reprisals/cases/:caseId/confirm',
    '/api/v1/reprisals/cases/:caseId/communications',
    '/api/v1/reprisals/cases/:caseId/communications/unlink',
    '/api/v1/reprisals/links/:id/attach',
  ].map((route): RouteRule => ({ route, methods: ['POST'], roles: EDITORS, kind: 'write' })),
  // the organisation registry and GONGO register (src/server/routes/organizations.ts): read by
  // everyone, but who wrote an editorial record is for logged-in roles (field policies), so the
  // answers are session-bound; writes are for editors and admins, with the CSRF token
  ...[
    '/api/v1/organizations',
    '/api/v1/organizations/resolve',
    '/api/v1/organizations/:id',
    '/api/v1/organizations/:id/classification/history',
  ].map((route): RouteRule => ({ route, methods: ['GET'], roles: EVERYONE, kind: 'read' })),
  ...[
    '/api/v1/organizations/:id/classification',
    '/api/v1/organizations/:id/classification/revert',
    '/api/v1/organizations/:id/evidence',
    '/api/v1/organizations/:id/evidence/:evidenceId/retract',
    '/api/v1/organizations/:id/names',
  ].map((route): RouteRule => ({ route, methods: ['POST'], roles: EDITORS, kind: 'write' })),
  // the session
  { route: '/api/v1/auth/login', methods: ['POST'], roles: EVERYONE, kind: 'login' },
  { route: '/api/v1/auth/logout', methods: ['POST'], roles: LOGGED_IN, kind: 'write' },
  { route: '/api/v1/auth/me', methods: ['GET'], roles: EVERYONE, kind: 'read' },
  { route: '/api/v1/auth/password', methods: ['POST'], roles: LOGGED_IN, kind: 'write' },
  // administration
  { route: '/api/v1/admin/users', methods: ['GET'], roles: ['admin'], kind: 'read' },
];

/** The rule of a registered route (its pattern, not the URL), or undefined: refused. */
export function ruleFor(
  method: string,
  routePattern: string,
  extra: readonly RouteRule[] = [],
): RouteRule | undefined {
  const m = method === 'HEAD' ? 'GET' : method;
  const rules = extra.length > 0 ? [...ROUTE_RULES, ...extra] : ROUTE_RULES;
  const exact = rules.find(
    (r) => r.route === routePattern && (r.methods as readonly string[]).includes(m),
  );
  if (exact) return exact;
  return rules.find(
    (r) =>
      r.route.endsWith('/*') &&
      routePattern.startsWith(r.route.slice(0, -1)) &&
      (r.methods as readonly string[]).includes(m),
  );
}

/**
 * Whether a route's answer may depend on the session (anything but a read open to everyone and
 * marked the same for everyone): such a route runs on the server's main thread, where the cookie
 * is read, never in a figure worker (src/server/limits.ts), which sees no cookie, and its answers
 * are never cached (src/server/figure-cache.ts). A route without a rule counts as bound too.
 */
export function sessionBound(routePattern: string): boolean {
  const matching = ROUTE_RULES.filter(
    (r) =>
      r.route === routePattern ||
      (r.route.endsWith('/*') && routePattern.startsWith(r.route.slice(0, -1))),
  );
  return (
    matching.length === 0 ||
    matching.some(
      (r) => !(r.sameForEveryone === true && r.kind === 'read' && r.roles.length === ROLES.length),
    )
  );
}
