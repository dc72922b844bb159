import { describe, expect, it } from 'vitest';
import { AFTER_LOGIN, afterLogin } from './login-next';

describe('afterLogin', () => {
  it('keeps an address of this site, with its query', () => {
    expect(afterLogin('/reprisals?country=CHN&page=2')).toBe('/reprisals?country=CHN&page=2');
    expect(afterLogin('/upr/state/CHN')).toBe('/upr/state/CHN');
  });

  it('falls back to the registry for no address, another site or a script', () => {
    for (const next of [
      null,
      '',
      'https://evil.example/',
      '//evil.example/x',
      '/\\evil.example',
      '/\t/evil.example',
      'javascript:alert(1)',
      'reprisals',
    ])
      expect(afterLogin(next), String(next)).toBe(AFTER_LOGIN);
  });

  it('never goes back to the sign-in page itself', () => {
    expect(afterLogin('/login')).toBe(AFTER_LOGIN);
    expect(afterLogin('/login?next=/x')).toBe(AFTER_LOGIN);
  });
});
