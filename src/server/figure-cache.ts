import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sessionBound } from '../security/route-access.js';
import { dataVersionReader } from '../store/data-version.js';
import type { Store } from '../store/open-store.js';

/*
 * Answers of public GET routes, kept per data version (issue 10). Every /api figure is a function
 * of the stored data and the request's URL, so an answer computed once is the answer until the
 * data version changes, and the version changes in the transaction of every write that could
 * change a figure (src/store/data-version.ts, migration 008). The cache sits in the main thread,
 * before the worker pool (limits.ts): a repeated request costs a version read (one prepared
 * statement on SQLite) and a map lookup, not a trip to a worker.
 *
 * Each answer carries an ETag, the hash of its bytes, so it names exactly what was sent whatever
 * code produced it; a client that sends it back in If-None-Match gets 304 without the body.
 *
 * Not cached: anything but GET with 200, routes whose answer depends on who asks (the session-
 * bound ones of src/security/route-access.ts), and bodies that are streams. See
 * docs/decisions/0005-caches-and-indexes.md for why this is safe where 0003 had refused a cache.
 */

export interface FigureCacheOptions {
  /** bytes of answers kept in all; the least recently used go first. Default 64 MiB. */
  maxBytes?: number;
}

export interface FigureCacheStats {
  hits: number;
  misses: number;
  notModified: number;
  entries: number;
  bytes: number;
  /** the data version the entries belong to */
  version: string | null;
}

interface Entry {
  body: Buffer;
  etag: string;
  contentType: string | undefined;
  contentDisposition: string | undefined;
}

interface Pending {
  key: string;
  version: string;
}

const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
// Request headers an answer may depend on (the same the worker pool forwards): part of the key.
const VARY = ['accept', 'accept-language'] as const;

const statsOf = new WeakMap<FastifyInstance, { stats: FigureCacheStats; size: () => number }>();
const pendingOf = new WeakMap<FastifyRequest, Pending>();

/** Counters of an app's figure cache (tests, the bench), or undefined when it has none. */
export function figureCacheStats(app: FastifyInstance): FigureCacheStats | undefined {
  const s = statsOf.get(app);
  return s && { ...s.stats, entries: s.size() };
}

/** Whether an answer of this route may be kept: a public /api read the same for everyone. */
export function cacheableRoute(method: string, routePattern: string | undefined): boolean {
  return (
    method === 'GET' &&
    routePattern !== undefined &&
    routePattern.startsWith('/api/') &&
    !sessionBound(routePattern)
  );
}

/** The strong ETag of a body: its SHA-1, which is a name here, not a protection. */
export function etagOf(body: Buffer): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`;
}

/** Whether If-None-Match names this ETag (a list, `*`, weak forms compare equal: RFC 9110 13.1.2). */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const bare = etag.replace(/^W\//, '');
  return header
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .some((t) => t === '*' || t === bare);
}

/**
 * Installs the cache on an app. Call after every other onSend hook that changes a body (the
 * CSV byte-order mark): what is kept is the body as sent.
 */
export function installFigureCache(
  app: FastifyInstance,
  store: Pick<Store, 'db' | 'sqlite'>,
  options: FigureCacheOptions = {},
): void {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  // one answer may take at most an eighth of the room, so a huge CSV cannot empty the cache
  const maxEntryBytes = Math.floor(maxBytes / 8);
  const readVersion = dataVersionReader(store);
  const entries = new Map<string, Entry>();
  const stats: FigureCacheStats = {
    hits: 0,
    misses: 0,
    notModified: 0,
    entries: 0,
    bytes: 0,
    version: null,
  };
  statsOf.set(app, { stats, size: () => entries.size });

  const forget = (key: string) => {
    const e = entries.get(key);
    if (!e) return;
    entries.delete(key);
    stats.bytes -= e.body.length;
  };

  app.addHook('onRequest', async (req, reply) => {
    if (!cacheableRoute(req.method, req.routeOptions.url)) return;
    const version = await readVersion();
    if (version !== stats.version) {
      // a write happened: nothing kept describes the data any more
      entries.clear();
      stats.bytes = 0;
      stats.version = version;
    }
    const key = [req.url, ...VARY.map((h) => String(req.headers[h] ?? ''))].join('\n');
    const hit = entries.get(key);
    if (!hit) {
      stats.misses++;
      pendingOf.set(req, { key, version });
      return;
    }
    stats.hits++;
    // most recently used last: the first in the map is the first to go
    entries.delete(key);
    entries.set(key, hit);
    reply.header('etag', hit.etag).header('cache-control', 'no-cache');
    if (matchesIfNoneMatch(req.headers['if-none-match'], hit.etag)) {
      stats.notModified++;
      return reply.code(304).send();
    }
    if (hit.contentType !== undefined) reply.header('content-type', hit.contentType);
    if (hit.contentDisposition !== undefined)
      reply.header('content-disposition', hit.contentDisposition);
    return reply.code(200).send(hit.body);
  });

  app.addHook('onSend', async (req, reply, payload) => {
    const pending = pendingOf.get(req);
    if (!pending) return payload;
    pendingOf.delete(req);
    if (reply.statusCode !== 200) return payload;
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
    const etag = etagOf(body);
    reply.header('etag', etag).header('cache-control', 'no-cache');
    // kept only if no write came between the version read and now (the next request would
    // clear it anyway) and the answer fits
    if (pending.version === stats.version && body.length <= maxEntryBytes) {
      forget(pending.key);
      entries.set(pending.key, {
        body,
        etag,
        contentType: headerText(reply.getHeader('content-type')),
        contentDisposition: headerText(reply.getHeader('content-disposition')),
      });
      stats.bytes += body.length;
      while (stats.bytes > maxBytes) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        forget(oldest);
      }
    }
    if (matchesIfNoneMatch(req.headers['if-none-match'], etag)) {
      stats.notModified++;
      reply.code(304);
      return '';
    }
    return body;
  });
}

function headerText(value: ReturnType<FastifyReply['getHeader']>): string | undefined {
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value.join(', ') : String(value);
}
