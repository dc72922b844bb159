import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sessionBound } from '../security/route-access.js';
import { dataVersionReader } from '../store/data-version.js';
import type { Store } from '../store/open-store.js';
import {
  chooseCoding,
  CODINGS,
  compress,
  CompressionQueue,
  MIN_COMPRESS_BYTES,
  type Coding,
} from './encodings.js';

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
 * Kept answers of 1 KB or more get brotli and gzip copies, made once off the event loop
 * (encodings.ts) and chosen by Accept-Encoding; each copy has an ETag of its own (the answer's
 * with -br / -gzip), as RFC 9110 asks of different representations.
 *
 * An answer asked for often (100 hits) and large (16 KiB) gets its brotli copy made again at a
 * high quality (encodings.ts); the copy it replaces keeps its ETag good for 304.
 *
 * Requests for an answer that is being computed wait for it instead of computing it again (50
 * clients on a figure just after a write cost one figure, one hash, one set of copies).
 *
 * Not cached: anything but GET with 200, routes whose answer depends on who asks (the session-
 * bound ones of src/security/route-access.ts), and bodies that are streams. See
 * docs/decisions/0005-caches-and-indexes.md for why this is safe where 0003 had refused a cache,
 * and docs/performance.md for what was measured.
 */

export interface FigureCacheOptions {
  /** bytes of answers kept in all (compressed copies included); the least recently used go first. Default 64 MiB. */
  maxBytes?: number;
  /** make brotli/gzip copies of kept answers; default true */
  compress?: boolean;
  /** hits after which an answer of hotMinBytes or more gets brotli's best copy; default 100 */
  hotHits?: number;
  /** default 16 KiB */
  hotMinBytes?: number;
}

export interface FigureCacheStats {
  hits: number;
  misses: number;
  notModified: number;
  /** requests that waited for the same answer being computed and were then served from the cache */
  coalesced: number;
  /** answers sent compressed (hits only: a miss goes as computed) */
  compressed: number;
  entries: number;
  bytes: number;
  /** the data version the entries belong to */
  version: string | null;
}

interface Variant {
  body: Buffer;
  etag: string;
}

interface Entry {
  body: Buffer;
  etag: string;
  contentType: string | undefined;
  contentDisposition: string | undefined;
  /** compressed copies, once made */
  variants: Map<Coding, Variant>;
  ready: Set<Coding>;
  /** times served from the cache */
  hits: number;
  /** ETags of copies replaced by better ones: still good for 304 (the same bytes once decoded) */
  retired: string[];
}

/** An answer being computed: requests for the same key and version wait for it. */
interface Flight {
  version: string;
  done: Promise<void>;
  release: () => void;
}

interface Pending {
  key: string;
  version: string;
  flight: Flight;
}

const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
// Request headers an answer may depend on (the same the worker pool forwards): part of the key.
const VARY = ['accept', 'accept-language'] as const;
// Times a request waits for another's computation before computing itself (a leader that failed
// hands over to the next; more than this and something keeps failing, so it computes).
const MAX_WAITS = 3;
// An answer served this often from the cache, and this large, gets its brotli copy made again at
// a high quality (half a second of CPU for the matrix, once per data version, in the thread pool).
const DEFAULT_HOT_HITS = 100;
const DEFAULT_HOT_MIN_BYTES = 16 * 1024;

const statsOf = new WeakMap<
  FastifyInstance,
  { stats: FigureCacheStats; size: () => number; idle: () => Promise<void> }
>();
const pendingOf = new WeakMap<FastifyRequest, Pending>();

/** Counters of an app's figure cache (tests, the bench), or undefined when it has none. */
export function figureCacheStats(app: FastifyInstance): FigureCacheStats | undefined {
  const s = statsOf.get(app);
  return s && { ...s.stats, entries: s.size() };
}

/** Resolves when every compressed copy asked for so far is made (tests). */
export async function figureCacheIdle(app: FastifyInstance): Promise<void> {
  await statsOf.get(app)?.idle();
}

const boundByPattern = new Map<string, boolean>();

/**
 * sessionBound (src/security/route-access.ts) of a route pattern, remembered: it is asked on every
 * request and the rules do not change while the server runs.
 */
export function sessionBoundRoute(routePattern: string): boolean {
  let bound = boundByPattern.get(routePattern);
  if (bound === undefined) {
    bound = sessionBound(routePattern);
    boundByPattern.set(routePattern, bound);
  }
  return bound;
}

