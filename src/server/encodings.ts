import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/*
 * Compressed copies of cached answers (issue 10). A cached answer is sent many times and
 * compressed once: brotli and gzip copies are made when it is stored, off the event loop (zlib in
 * libuv's thread pool), one at a time so that a burst of new answers does not fill the pool that
 * static files are read through. The client's Accept-Encoding picks the copy; until a copy is
 * ready, or for a client that accepts neither, the answer goes as it is.
 *
 * Why not compression per request (@fastify/compress): the Council matrix is 289 KB; compressing
 * it again for each of hundreds of requests a second is the whole CPU. Why not a high brotli
 * quality at once: 10 costs the matrix 0.5 s of CPU (11: 1.2-2.3 s) for 10% fewer bytes than 6
 * (66 -> 59.6 KB), and every distinct search is an answer of its own; only answers asked for
 * often get it.
 */

export type Coding = 'br' | 'gzip';

/** Codings offered, best first (brotli is smaller for the same text). */
export const CODINGS: readonly Coding[] = ['br', 'gzip'];

/** Below this an answer goes as it is: headers and framing outweigh what could be saved. */
export const MIN_COMPRESS_BYTES = 1024;

const BROTLI_QUALITY = 6;
const GZIP_LEVEL = 6;
/**
 * Hot large answers are compressed again at quality 10 (figure-cache.ts says when): the matrix
 * 66 -> 59.6 KB in 0.5 s, where 11 gives 57.5 KB in 1.2-2.3 s; on a loaded machine the copy that
 * comes sooner serves more requests.
 */
const BROTLI_BEST_QUALITY = 10;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** The compressed copy of a body in one coding; `best`: brotli at quality 10, ten times slower. */
export function compress(body: Buffer, coding: Coding, best = false): Promise<Buffer> {
  return coding === 'br'
    ? brotli(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: best ? BROTLI_BEST_QUALITY : BROTLI_QUALITY,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      })
    : gzipAsync(body, { level: GZIP_LEVEL });
}

/**
 * The q-value the client gives each coding (RFC 9110 12.5.3): listed codings by name, `*` for
 * the rest, `x-gzip` as gzip. No header: no coding but identity.
 */
export function acceptedCodings(header: string | string[] | undefined): Map<string, number> {
  const out = new Map<string, number>();
  if (header === undefined) return out;
  for (const item of (Array.isArray(header) ? header.join(',') : header).split(',')) {
    const [rawName = '', ...params] = item.split(';');
    const name = rawName.trim().toLowerCase();
    if (name === '') continue;
    let q = 1;
    for (const p of params) {
      const m = /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(p);
      if (m) q = Number(m[1]);
    }
    if (!Number.isFinite(q)) continue;
    out.set(name === 'x-gzip' ? 'gzip' : name, q);
  }
  return out;
}

/**
 * The coding to send among those ready, or null for the body as it is: the highest q above 0,
 * brotli before gzip on a tie.
 */
export function chooseCoding(
  header: string | string[] | undefined,
  ready: ReadonlySet<Coding>,
): Coding | null {
  if (ready.size === 0 || header === undefined) return null;
  const accepted = acceptedCodings(header);
  const star = accepted.get('*');
  let best: Coding | null = null;
  let bestQ = 0;
  for (const coding of CODINGS) {
    if (!ready.has(coding)) continue;
    const q = accepted.get(coding) ?? star ?? 0;
    if (q > bestQ) {
      best = coding;
      bestQ = q;
    }
  }
  return best;
}

/** Runs compressions one after another; past `limit` waiting, new ones are dropped. */
export class CompressionQueue {
  private readonly waiting: (() => Promise<void>)[] = [];
  private running = false;
  /** compressions given up because the queue was full */
  dropped = 0;

  constructor(private readonly limit = 256) {}

  /** Queues `job`; false when it was dropped. */
  add(job: () => Promise<void>): boolean {
    if (this.waiting.length >= this.limit) {
      this.dropped++;
      return false;
    }
    this.waiting.push(job);
    if (!this.running) void this.drain();
    return true;
  }

  /** Resolves when nothing is waiting or running (tests). */
  async idle(): Promise<void> {
    while (this.running || this.waiting.length > 0) await new Promise((r) => setImmediate(r));
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      for (let job = this.waiting.shift(); job; job = this.waiting.shift()) {
        try {
          await job();
        } catch {
          // a copy that could not be made: the answer goes uncompressed
        }
      }
    } finally {
      this.running = false;
    }
  }
}
