import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../store/open-store.js';
import { buildApp } from './app.js';
import { figureCacheStats } from './figure-cache.js';
import { HELMET_OPTIONS } from './http-errors.js';
import { securityHeaders } from './security-headers.js';

// What @fastify/helmet sent with these options before the headers were worked out once (read
// from a response of the server at commit c924624): the same policy, header for header.
const EXPECTED = {
  'content-security-policy':
    "default-src 'self';base-uri 'self';script-src 'self';script-src-attr 'none';style-src 'self';img-src 'self' data:;font-src 'self';connect-src 'self';object-src 'none';form-action 'self';frame-ancestors 'none'",
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=15552000',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-frame-options': 'DENY',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
};

describe('security headers', () => {
  it('are the ones helmet sent per request before', () => {
    expect(securityHeaders(HELMET_OPTIONS)).toEqual(EXPECTED);
  });

  it('follow the options (a policy change is not lost by working them out once)', () => {
    const h = securityHeaders({
      xFrameOptions: { action: 'sameorigin' },
      strictTransportSecurity: false,
    });
    expect(h['x-frame-options']).toBe('SAMEORIGIN');
    expect(h['strict-transport-security']).toBeUndefined();
  });

  describe('on the app', () => {
    let store: Store;
    let app: FastifyInstance;
    beforeAll(async () => {
      store = await openStore({ target: ':memory:' });
      app = await buildApp({ store });
    });
    afterAll(async () => {
      await app.close();
      await store.close();
    });

    it('on a computed answer, a cached one, a 304 and a 404 alike', async () => {
      const url = '/api/v1/states';
      const first = await app.inject({ method: 'GET', url });
      const cached = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'br' } });
      const notModified = await app.inject({
        method: 'GET',
        url,
        headers: { 'if-none-match': String(first.headers.etag) },
      });
      const missing = await app.inject({ method: 'GET', url: '/api/v1/no-such-thing' });
      expect(figureCacheStats(app)!.hits).toBe(2);
      expect([first, cached, notModified, missing].map((r) => r.statusCode)).toEqual([
        200, 200, 304, 404,
      ]);
      for (const res of [first, cached, notModified, missing])
        for (const [name, value] of Object.entries(EXPECTED))
          expect(res.headers[name], `${res.statusCode} ${name}`).toBe(value);
    });
  });
});
