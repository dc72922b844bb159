import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { ROLES } from '../../src/security/policies.js';
import { loadSampleIfEmpty } from '../../src/store/sample-dataset.js';
import type { Store } from '../../src/store/open-store.js';
import { STORE_KINDS } from '../stores.js';
import { problemsOf, responseProblems } from './check.js';
import { skipName } from '../skip.js';

/**
 * Errors raised outside the routes (by Fastify, the static files, the HTTP parser), the JSON 404
 * of /api paths beside the web app, and what a 500 says; the evidence lists' POST forms and LIKE
 * escaping on both databases.
 */

/** One raw HTTP exchange on a real socket: what inject cannot send (oversized headers, junk). */
function rawExchange(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    let data = '';
    socket.on('data', (chunk) => (data += chunk.toString('latin1')));
    socket.on('end', () => resolve(data));
    socket.on('close', () => resolve(data));
    socket.on('error', (e) => (data ? resolve(data) : reject(e)));
  });
}

/** Splits a raw response into status, lower-cased headers and body. */
function parseRaw(raw: string) {
  const [head = '', body = ''] = raw.split('\r\n\r\n');
  const [statusLine = '', ...lines] = head.split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const i = line.indexOf(':');
    headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  return { statusCode: Number(statusLine.split(' ')[1]), headers, body };
}

const sqlite = STORE_KINDS.find((k) => k.name === 'sqlite')!;

