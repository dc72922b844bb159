import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORE_KINDS } from '../../../test/stores.js';
import type { Store } from '../../store/open-store.js';
import { verifyAuditLog } from '../../store/security/audit-log.js';
import { PASSWORDS, testApp, type TestApp } from './test-app.js';

/*
 * Logging in and out as a browser would, and what an attacker tries: guessing passwords, reading
 * the session, writing without the CSRF token, finding passwords in logs, answers without the
 * security headers.
 */

const sqlite = STORE_KINDS.find((k) => k.name === 'sqlite')!;
const PASSWORD_CANARY = 'PW-CANARY-never-logged-7f3a';

describe('logging in and out', () => {
  let store: Store;
  let t: TestApp;
  const logLines: string[] = [];
  beforeAll(async () => {
    store = await sqlite.open();
    t = await testApp(store, {
      logger: { level: 'trace', stream: { write: (l: string) => logLines.push(l) } },
    });
  });
  afterAll(async () => {
    await t.app.close();
    await store.close();
  });

  const login = (name: string, password: string, ip = '10.9.0.1') =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { name, password },
      remoteAddress: ip,
    });

  it('sets an HttpOnly, SameSite=Strict cookie and returns the CSRF token that /me repeats', async () => {
    const res = await login('editor', PASSWORDS.editor);
    expect(res.statusCode).toBe(200);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(
      /^gp_session=[\w-]{43}; Path=\/; Max-Age=28800; HttpOnly; SameSite=Strict$/,
    );
    const body = res.json();
    expect(body.user).toEqual({ name: 'editor', role: 'editor' });
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { cookie: cookie.split(';')[0]! },
    });
    expect(me.json()).toEqual({
      user: { name: 'editor', role: 'editor' },
      csrfToken: body.csrfToken,
    });
    expect(me.headers['cache-control']).toBe('no-store');
    const anon = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me' });
    expect(anon.json()).toEqual({ user: null, csrfToken: null });
  });

  it('answers a wrong password and an unknown name alike', async () => {
    const wrong = await login('editor', 'not the password', '10.9.0.2');
    const unknown = await login('nobody-here', 'not the password', '10.9.0.3');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.headers['set-cookie']).toBeUndefined();
  });

  it('ignores a forged or foreign cookie: the request is public', async () => {
    for (const cookie of [
      'gp_session=' + 'A'.repeat(43),
      'gp_session=../../etc',
      '__Host-gp_session=x',
    ]) {
      const res = await t.app.inject({
        method: 'GET',
        url: '/api/v1/admin/users',
        headers: { cookie },
      });
      expect(res.statusCode).toBe(401);
    }
  });

  it('locks an account after 5 wrong passwords, even for the right one, until the lock ends', async () => {
    for (let i = 0; i < 5; i++)
      expect((await login('researcher', `wrong ${i}`, `10.8.0.${i}`)).statusCode).toBe(401);
    const locked = await login('researcher', PASSWORDS.researcher, '10.8.1.1');
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('too-many-requests');
    expect(Number(locked.headers['retry-after'])).toBe(15 * 60);
    t.clock.advance(15 * 60_000);
    expect((await login('researcher', PASSWORDS.researcher, '10.8.1.1')).statusCode).toBe(200);
    const audit = await store.db.selectFrom('auditLog').select(['action', 'actorName']).execute();
    expect(audit.filter((a) => a.action === 'lockout')).toEqual([
      { action: 'lockout', actorName: 'researcher' },
    ]);
  });

  it('throttles one address guessing many names (a brute-force loop is cut off)', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++)
      statuses.push((await login(`guess${i}`, 'x', '10.7.7.7')).statusCode);
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(20).every((s) => s === 429)).toBe(true);
    // another address is not affected
    expect((await login('admin', PASSWORDS.admin, '10.7.7.8')).statusCode).toBe(200);
    t.clock.advance(15 * 60_000);
  });

  it('logs out: the session ends and the cookie is cleared', async () => {
    const s = await t.login('admin');
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
    });
    expect(out.statusCode).toBe(200);
    expect(String(out.headers['set-cookie'])).toMatch(/^gp_session=; Path=\/; Max-Age=0/);
    const after = await t.app.inject({
      method: 'GET',
      url: '/api/v1/admin/users',
      headers: { cookie: s.cookie },
    });
    expect(after.statusCode).toBe(401);
  });

  it('a session expires after 8 hours', async () => {
    const s = await t.login('admin');
    t.clock.advance(8 * 60 * 60 * 1000 - 1000);
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/v1/admin/users',
          headers: { cookie: s.cookie },
        })
      ).statusCode,
    ).toBe(200);
    t.clock.advance(1000);
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/v1/admin/users',
          headers: { cookie: s.cookie },
        })
      ).statusCode,
    ).toBe(401);
  });

  it('changing a password checks the current one and ends every session', async () => {
    const a = await t.login('editor');
    const b = await t.login('editor');
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: { cookie: a.cookie, 'x-csrf-token': a.csrf },
      payload: { current: 'not it', next: 'a brand new password' },
    });
    expect(wrong.statusCode).toBe(403);
    const short = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: { cookie: a.cookie, 'x-csrf-token': a.csrf },
      payload: { current: PASSWORDS.editor, next: 'short' },
    });
    expect(short.statusCode).toBe(400);
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: { cookie: a.cookie, 'x-csrf-token': a.csrf },
      payload: { current: PASSWORDS.editor, next: 'a brand new password' },
    });
    expect(ok.statusCode).toBe(200);
    for (const s of [a, b])
      expect(
        (
          await t.app.inject({
            method: 'GET',
            url: '/api/v1/auth/me',
            headers: { cookie: s.cookie },
          })
        ).json().user,
      ).toBeNull();
    expect((await login('editor', 'a brand new password', '10.6.0.1')).statusCode).toBe(200);
    expect((await login('editor', PASSWORDS.editor, '10.6.0.1')).statusCode).toBe(401);
  });

  it('lists users to an admin without any password hash', async () => {
    const s = await t.login('admin');
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/admin/users',
      headers: { cookie: s.cookie },
    });
    const items = res.json().items as Record<string, unknown>[];
    expect(items.map((u) => u.name)).toEqual(['researcher', 'editor', 'admin']);
    for (const u of items)
      expect(Object.keys(u).sort()).toEqual(['createdAt', 'disabled', 'id', 'name', 'role']);
    expect(res.body).not.toMatch(/scrypt|passwordHash/);
  });

  it('refuses a login sent as a form (what a cross-site page could post)', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `name=admin&password=${PASSWORDS.admin}`,
    });
    expect(res.statusCode).toBe(415);
  });

  it('never writes a password, a session token or a CSRF token to the log or an answer', async () => {
    const bad = await login('admin', PASSWORD_CANARY, '10.5.0.1');
    const asName = await login(PASSWORD_CANARY, PASSWORD_CANARY, '10.5.0.2');
    const tooLong = await login('admin', `${PASSWORD_CANARY}${'x'.repeat(2000)}`, '10.5.0.3');
    expect(tooLong.statusCode).toBe(400);
    const s = await t.login('admin');
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
    });
    const log = logLines.join('\n');
    expect(logLines.length).toBeGreaterThan(5);
    for (const secret of [
      PASSWORD_CANARY,
      ...Object.values(PASSWORDS),
      s.cookie.split('=')[1]!,
      s.csrf,
    ]) {
      expect(log).not.toContain(secret);
      for (const res of [bad, asName, tooLong]) expect(res.body).not.toContain(secret);
    }
    const audit = JSON.stringify(await store.db.selectFrom('auditLog').selectAll().execute());
    expect(audit).not.toContain(PASSWORD_CANARY);
  });

  it('keeps the audit chain of all this intact', async () => {
    const v = await verifyAuditLog({ db: store.db, dialect: store.dialect });
    expect(v.problems).toEqual([]);
    expect(v.entries).toBeGreaterThan(10);
  });
});

