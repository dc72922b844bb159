import { describe, expect, it } from 'vitest';
import { LoginThrottle } from './login-throttle.js';

/** A clock the test moves by hand. */
function clock() {
  let t = 1_000_000;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('login throttle', () => {
  it('locks an account after 5 failures, from any address, for 15 minutes, then longer', () => {
    const c = clock();
    const th = new LoginThrottle({ now: c.now });
    for (let i = 0; i < 4; i++) {
      expect(th.check(`10.0.0.${i}`, 'alice').allowed).toBe(true);
      expect(th.failure(`10.0.0.${i}`, 'alice')).toBe(false);
    }
    expect(th.failure('10.0.0.9', 'ALICE')).toBe(true);
    const v = th.check('192.168.1.1', 'Alice');
    expect(v).toMatchObject({ allowed: false, reason: 'account' });
    expect(v.retryAfter).toBe(15 * 60);
    c.advance(15 * 60_000);
    expect(th.check('192.168.1.1', 'alice').allowed).toBe(true);
    for (let i = 0; i < 5; i++) th.failure('x', 'alice');
    expect(th.check('y', 'alice').retryAfter).toBe(30 * 60);
  });

  it('locks names that do not exist the same way (a lockout reveals nothing)', () => {
    const th = new LoginThrottle({ now: clock().now });
    for (let i = 0; i < 5; i++) th.failure('a', 'nobody-by-this-name');
    expect(th.check('b', 'nobody-by-this-name')).toMatchObject({
      allowed: false,
      reason: 'account',
    });
  });

  it('refuses an address after 20 failures across names within the window', () => {
    const c = clock();
    const th = new LoginThrottle({ now: c.now });
    for (let i = 0; i < 19; i++) th.failure('10.1.1.1', `user${i}`);
    expect(th.check('10.1.1.1', 'fresh').allowed).toBe(true);
    th.failure('10.1.1.1', 'user19');
    expect(th.check('10.1.1.1', 'fresh')).toMatchObject({ allowed: false, reason: 'address' });
    expect(th.check('10.1.1.2', 'fresh').allowed).toBe(true);
    c.advance(15 * 60_000);
    expect(th.check('10.1.1.1', 'fresh').allowed).toBe(true);
  });

  it('a success clears the account failures counted so far', () => {
    const th = new LoginThrottle({ now: clock().now });
    for (let i = 0; i < 4; i++) th.failure('a', 'bob');
    th.success('bob');
    for (let i = 0; i < 4; i++) th.failure('a', 'bob');
    expect(th.check('a', 'bob').allowed).toBe(true);
  });

  it('forgets the oldest entries past its bound', () => {
    const th = new LoginThrottle({ now: clock().now, maxEntries: 3, accountFailures: 1 });
    for (const n of ['a', 'b', 'c', 'd']) th.failure('ip', n);
    expect(th.check('other', 'a').allowed).toBe(true);
    expect(th.check('other', 'd').allowed).toBe(false);
  });
});