/** Whether an answer of this route may be kept: a public /api read the same for everyone. */
export function cacheableRoute(method: string, routePattern: string | undefined): boolean {
  return (
    method === 'GET' &&
    routePattern !== undefined &&
    routePattern.startsWith('/api/') &&
    !sessionBoundRoute(routePattern)
  );
}

/** The strong ETag of a body: its SHA-1, which is a name here, not a protection. */
export function etagOf(body: Buffer): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`;
}

/** The ETag of a compressed copy: the answer's, marked with the coding (and 'best' for brotli's best). */
export function variantEtag(etag: string, coding: Coding, quality?: 'best'): string {
  return `${etag.slice(0, -1)}-${coding}${quality === undefined ? '' : `-${quality}`}"`;
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

/** Adds Accept-Encoding to the reply's Vary: caches between us and the client must key on it. */
function varyOnEncoding(reply: FastifyReply): void {
  const current = headerText(reply.getHeader('vary'));
  if (current === undefined || current === '') reply.header('vary', 'accept-encoding');
  else if (!/(^|,)\s*(accept-encoding|\*)\s*(,|$)/i.test(current))
    reply.header('vary', `${current}, accept-encoding`);
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
  const makeCopies = options.compress ?? true;
  const hotHits = options.hotHits ?? DEFAULT_HOT_HITS;
  const hotMinBytes = options.hotMinBytes ?? DEFAULT_HOT_MIN_BYTES;
  // one answer may take at most an eighth of the room, so a huge CSV cannot empty the cache
  const maxEntryBytes = Math.floor(maxBytes / 8);
  const version = versionPerTurn(dataVersionReader(store));
  const entries = new Map<string, Entry>();
  const flights = new Map<string, Flight>();
  const queue = new CompressionQueue();
  const stats: FigureCacheStats = {
    hits: 0,
    misses: 0,
    notModified: 0,
    coalesced: 0,
    compressed: 0,
    entries: 0,
    bytes: 0,
    version: null,
  };
  statsOf.set(app, { stats, size: () => entries.size, idle: () => queue.idle() });

  const sizeOf = (e: Entry) => {
    let n = e.body.length;
    for (const v of e.variants.values()) n += v.body.length;
    return n;
  };
  const forget = (key: string) => {
    const e = entries.get(key);
    if (!e) return;
    entries.delete(key);
    stats.bytes -= sizeOf(e);
  };
  const evictOverflow = () => {
    while (stats.bytes > maxBytes) {
      const oldest = entries.keys().next().value;
      if (oldest === undefined) break;
      forget(oldest);
    }
  };

  /** Makes the compressed copies of an entry, unless it is gone (evicted, or a write came) first. */
  const addCopies = (key: string, entry: Entry) => {
    if (!makeCopies || entry.body.length < MIN_COMPRESS_BYTES) return;
    for (const coding of CODINGS)
      queue.add(async () => {
        if (entries.get(key) !== entry) return;
        const body = await compress(entry.body, coding);
        // a copy that saves little is not worth a header and a lookup
        if (entries.get(key) !== entry || body.length > entry.body.length * 0.9) return;
        entry.variants.set(coding, { body, etag: variantEtag(entry.etag, coding) });
        entry.ready.add(coding);
        stats.bytes += body.length;
        evictOverflow();
      });
  };

  /** Replaces the brotli copy of a hot answer by one at the best quality, if smaller. */
  const addBestCopy = (key: string, entry: Entry) => {
    if (!makeCopies || entry.body.length < hotMinBytes) return;
    queue.add(async () => {
      if (entries.get(key) !== entry) return;
      const body = await compress(entry.body, 'br', true);
      const current = entry.variants.get('br');
      if (entries.get(key) !== entry || !current || body.length >= current.body.length) return;
      entry.retired.push(current.etag);
      entry.variants.set('br', { body, etag: variantEtag(entry.etag, 'br', 'best') });
      stats.bytes += body.length - current.body.length;
    });
  };

  app.addHook('onRequest', async (req, reply) => {
    if (!cacheableRoute(req.method, req.routeOptions.url)) return;
    const current = await version.read();
    if (current !== stats.version) {
      // a write happened: nothing kept describes the data any more
      entries.clear();
      flights.clear();
      stats.bytes = 0;
      stats.version = current;
    }
    const key = [req.url, ...VARY.map((h) => String(req.headers[h] ?? ''))].join('\n');
    let hit = entries.get(key);
    let waited = false;
    for (let i = 0; !hit && i < MAX_WAITS; i++) {
      const flight = flights.get(key);
      if (!flight || flight.version !== current) break;
      await flight.done;
      waited = true;
      if (stats.version !== current) break;
      hit = entries.get(key);
    }
    if (!hit) {
      stats.misses++;
      let resolve!: () => void;
      const done = new Promise<void>((r) => (resolve = r));
      const flight: Flight = {
        version: current,
        done,
        release: () => {
          if (flights.get(key) === flight) flights.delete(key);
          resolve();
        },
      };
      flights.set(key, flight);
      // 'close' comes whatever happens to the request, should onSend never run
      reply.raw.once('close', flight.release);
      pendingOf.set(req, { key, version: current, flight });
      return;
    }
    stats.hits++;
    if (waited) stats.coalesced++;
    if (++hit.hits === hotHits) addBestCopy(key, hit);
    // most recently used last: the first in the map is the first to go
    entries.delete(key);
    entries.set(key, hit);
    const coding = chooseCoding(req.headers['accept-encoding'], hit.ready);
    const variant = coding === null ? undefined : hit.variants.get(coding);
    const etag = variant?.etag ?? hit.etag;
    reply.header('etag', etag).header('cache-control', 'no-cache');
    varyOnEncoding(reply);
    const ifNoneMatch = req.headers['if-none-match'];
    if (
      ifNoneMatch !== undefined &&
      (matchesIfNoneMatch(ifNoneMatch, hit.etag) ||
        [...hit.variants.values()].some((v) => matchesIfNoneMatch(ifNoneMatch, v.etag)) ||
        hit.retired.some((t) => matchesIfNoneMatch(ifNoneMatch, t)))
    ) {
      // any representation of the same bytes is still good
      stats.notModified++;
      return reply.code(304).send();
    }
    if (hit.contentType !== undefined) reply.header('content-type', hit.contentType);
    if (hit.contentDisposition !== undefined)
      reply.header('content-disposition', hit.contentDisposition);
    if (variant) {
      stats.compressed++;
      reply.header('content-encoding', coding);
    }
    return reply.code(200).send(variant?.body ?? hit.body);
  });

  app.addHook('onSend', async (req, reply, payload) => {
    // a request that may have written (its transaction is committed by now): whatever comes
    // next reads the version again, even in this turn
    if (req.method !== 'GET' && req.method !== 'HEAD') version.forget();
    const pending = pendingOf.get(req);
    if (!pending) return payload;
    pendingOf.delete(req);
    try {
      if (reply.statusCode !== 200) return payload;
      if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
      const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
      const etag = etagOf(body);
      reply.header('etag', etag).header('cache-control', 'no-cache');
      varyOnEncoding(reply);
      // kept only if no write came between the version read and now (the next request would
      // clear it anyway) and the answer fits
      if (pending.version === stats.version && body.length <= maxEntryBytes) {
        forget(pending.key);
        const entry: Entry = {
          body,
          etag,
          contentType: headerText(reply.getHeader('content-type')),
          contentDisposition: headerText(reply.getHeader('content-disposition')),
          variants: new Map(),
          ready: new Set(),
          hits: 0,
          retired: [],
        };
        entries.set(pending.key, entry);
        stats.bytes += body.length;
        evictOverflow();
        addCopies(pending.key, entry);
      }
      if (matchesIfNoneMatch(req.headers['if-none-match'], etag)) {
        stats.notModified++;
        reply.code(304);
        return '';
      }
      return body;
    } finally {
      // the answer is kept (or is not keepable): whoever waited for it goes on
      pending.flight.release();
    }
  });
}

/**
 * The data version read at most once per turn of the event loop: under load, the requests of one
 * turn share one read (on SQLite a statement, 6% of the server's CPU on cached answers; on
 * PostgreSQL a round trip). Safe: a request whose bytes were read in the same turn as another's
 * was sent before that turn's answers reached anyone, so it may be ordered before a write
 * committed in the turn; a write through this server also forgets the read at once (onSend).
 */
function versionPerTurn(read: () => string | Promise<string>): {
  read: () => string | Promise<string>;
  forget: () => void;
} {
  let memo: string | Promise<string> | undefined;
  let turn = 0;
  return {
    read() {
      if (memo === undefined) {
        const mine = ++turn;
        memo = read();
        // a read that fails is not kept
        if (typeof memo !== 'string')
          memo.catch(() => {
            if (turn === mine) memo = undefined;
          });
        setImmediate(() => {
          if (turn === mine) memo = undefined;
        });
      }
      return memo;
    },
    forget() {
      memo = undefined;
      turn++;
    },
  };
}

function headerText(value: ReturnType<FastifyReply['getHeader']>): string | undefined {
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value.join(', ') : String(value);
}
