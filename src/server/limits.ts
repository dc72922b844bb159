import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sessionBound } from '../security/route-access.js';
import { errorBody } from './errors.js';
import {
  DeadlineExceeded,
  PoolBusy,
  RequestAborted,
  type FigurePool,
  type ForwardedResponse,
} from './figure-pool.js';

/*
 * What keeps the server answering under load (issue 9): two classes of route, each with its own
 * cap on requests in progress, and the heavy class computed in worker threads (figure-pool.ts)
 * with a deadline, given up when the client goes away. Past a cap the answer is 503 with
 * Retry-After at once, never a queue that grows until everything times out.
 */

/**
 * Light routes answer from memory or one indexed row, so they stay on the event loop. Every
 * other /api route is a heavy one: a figure, a search, a list that may scan. A new route is heavy
 * until it is listed here, which is the safe way to be wrong.
 */
export const LIGHT_ROUTES: ReadonlySet<string> = new Set([
  '/api/v1/openapi.json',
  '/api/v1/meta',
  '/api/v1/states',
  '/api/v1/sources/:id',
]);

export type RouteClass = 'light' | 'heavy';

/** The class of a matched route (its pattern, not the URL); web files and unknown paths are light. */
export function routeClass(routeUrl: string | undefined): RouteClass {
  if (routeUrl === undefined || !routeUrl.startsWith('/api/')) return 'light';
  // a route that depends on who is asking runs where the session is: workers see no cookie
  return LIGHT_ROUTES.has(routeUrl) || sessionBound(routeUrl) ? 'light' : 'heavy';
}

export interface StallGuardOptions {
  /** heavy routes are computed here; without it they run on the event loop (tests, workers) */
  pool?: FigurePool;
  /** light requests in progress at once; default 256 */
  lightLimit?: number;
  /** heavy requests in progress at once when there is no pool; default 4 */
  heavyLimit?: number;
  /** seconds a refused client is told to wait; default 2 */
  retryAfterSeconds?: number;
}

export interface StallCounters {
  lightInFlight: number;
  heavyInFlight: number;
  refused: { light: number; heavy: number };
  /** heavy requests that joined an identical one in progress instead of computing again */
  coalesced: number;
}

// Response headers of a worker's answer that belong to its own connection, not this one.
const HOP_BY_HOP = new Set([
  'content-length',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'date',
]);
// Request headers a figure may depend on; nothing else (cookies, authorisation) leaves this thread.
const FORWARDED = ['accept', 'accept-language', 'content-type'];

export function installStallGuards(
  app: FastifyInstance,
  options: StallGuardOptions = {},
): StallCounters {
  const lightLimit = options.lightLimit ?? 256;
  const heavyLimit = options.heavyLimit ?? 4;
  const retryAfter = String(options.retryAfterSeconds ?? 2);
  const counters: StallCounters = {
    lightInFlight: 0,
    heavyInFlight: 0,
    refused: { light: 0, heavy: 0 },
    coalesced: 0,
  };

  const unavailable = (reply: FastifyReply, message: string) =>
    reply.status(503).header('retry-after', retryAfter).send(errorBody('unavailable', message));

  app.addHook('onRequest', async (req, reply) => {
    const cls = routeClass(req.routeOptions.url);
    // with a pool, the heavy cap is the pool's own (workers + queue)
    if (cls === 'heavy' && options.pool) return;
    const inFlight = cls === 'light' ? counters.lightInFlight : counters.heavyInFlight;
    if (inFlight >= (cls === 'light' ? lightLimit : heavyLimit)) {
      counters.refused[cls]++;
      return unavailable(reply, `the server is busy (${cls} requests); try again shortly`);
    }
    if (cls === 'light') counters.lightInFlight++;
    else counters.heavyInFlight++;
    // 'close' comes once, whether the response was sent or the client went away first
    reply.raw.once('close', () => {
      if (cls === 'light') counters.lightInFlight--;
      else counters.heavyInFlight--;
    });
  });

  const pool = options.pool;
  const shared = new Map<string, Shared>();
  if (pool) {
    app.addHook('preHandler', async (req, reply) => {
      if (routeClass(req.routeOptions.url) !== 'heavy') return;
      return forward(pool, shared, req, reply, unavailable, counters);
    });
  }
  return counters;
}

/** A computation that identical requests in progress share. */
interface Shared {
  result: Promise<ForwardedResponse>;
  abort: AbortController;
  waiters: number;
}

async function forward(
  pool: FigurePool,
  shared: Map<string, Shared>,
  req: FastifyRequest,
  reply: FastifyReply,
  unavailable: (reply: FastifyReply, message: string) => FastifyReply,
  counters: StallCounters,
): Promise<FastifyReply> {
  const headers: Record<string, string> = {};
  for (const name of FORWARDED) {
    const v = req.headers[name];
    if (typeof v === 'string') headers[name] = v;
  }
  const payload = req.body === undefined ? undefined : JSON.stringify(req.body);
  // Identical requests in progress share one computation: twenty clients asking for the same
  // figure cost one figure. It is ended only when every one of them has gone.
  const key = JSON.stringify([req.method, req.url, payload ?? null, headers]);
  let entry = shared.get(key);
  if (entry) {
    counters.coalesced++;
  } else {
    const abort = new AbortController();
    const result = pool.run(
      { method: req.method, url: req.url, headers, ...(payload === undefined ? {} : { payload }) },
      abort.signal,
    );
    const created: Shared = { result, abort, waiters: 0 };
    entry = created;
    shared.set(key, created);
    const forget = () => {
      if (shared.get(key) === created) shared.delete(key);
    };
    result.then(forget, forget);
  }
  const mine = entry;
  mine.waiters++;
  let counted = true;
  const leave = () => {
    if (!counted) return;
    counted = false;
    if (--mine.waiters === 0) mine.abort.abort();
  };
  const onClose = () => {
    if (!reply.raw.writableFinished) leave();
  };
  reply.raw.once('close', onClose);
  try {
    const res = await mine.result;
    reply.status(res.statusCode);
    for (const [name, value] of Object.entries(res.headers))
      if (value !== undefined && !HOP_BY_HOP.has(name.toLowerCase())) reply.header(name, value);
    return reply.send(Buffer.from(res.body.buffer, res.body.byteOffset, res.body.byteLength));
  } catch (error) {
    if (error instanceof PoolBusy) {
      counters.refused.heavy++;
      return unavailable(reply, 'the server is busy computing other figures; try again shortly');
    }
    if (error instanceof DeadlineExceeded)
      return unavailable(
        reply,
        'the figure took too long to compute and was given up; try again later',
      );
    if (error instanceof RequestAborted)
      // nobody is listening; the reply only closes the request's lifecycle
      return unavailable(reply, 'the request was abandoned');
    // WorkerFailed and anything else: a 500 through the error handler, logged there
    throw error;
  } finally {
    reply.raw.off('close', onClose);
    counted = false;
  }
}

/**
 * One log line per request: id, method, route pattern, status, time. Never the URL, its query or
 * a body: a search for a defender's name or an organisation under review may be confidential.
 */
export function logRequests(app: FastifyInstance): void {
  app.addHook('onResponse', async (req, reply) => {
    req.log.info(
      {
        method: req.method,
        route: req.routeOptions.url ?? '(no route)',
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      'request',
    );
  });
}