describe('errors Fastify and the HTTP layer raise, beside the web app', () => {
  let store: Store;
  let app: FastifyInstance;
  let webDir: string;
  let port: number;
  beforeAll(async () => {
    store = await sqlite.open();
    await loadSampleIfEmpty(store);
    webDir = mkdtempSync(path.join(tmpdir(), 'groundpass-web-'));
    writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>app shell</title>');
    mkdirSync(path.join(webDir, 'assets'));
    writeFileSync(path.join(webDir, 'assets', 'app.js'), 'export {};');
    writeFileSync(path.join(webDir, '.secret'), 'not for serving');
    app = await buildApp({
      store,
      webDir,
      // the failing route below is this test's own: open to everyone, like the public figures
      security: {
        extraRules: [
          { route: '/api/v1/test-failure', methods: ['GET'], roles: ROLES, kind: 'read' },
        ],
      },
    });
    app.get('/api/v1/test-failure', async () => {
      throw new Error('a bug with <b>markup</b> and a path /home/x');
    });
    await app.listen({ host: '127.0.0.1', port: 0 });
    port = (app.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  const inject = (url: string, extra: Record<string, unknown> = {}) =>
    app.inject({ method: 'GET', url, ...extra });

  it('answers unknown /api paths in any case with a JSON 404, not the app shell', async () => {
    for (const url of [
      '/api',
      '/api/',
      '/API/V1/meta',
      '/Api/v1/nothing',
      '/%61pi/v1/x',
      '//api/v1/x',
    ]) {
      const res = await inject(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.json().error.code, url).toBe('not-found');
      expect(problemsOf(res), url).toEqual([]);
    }
    // the app shell still answers its own client-side routes, with the security headers
    const shell = await inject('/votes/list?state=CHN');
    expect(shell.statusCode).toBe(200);
    expect(shell.body).toContain('app shell');
    expect(problemsOf(shell)).toEqual([]);
    const asset = await inject('/assets/app.js');
    expect(asset.statusCode).toBe(200);
    expect(problemsOf(asset)).toEqual([]);
    // a built asset is named by its content's hash: kept without revalidation; the shell is not
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(shell.headers['cache-control']).toBe('public, max-age=0');
    expect((await inject('/')).headers['cache-control']).toBe('public, max-age=0');
    const stale = await inject('/assets/gone.js');
    expect(stale.statusCode).toBe(404);
    expect(problemsOf(stale)).toEqual([]);
  });

  it('never echoes markup from the path', async () => {
    const res = await inject('/api/v1/%3Cscript%3Ealert(1)%3C/script%3E');
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain('<script');
    expect(problemsOf(res)).toEqual([]);
  });

  it('refuses a path that is not valid percent-encoding in the API shape', async () => {
    for (const url of ['/api/v1/sources/%zz', '/api/v1/upr/profile/%E0%A4%A', '/%', '/votes/%ff']) {
      const res = await inject(url);
      expect(res.statusCode, url).toBe(400);
      expect(res.json().error.code).toBe('bad-request');
      expect(problemsOf(res), url).toEqual([]);
    }
  });

  it('gives static-file refusals the code of their status', async () => {
    for (const url of [
      '/.secret',
      '/assets/../.secret',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/..%2f..%2fetc%2fpasswd',
    ]) {
      // refused, or the app shell for what looks like a client-side route: never the file
      const res = await inject(url);
      expect(res.body, url).not.toMatch(/not for serving|root:/);
      expect(problemsOf(res), url).toEqual([]);
    }
    const hidden = await inject('/.secret');
    expect(hidden.statusCode).toBe(403);
    expect(hidden.json().error.code).toBe('forbidden');
  });

  it('answers body errors (JSON syntax, type, size) in the API shape without echoing the body', async () => {
    const post = (payload: string, contentType = 'application/json') =>
      inject('/api/v1/votes/texts', {
        method: 'POST',
        payload,
        headers: { 'content-type': contentType },
      });
    const syntax = await post('{"ids": [<script>]}');
    expect(syntax.statusCode).toBe(400);
    expect(syntax.json().error.message).toBe('the body is not valid JSON');
    const type = await post('ids=1', 'text/<script>');
    expect(type.statusCode).toBe(415);
    expect(type.json().error.code).toBe('unsupported-media-type');
    const large = await post(`{"ids":[${'1,'.repeat(700_000)}1]}`);
    expect(large.statusCode).toBe(413);
    expect(large.json().error.code).toBe('payload-too-large');
    for (const res of [syntax, type, large]) expect(problemsOf(res)).toEqual([]);
  });

  it('does not say a 500 was logged when the server logs nothing', async () => {
    const res = await inject('/api/v1/test-failure');
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({
      error: { code: 'internal', message: 'something went wrong on our side' },
    });
    expect(res.body).not.toContain('/home/x');
    expect(problemsOf(res).filter((p) => p !== 'status 500')).toEqual([]);
  });

  it('answers headers past the limit with a 431 in the API shape', async () => {
    const raw = await rawExchange(
      port,
      `GET /api/v1/meta HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(40_000)}\r\n\r\n`,
    );
    const res = parseRaw(raw);
    expect(res.statusCode).toBe(431);
    expect(JSON.parse(res.body).error.code).toBe('headers-too-large');
    expect(responseProblems(res)).toEqual([]);
  });

  it('answers a URL past the header limit (a GET with thousands of ids) with a 431', async () => {
    const ids = Array.from({ length: 5000 }, (_, i) => i + 1).join(',');
    const res = parseRaw(
      await rawExchange(
        port,
        `GET /api/v1/upr/recommendations?ids=${ids} HTTP/1.1\r\nHost: x\r\n\r\n`,
      ),
    );
    expect(res.statusCode).toBe(431);
    expect(responseProblems(res)).toEqual([]);
  });

  it('answers malformed HTTP in the API shape', async () => {
    for (const request of [
      'NOT HTTP AT ALL\r\n\r\n',
      'GET /api/v1/meta HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n',
      'GET /api/v1/meta HTTP/1.1\r\nBad Header Line\r\n\r\n',
    ]) {
      const res = parseRaw(await rawExchange(port, request));
      expect(res.statusCode, request).toBe(400);
      expect(JSON.parse(res.body).error.code).toBe('bad-request');
      expect(responseProblems(res), request).toEqual([]);
    }
  });
});

for (const kind of STORE_KINDS) {
  describe.skipIf(kind.skip)(skipName(`evidence lists and LIKE on ${kind.name}`, kind.skip), () => {
    let store: Store;
    let app: FastifyInstance;
    beforeAll(async () => {
      store = await kind.open();
      await loadSampleIfEmpty(store);
      app = await buildApp({ store });
    });
    afterAll(async () => {
      await app?.close();
      await store?.close();
    });

    const post = (url: string, body: unknown) =>
      app.inject({ method: 'POST', url, payload: body as Record<string, unknown> });

    it('takes % and _ in text searches literally', async () => {
      const texts = await store.db
        .selectFrom('hrcVotingTexts')
        .select(['title', 'symbol'])
        .execute();
      for (const ch of ['%', '_']) {
        // counted here without LIKE: the texts whose title or symbol holds the character
        const expected = texts.filter(
          (t) => (t.title ?? '').includes(ch) || (t.symbol ?? '').includes(ch),
        ).length;
        const res = await app.inject(`/api/v1/votes/texts?q=${encodeURIComponent(ch)}`);
        expect(res.statusCode).toBe(200);
        expect(res.json().total, ch).toBe(expected);
        expect(texts.length).toBeGreaterThan(expected);
      }
      for (const symbol of ['%', '_', '%25', 'A/HRC/%']) {
        const res = await app.inject(
          `/api/v1/votes/resolution?symbol=${encodeURIComponent(symbol)}`,
        );
        expect(res.statusCode, symbol).toBe(404);
      }
      const orgs = await app.inject('/api/v1/ngo-committee/applications?q=%25');
      expect(orgs.json().items).toEqual([]);
    });

    it('refuses ids past 32 bits and NUL bytes with a 400', async () => {
      for (const url of [
        '/api/v1/sources/2147483648',
        '/api/v1/upr/recommendations/2147483648',
        '/api/v1/votes/resolution?id=2147483648',
        '/api/v1/votes/texts?q=%00',
        '/api/v1/votes/resolution?symbol=A%00',
        '/api/v1/ngo-committee/questions/list?organizationId=-2147483649',
      ]) {
        const res = await app.inject(url);
        expect(res.statusCode, url).toBe(400);
        expect(problemsOf(res), url).toEqual([]);
      }
      expect((await app.inject('/api/v1/sources/2147483647')).statusCode).toBe(404);
    });

    it('resolves evidence ids by POST, paginated, as the GET list does', async () => {
      const stored = (
        await store.db.selectFrom('uprRecommendations').select('id').orderBy('id').execute()
      ).map((r) => r.id);
      expect(stored.length).toBeGreaterThan(20);
      const ids = [...stored, 2_000_000_000];
      const first = await post('/api/v1/upr/recommendations', { ids, pageSize: 10 });
      expect(first.statusCode).toBe(200);
      expect(first.json()).toMatchObject({ total: stored.length, page: 1, pageSize: 10 });
      expect(first.json().missing).toEqual([2_000_000_000]);
      const second = await post('/api/v1/upr/recommendations', { ids, page: 2, pageSize: 10 });
      const viaGet = await app.inject(
        `/api/v1/upr/recommendations?ids=${ids.join(',')}&page=2&pageSize=10`,
      );
      expect(second.json()).toEqual(viaGet.json());
      const texts = await post('/api/v1/votes/texts', { ids: [1, 2, 3] });
      expect(texts.statusCode).toBe(200);
      expect(texts.json().total).toBe(3);
    });

    it('takes as many ids as it documents and refuses one more', async () => {
      const upTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
      for (const url of ['/api/v1/votes/texts', '/api/v1/upr/recommendations']) {
        const most = await post(url, { ids: upTo(30_000) });
        expect(most.statusCode, url).toBe(200);
        const over = await post(url, { ids: upTo(30_001) });
        expect(over.statusCode, url).toBe(400);
        expect(problemsOf(over)).toEqual([]);
      }
    });
  });
}
