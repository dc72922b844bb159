import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORE_KINDS } from '../../../test/stores.js';
import { skipName } from '../../../test/skip.js';
import { ROLES, type Role } from '../../security/policies.js';
import { ROUTE_RULES, ruleFor, sessionBound } from '../../security/route-access.js';
import type { Store } from '../../store/open-store.js';
import { PASSWORDS, testApp, type TestApp } from './test-app.js';

/*
 * The role × route matrix (issue 12): every route the app registers, called as every role. The
 * matrix is built from the registered routes and the rules in src/security/route-access.ts, so a
 * new route joins it without editing this file, and a route without a rule fails it.
 */

/** A concrete URL for a route pattern. */
function urlFor(pattern: string): string {
  return pattern.replace(/:(\w+)/g, (_, name: string) =>
    name === 'id' ? '1' : name === 'state' || name === 'sur' ? 'CHN' : 'x',
  );
}

/** Query strings for routes that need one to answer 2xx (the URL of the matrix is urlFor + this). */
const QUERIES: Record<string, string> = {
  'GET /api/v1/reprisals/cases': '?country=CHN',
  'GET /api/v1/reprisals/stats': '?country=CHN',
};

/** Bodies for routes that take one; a route not listed gets an empty JSON object. */
const BODIES: Record<string, unknown> = {
  'POST /api/v1/auth/login': { name: 'researcher', password: PASSWORDS.researcher },
  'POST /api/v1/auth/password': 'own',
  'POST /api/v1/ngo-committee/events/list': { ids: [1] },
  'POST /api/v1/upr/recommendations': { ids: [1] },
  'POST /api/v1/votes/texts': { ids: [1] },
};

/** Routes this file knows answer 2xx to an allowed caller even on an empty database. */
const MUST_SUCCEED = new Set([
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/logout',
  'GET /api/v1/auth/me',
  'POST /api/v1/auth/password',
  'GET /api/v1/admin/users',
  'GET /api/v1/meta',
  'GET /api/v1/states',
  'GET /api/v1/openapi.json',
  'GET /api/v1/reprisals/cases',
  'GET /api/v1/reprisals/stats',
  'GET /api/v1/reprisals/drafts',
  'GET /api/v1/reprisals/links',
]);

