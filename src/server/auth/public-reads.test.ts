import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Store } from '../../store/open-store.js';
import { userOfSession } from '../../store/security/sessions.js';
import { testApp, type TestApp } from './test-app.js';
import { STORE_KINDS } from '../../../test/stores.js';
import { openSampleStore } from '../../../test/sample-store.js';

// Counts the session look-ups the access hook makes.
vi.mock('../../store/security/sessions.js', async (original) => {
  const actual = await original<typeof import('../../store/security/sessions.js')>();
  return { ...actual, userOfSession: vi.fn(actual.userOfSession) };
});

describe('a logged-in browser asking for public figures', () => {
  let store: Store;
  let t: TestApp;
  beforeAll(async () => {
    store = await openSampleStore(STORE_KINDS[0]!);
    t = await testApp(store);
  });
  afterAll(async () => {
    await t.app.close();
    await store.close();
  });

  it('costs no session query there, and still one where the answer depends on who asks', async () => {
    const { cookie } = await t.login('researcher');
    const lookups = vi.mocked(userOfSession);
    lookups.mockClear();
    const figure = '/api/v1/votes/matrix';
    const asPublic = await t.app.inject({ method: 'GET', url: figure });
    const asResearcher = await t.app.inject({ method: 'GET', url: figure, headers: { cookie } });
    expect(asResearcher.statusCode).toBe(200);
    expect(asResearcher.rawPayload.equals(asPublic.rawPayload)).toBe(true);
    expect(lookups).not.toHaveBeenCalled();

    // who am I: bound to the session, so it is looked up and names the researcher
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });
    expect(lookups).toHaveBeenCalledTimes(1);
    expect((me.json() as { user: { role: string } | null }).user?.role).toBe('researcher');
  });
});
