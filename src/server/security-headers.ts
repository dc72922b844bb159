import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

/*
 * The security headers of every response (CSP, HSTS, frame and sniffing rules: http-errors.ts
 * says which), as helmet writes them for our options, worked out once at start-up.
 *
 * Why not @fastify/helmet, which the server used before: it builds helmet's middleware again for
 * every request, CSP parsing included, in two hooks, which was 6% of the server's CPU on a cached
 * answer (bench/api-load.ts, profile in docs/performance.md). Our options are the same for every
 * route and every request (no nonces, no per-route policy), so the headers are too: helmet is run
 * once against a recording response and its headers are set on each reply as they are.
 */

/** The headers helmet sets for these options, by lower-case name. */
export function securityHeaders(options: Readonly<HelmetOptions>): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
      return recorder;
    },
    // helmet removes X-Powered-By, which Fastify never sets
    removeHeader() {},
  };
  let failure: unknown;
  helmet({ ...options })(
    {} as IncomingMessage,
    recorder as unknown as ServerResponse,
    (error?: unknown) => {
      failure = error;
    },
  );
  if (failure) throw failure instanceof Error ? failure : new Error(String(failure));
  return headers;
}

/** Sets the headers on every reply, before anything else can answer. */
export function installSecurityHeaders(
  app: FastifyInstance,
  options: Readonly<HelmetOptions>,
): Record<string, string> {
  const headers = securityHeaders(options);
  // a callback hook, not an async one: no promise per request for a few assignments
  app.addHook('onRequest', (_req, reply, done) => {
    reply.headers(headers);
    done();
  });
  return headers;
}