for (const kind of STORE_KINDS) {
  describe.skipIf(kind.skip)(skipName(`role × route matrix (${kind.name})`, kind.skip), () => {
    let store: Store;
    let t: TestApp;
    beforeAll(async () => {
      store = await kind.open();
      t = await testApp(store);
    });
    afterAll(async () => {
      await t.app.close();
      await store.close();
    });

    const apiRoutes = () =>
      t.app.security.routes.filter((r) => r.url.startsWith('/api/') && r.method !== 'HEAD');

    it('every registered API route has a rule, and every rule matches a registered route', () => {
      const routes = apiRoutes();
      expect(routes.length).toBeGreaterThan(40);
      expect(
        routes.filter((r) => !ruleFor(r.method, r.url)).map((r) => `${r.method} ${r.url}`),
      ).toEqual([]);
      const stale = ROUTE_RULES.filter(
        (rule) =>
          !routes.some(
            (r) =>
              (rule.route === r.url ||
                (rule.route.endsWith('/*') && r.url.startsWith(rule.route.slice(0, -1)))) &&
              (rule.methods as readonly string[]).includes(r.method),
          ),
      );
      expect(stale.map((r) => r.route)).toEqual([]);
    });

    it('only reads open to everyone and marked the same for everyone leave the main thread or get cached', async () => {
      for (const route of apiRoutes()) {
        const rule = ruleFor(route.method, route.url)!;
        const shared =
          rule.sameForEveryone === true &&
          rule.kind === 'read' &&
          rule.roles.length === ROLES.length;
        expect(sessionBound(route.url), route.url).toBe(!shared);
      }
      expect(sessionBound('/api/v1/auth/me')).toBe(true);
      expect(sessionBound('/api/v1/upr/stats')).toBe(false);
      // the reprisals registry answers each role differently: never cached, never in a worker
      for (const r of [
        '/api/v1/reprisals/cases',
        '/api/v1/reprisals/cases/:caseId',
        '/api/v1/reprisals/stats',
      ])
        expect(sessionBound(r), r).toBe(true);
      expect(sessionBound('/api/v1/a-route-nobody-listed')).toBe(true);
      // /me is never served from a cache to the next caller
      const editor = await t.login('editor');
      for (const cookie of [editor.cookie, undefined, editor.cookie]) {
        const res = await t.app.inject({
          method: 'GET',
          url: '/api/v1/auth/me',
          headers: cookie ? { cookie } : {},
        });
        expect(res.json().user?.role ?? null).toBe(cookie ? 'editor' : null);
      }
    });

    it('each route × role: allowed roles get through, others get 401 (no login) or 403', async () => {
      const failures: string[] = [];
      for (const route of apiRoutes()) {
        const rule = ruleFor(route.method, route.url)!;
        const key = `${route.method} ${route.url}`;
        for (const role of ROLES) {
          const session = role === 'public' ? null : await t.login(role);
          const body =
            BODIES[key] === 'own' && role !== 'public'
              ? { current: PASSWORDS[role], next: PASSWORDS[role] }
              : (BODIES[key] ?? (route.method === 'GET' ? undefined : {}));
          const res = await t.app.inject({
            method: route.method as 'GET' | 'POST',
            url: urlFor(route.url) + (QUERIES[key] ?? ''),
            headers: {
              ...(session ? { cookie: session.cookie } : {}),
              ...(session && rule.kind === 'write' ? { 'x-csrf-token': session.csrf } : {}),
            },
            ...(body === undefined ? {} : { payload: body as Record<string, unknown> }),
          });
          const allowed = rule.roles.includes(role);
          const cell = `${key} as ${role}: ${res.statusCode}`;
          if (allowed) {
            if ([401, 403].includes(res.statusCode) || res.statusCode >= 500)
              failures.push(`${cell} (should pass) ${res.body.slice(0, 120)}`);
            else if (MUST_SUCCEED.has(key) && (res.statusCode < 200 || res.statusCode > 299))
              failures.push(`${cell} (should succeed) ${res.body.slice(0, 120)}`);
          } else {
            const expected = role === 'public' ? 401 : 403;
            if (res.statusCode !== expected) failures.push(`${cell} (expected ${expected})`);
          }
        }
      }
      expect(failures).toEqual([]);
    });

    it('every write route refuses a request without the CSRF token, or with another session’s', async () => {
      const writes = apiRoutes().filter((r) => ruleFor(r.method, r.url)!.kind === 'write');
      expect(writes.length).toBeGreaterThan(0);
      for (const route of writes) {
        const rule = ruleFor(route.method, route.url)!;
        for (const role of rule.roles.filter((r): r is Exclude<Role, 'public'> => r !== 'public')) {
          const mine = await t.login(role);
          const other = await t.login(role);
          for (const csrf of [undefined, '', 'x'.repeat(43), other.csrf]) {
            const res = await t.app.inject({
              method: route.method as 'POST',
              url: urlFor(route.url),
              headers: {
                cookie: mine.cookie,
                ...(csrf === undefined ? {} : { 'x-csrf-token': csrf }),
              },
              payload: {},
            });
            expect(res.statusCode, `${route.url} as ${role} with ${String(csrf)}`).toBe(403);
            expect(res.json().error.code).toBe('csrf');
          }
          // the session is untouched by the refused writes
          const me = await t.app.inject({
            method: 'GET',
            url: '/api/v1/auth/me',
            headers: { cookie: mine.cookie },
          });
          expect(me.json().user.role).toBe(role);
        }
      }
    });
  });
}
