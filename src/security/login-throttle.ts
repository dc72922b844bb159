/*
 * Login rate limiting and lockout, per account name and per client address, in the server's
 * memory. An account name is counted whether it exists or not, so a lockout tells nothing about
 * which names exist. Counters live as long as the process: a restart clears them, which an
 * attacker cannot cause from outside.
 */

export interface ThrottleOptions {
  /** the clock, injected: tests move it instead of waiting */
  now: () => number;
  /** failed logins for one account name before it is locked */
  accountFailures?: number;
  /** how long a locked account stays locked; doubles with each lock after the first */
  accountLockMs?: number;
  /** failed logins from one address within the window before the address is refused */
  addressFailures?: number;
  addressWindowMs?: number;
  /** names and addresses remembered at most (the oldest are forgotten first) */
  maxEntries?: number;
}

interface Counter {
  failures: number;
  /** when the first failure counted now happened */
  since: number;
  lockedUntil: number;
  locks: number;
}

export interface ThrottleVerdict {
  allowed: boolean;
  /** seconds to wait, when refused */
  retryAfter: number;
  reason?: 'account' | 'address';
}

export class LoginThrottle {
  private readonly accounts = new Map<string, Counter>();
  private readonly addresses = new Map<string, Counter>();
  private readonly accountFailures: number;
  private readonly accountLockMs: number;
  private readonly addressFailures: number;
  private readonly addressWindowMs: number;
  private readonly maxEntries: number;

  constructor(private readonly options: ThrottleOptions) {
    this.accountFailures = options.accountFailures ?? 5;
    this.accountLockMs = options.accountLockMs ?? 15 * 60_000;
    this.addressFailures = options.addressFailures ?? 20;
    this.addressWindowMs = options.addressWindowMs ?? 15 * 60_000;
    this.maxEntries = options.maxEntries ?? 10_000;
  }

  /** Asked before the password is even hashed: a refused attempt costs the server nothing. */
  check(address: string, account: string): ThrottleVerdict {
    const now = this.options.now();
    const a = this.accounts.get(key(account));
    if (a && a.lockedUntil > now)
      return {
        allowed: false,
        retryAfter: Math.ceil((a.lockedUntil - now) / 1000),
        reason: 'account',
      };
    const ip = this.addresses.get(address);
    if (ip && ip.lockedUntil > now)
      return {
        allowed: false,
        retryAfter: Math.ceil((ip.lockedUntil - now) / 1000),
        reason: 'address',
      };
    return { allowed: true, retryAfter: 0 };
  }

  /** A failed login; returns whether this failure locked the account. */
  failure(address: string, account: string): boolean {
    const now = this.options.now();
    const ip = this.counter(this.addresses, address, now);
    if (now - ip.since > this.addressWindowMs) {
      ip.failures = 0;
      ip.since = now;
    }
    ip.failures++;
    if (ip.failures >= this.addressFailures) {
      ip.lockedUntil = ip.since + this.addressWindowMs;
      if (ip.lockedUntil <= now) ip.lockedUntil = now + this.addressWindowMs;
    }
    const a = this.counter(this.accounts, key(account), now);
    a.failures++;
    if (a.failures >= this.accountFailures) {
      a.locks++;
      a.failures = 0;
      a.lockedUntil = now + this.accountLockMs * 2 ** Math.min(a.locks - 1, 6);
      return true;
    }
    return false;
  }

  /** A successful login clears the account's failures (its lock history stays). */
  success(account: string): void {
    const a = this.accounts.get(key(account));
    if (a) a.failures = 0;
  }

  private counter(map: Map<string, Counter>, k: string, now: number): Counter {
    let c = map.get(k);
    if (!c) {
      if (map.size >= this.maxEntries) {
        const oldest = map.keys().next().value;
        if (oldest !== undefined) map.delete(oldest);
      }
      c = { failures: 0, since: now, lockedUntil: 0, locks: 0 };
      map.set(k, c);
    }
    return c;
  }
}

function key(account: string): string {
  return account.normalize('NFC').toLowerCase();
}
