import { request as httpRequest } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { FigurePool, type FigurePoolOptions } from '../../src/server/figure-pool.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { loadSampleIfEmpty } from '../../src/store/sample-dataset.js';

/*
 * Deadlines, caps and cancellation, asserted by status codes and the pool's counters, never by
 * how long anything took.
 */

const STALL_WORKER = new URL('./fixtures/stall-worker.mjs', import.meta.url);
const HEAVY = '/api/v1/upr/stats?sur=CHN';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function get(base: string, url: string, signal?: AbortSignal): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(base + url, { signal }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

let dir: string;
let store: Store;
let app: FastifyInstance | undefined;
let pool: FigurePool | undefined;

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'groundpass-stalls-'));
  store = await openStore({ target: path.join(dir, 'gp.db') });
});
afterEach(async () => {
  await app?.close();
  await pool?.close();
  await store.close();
  app = pool = undefined;
  rmSync(dir, { recursive: true, force: true });
});

async function serve(
  poolOptions: Partial<FigurePoolOptions> | null,
  lightLimit?: number,
): Promise<string> {
  if (poolOptions) {
    pool = new FigurePool({
      target: path.join(dir, 'gp.db'),
      size: 1,
      queueLimit: 1,
      deadlineMs: 600_000,
      workerUrl: STALL_WORKER,
      ...poolOptions,
    });
    await pool.start();
  }
  app = await buildApp({ store, guards: { pool, lightLimit } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

describe('heavy figures run in the pool; light routes stay on the event loop', () => {
  it('passes a heavy request to a worker as it came and sends back its answer', async () => {
    const base = await serve({});
    const heavy = await get(base, HEAVY);
    expect(heavy.status).toBe(200);
    expect(JSON.parse(heavy.body)).toEqual({ forwarded: HEAVY, method: 'GET', payload: null });
    expect(heavy.headers['x-from-worker']).toBe('1');
    // the security headers of this server are on it too
    expect(heavy.headers['x-content-type-options']).toBe('nosniff');
    const light = await get(base, '/api/v1/openapi.json');
    expect(light.status).toBe(200);
    expect(pool!.stats().completed).toBe(1);
  });

  it('answers a light route while the only worker computes', async () => {
    const base = await serve({});
    const abandon = new AbortController();
    const spinning = get(base, `${HEAVY}&spin=1`, abandon.signal).catch(() => 'aborted');
    await vi.waitFor(() => expect(pool!.stats().busy).toBe(1));
    const light = await get(base, '/api/v1/openapi.json');
    expect(light.status).toBe(200);
    abandon.abort();
    expect(await spinning).toBe('aborted');
  });
});

describe('caps: 503 with Retry-After when a class is full', () => {
  it('refuses a heavy request when the worker is busy and the queue full', async () => {
    const base = await serve({ size: 1, queueLimit: 1 });
    const held = [1, 2].map((i) => {
      const c = new AbortController();
      return { c, p: get(base, `${HEAVY}&hold=${i}`, c.signal).catch(() => null) };
    });
    await vi.waitFor(() => expect(pool!.stats()).toMatchObject({ busy: 1, queued: 1 }));
    const refused = await get(base, HEAVY);
    expect(refused.status).toBe(503);
    expect(refused.headers['retry-after']).toBe('2');
    expect(JSON.parse(refused.body)).toMatchObject({ error: { code: 'unavailable' } });
    expect(pool!.stats().refused).toBe(1);
    for (const h of held) h.c.abort();
    await Promise.all(held.map((h) => h.p));
  });

  it('refuses a light request past the light cap', async () => {
    const base = await serve(null, 0);
    const refused = await get(base, '/api/v1/openapi.json');
    expect(refused.status).toBe(503);
    expect(refused.headers['retry-after']).toBe('2');
    expect(JSON.parse(refused.body)).toMatchObject({ error: { code: 'unavailable' } });
  });
});

describe('cancellation and deadlines', () => {
  it('ends the computation of a request whose client went away', async () => {
    const base = await serve({});
    const abandon = new AbortController();
    const spinning = get(base, `${HEAVY}&spin=1`, abandon.signal).catch(() => 'aborted');
    await vi.waitFor(() => expect(pool!.stats().busy).toBe(1));
    abandon.abort();
    expect(await spinning).toBe('aborted');
    // the spinning thread was ended (nothing else stops a synchronous loop); another is started
    // only when a request needs one
    await vi.waitFor(() =>
      expect(pool!.stats()).toMatchObject({ aborted: 1, terminated: 1, restarts: 0, busy: 0 }),
    );
    const after = await get(base, HEAVY);
    expect(after.status).toBe(200);
    expect(pool!.stats()).toMatchObject({ restarts: 1, completed: 1 });
  });

  it('drops a queued request whose client went away without ending any worker', async () => {
    const base = await serve({ size: 1, queueLimit: 4 });
    const running = new AbortController();
    const queued = new AbortController();
    const a = get(base, `${HEAVY}&hold=1`, running.signal).catch(() => null);
    await vi.waitFor(() => expect(pool!.stats().busy).toBe(1));
    const b = get(base, `${HEAVY}&hold=2`, queued.signal).catch(() => null);
    await vi.waitFor(() => expect(pool!.stats().queued).toBe(1));
    queued.abort();
    await vi.waitFor(() => expect(pool!.stats()).toMatchObject({ queued: 0, aborted: 1 }));
    expect(pool!.stats().terminated).toBe(0);
    running.abort();
    await Promise.all([a, b]);
  });

  it('computes identical requests in progress once, and ends it only when all have gone', async () => {
    const base = await serve({ size: 1, queueLimit: 0 });
    const clients = [1, 2, 3].map(() => {
      const c = new AbortController();
      return { c, p: get(base, `${HEAVY}&spin=1`, c.signal).catch(() => 'aborted') };
    });
    await vi.waitFor(() => expect(pool!.stats().busy).toBe(1));
    // with no queue, a second computation would have been refused: the three share one
    expect(pool!.stats()).toMatchObject({ refused: 0, queued: 0 });
    clients[0]!.c.abort();
    clients[1]!.c.abort();
    expect(await clients[0]!.p).toBe('aborted');
    expect(await clients[1]!.p).toBe('aborted');
    expect(pool!.stats()).toMatchObject({ busy: 1, aborted: 0, terminated: 0 });
    clients[2]!.c.abort();
    await vi.waitFor(() => expect(pool!.stats()).toMatchObject({ aborted: 1, terminated: 1 }));
  });

  it('gives up a figure at its deadline with 503 and ends its computation', async () => {
    const base = await serve({ deadlineMs: 100 });
    const late = await get(base, `${HEAVY}&spin=1`);
    expect(late.status).toBe(503);
    expect(late.headers['retry-after']).toBe('2');
    expect(JSON.parse(late.body).error.message).toMatch(/took too long/);
    expect(pool!.stats()).toMatchObject({ timedOut: 1, terminated: 1 });
  });
});

describe('the real figure worker', () => {
  it('answers heavy routes (GET and POST) as the API on the event loop does', async () => {
    await loadSampleIfEmpty(store);
    const inline = await buildApp({ store });
    const base = await serve({ workerUrl: undefined, size: 1, queueLimit: 4 });
    try {
      for (const url of [
        HEAVY,
        '/api/v1/votes/matrix',
        '/api/v1/ngo-committee/pending?minYears=1',
      ]) {
        const there = await get(base, url);
        const here = await inline.inject({ method: 'GET', url });
        expect(there.status).toBe(here.statusCode);
        expect(there.status).toBe(200);
        expect(JSON.parse(there.body)).toEqual(here.json());
      }
      const posted = await fetch(`${base}/api/v1/votes/texts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ids: [1, 2, 3] }),
      });
      const local = await inline.inject({
        method: 'POST',
        url: '/api/v1/votes/texts',
        payload: { ids: [1, 2, 3] },
      });
      expect(posted.status).toBe(local.statusCode);
      expect(await posted.json()).toEqual(local.json());
      expect(pool!.stats().completed).toBe(4);
    } finally {
      await inline.close();
    }
  });
});

describe('the request log', () => {
  it('has one line per request with id, route pattern, status and time, never query values', async () => {
    const lines: string[] = [];
    const logged = await buildApp({
      store,
      logger: { level: 'info', stream: { write: (l: string) => lines.push(l) } },
    });
    try {
      const secret = 'Defender Name Under Review';
      await logged.inject({ url: `/api/v1/upr/search?q=${encodeURIComponent(secret)}` });
      await logged.inject({ url: `/api/v1/sources/1?note=${encodeURIComponent(secret)}` });
      const records = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
      const requests = records.filter((r) => r.msg === 'request');
      expect(requests.map((r) => [r.route, r.method])).toEqual([
        ['/api/v1/upr/search', 'GET'],
        ['/api/v1/sources/:id', 'GET'],
      ]);
      for (const r of requests) {
        expect(typeof r.reqId).toBe('string');
        expect(typeof r.status).toBe('number');
        expect(typeof r.ms).toBe('number');
      }
      expect(lines.join('\n')).not.toMatch(/Defender|Under%20Review|note=/);
    } finally {
      await logged.close();
    }
  });
});