describe('cookies over HTTPS', () => {
  it('are __Host- prefixed and Secure', async () => {
    const store = await sqlite.open();
    const t = await testApp(store, { security: { secureCookies: true } });
    try {
      const s = await t.login('researcher');
      expect(s.cookie.startsWith('__Host-gp_session=')).toBe(true);
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { name: 'editor', password: PASSWORDS.editor },
      });
      expect(String(res.headers['set-cookie'])).toMatch(/; HttpOnly; SameSite=Strict; Secure$/);
      // the plain-HTTP cookie name is not accepted in its place
      const plain = s.cookie.replace('__Host-gp_session', 'gp_session');
      expect(
        (
          await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: plain } })
        ).json().user,
      ).toBeNull();
    } finally {
      await t.app.close();
      await store.close();
    }
  });
});

describe('security headers on every response', () => {
  let store: Store;
  let t: TestApp;
  let webDir: string;
  beforeAll(async () => {
    store = await sqlite.open();
    webDir = mkdtempSync(path.join(tmpdir(), 'gp-web-'));
    writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>shell</title>');
    mkdirSync(path.join(webDir, 'assets'));
    writeFileSync(path.join(webDir, 'assets', 'app.js'), 'export {};');
    // a 500 and errors of the HTTP layer: test/robustness/http-errors.test.ts
    t = await testApp(store, { webDir });
  });
  afterAll(async () => {
    await t.app.close();
    await store.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  function expectHeaders(res: LightMyRequestResponse, what: string) {
    const csp = String(res.headers['content-security-policy']);
    expect(csp, what).toContain("default-src 'self'");
    expect(csp, what).toContain("frame-ancestors 'none'");
    expect(csp, what).toContain("script-src 'self'");
    expect(res.headers['x-content-type-options'], what).toBe('nosniff');
    expect(res.headers['referrer-policy'], what).toBe('no-referrer');
    expect(res.headers['x-frame-options'], what).toBe('DENY');
    expect(res.headers['strict-transport-security'], what).toMatch(/max-age=\d+/);
  }

  it('on answers, refusals, errors and files alike', async () => {
    const s = await t.login('researcher');
    const cases: [string, Promise<LightMyRequestResponse>, number][] = [
      ['JSON', t.app.inject({ method: 'GET', url: '/api/v1/states' }), 200],
      [
        'login',
        t.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { name: 'editor', password: PASSWORDS.editor },
        }),
        200,
      ],
      ['401', t.app.inject({ method: 'GET', url: '/api/v1/admin/users' }), 401],
      [
        '403 role',
        t.app.inject({ method: 'GET', url: '/api/v1/admin/users', headers: { cookie: s.cookie } }),
        403,
      ],
      [
        '403 csrf',
        t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie: s.cookie } }),
        403,
      ],
      [
        '400',
        t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { name: '' } }),
        400,
      ],
      ['404 api', t.app.inject({ method: 'GET', url: '/api/v1/nothing' }), 404],
      ['static file', t.app.inject({ method: 'GET', url: '/assets/app.js' }), 200],
      ['app shell', t.app.inject({ method: 'GET', url: '/upr/CHN' }), 200],
      ['404 file', t.app.inject({ method: 'GET', url: '/assets/missing.js' }), 404],
    ];
    for (const [what, pending, status] of cases) {
      const res = await pending;
      expect(res.statusCode, what).toBe(status);
      expectHeaders(res, what);
    }
    for (let i = 0; i < 6; i++)
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { name: 'admin', password: 'wrong' },
        remoteAddress: '10.1.2.3',
      });
    const throttled = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { name: 'admin', password: 'wrong' },
    });
    expect(throttled.statusCode).toBe(429);
    expectHeaders(throttled, '429');
  });
});

describe('the server log', () => {
  it('censors secrets even when a log call carries them', async () => {
    const store = await sqlite.open();
    const lines: string[] = [];
    const t = await testApp(store, {
      logger: { level: 'info', stream: { write: (l: string) => lines.push(l) } },
    });
    try {
      t.app.log.info(
        { body: { password: 'LOGGED-PW-1' }, user: { passwordHash: 'scrypt$x', token: 'TOK-2' } },
        'x',
      );
      t.app.log.info(
        { req: { headers: { cookie: 'gp_session=COOKIE-3', 'x-csrf-token': 'CSRF-4' } } },
        'y',
      );
      t.app.log.info({ record: { victimName: 'Invented Name 5', country: 'CHN' } }, 'z');
      const log = lines.join('\n');
      for (const secret of [
        'LOGGED-PW-1',
        'scrypt$x',
        'TOK-2',
        'COOKIE-3',
        'CSRF-4',
        'Invented Name 5',
      ])
        expect(log).not.toContain(secret);
      expect(log).toContain('CHN');
      expect(log).toContain('[redacted]');
    } finally {
      await t.app.close();
      await store.close();
    }
  });
});
