import type { FastifyInstance } from 'fastify';
import { LoginThrottle } from '../../security/login-throttle.js';
import type { LoginRole } from '../../security/policies.js';
import type { Store } from '../../store/open-store.js';
import { addUser } from '../../store/security/users.js';
import { buildApp, type AppOptions } from '../app.js';

/*
 * An app with one account per role and a clock the test moves, for the auth tests (and later
 * modules' route tests): cheap scrypt parameters so a test can log in hundreds of times.
 */

export const TEST_SCRYPT = { ln: 10, r: 8, p: 1 };
export const PASSWORDS: Record<LoginRole, string> = {
  researcher: 'researcher-password-1',
  editor: 'editor-password-22',
  admin: 'admin-password-333',
};

export interface TestApp {
  app: FastifyInstance;
  clock: { now: () => Date; advance(ms: number): void };
  login(role: LoginRole): Promise<{ cookie: string; csrf: string }>;
}

export async function testApp(store: Store, extra: Partial<AppOptions> = {}): Promise<TestApp> {
  let t = Date.parse('2026-06-01T09:00:00.000Z');
  const clock = { now: () => new Date(t), advance: (ms: number) => void (t += ms) };
  const cli = { name: '(test)', role: 'admin' as const };
  for (const role of ['researcher', 'editor', 'admin'] as const)
    await addUser(
      store,
      cli,
      { name: role, role, password: PASSWORDS[role] },
      {
        now: clock.now,
        scrypt: TEST_SCRYPT,
      },
    );
  const app = await buildApp({
    store,
    ...extra,
    security: {
      now: clock.now,
      scrypt: TEST_SCRYPT,
      throttle: new LoginThrottle({ now: () => clock.now().getTime() }),
      ...extra.security,
    },
  });
  await app.ready();
  const login = async (role: LoginRole) => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { name: role, password: PASSWORDS[role] },
    });
    if (res.statusCode !== 200) throw new Error(`login as ${role}: ${res.statusCode} ${res.body}`);
    const setCookie = String(res.headers['set-cookie']);
    return {
      cookie: setCookie.split(';')[0]!,
      csrf: (res.json() as { csrfToken: string }).csrfToken,
    };
  };
  return { app, clock, login };
}
