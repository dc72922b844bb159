import type { LightMyRequestResponse } from 'fastify';

/** The code an error of each status carries; a 403 that says bad-request misleads a client. */
export const EXPECTED_CODE: Record<number, string | string[]> = {
  400: 'bad-request',
  // a login that failed, and the session checks of docs/security.md
  401: ['unauthorized', 'invalid-login'],
  403: ['forbidden', 'csrf', 'wrong-password'],
  404: 'not-found',
  405: 'method-not-allowed',
  406: 'not-acceptable',
  408: 'timeout',
  409: ['conflict', 'ambiguous-name'],
  413: 'payload-too-large',
  414: 'uri-too-long',
  415: 'unsupported-media-type',
  429: 'too-many-requests',
  431: 'headers-too-large',
  500: 'internal',
  503: 'unavailable',
};

export interface Headers {
  [name: string]: string | string[] | number | undefined;
}

/** What is wrong with the security headers of one response; empty when nothing is. */
export function headerProblems(headers: Headers): string[] {
  const out: string[] = [];
  const h = (name: string) => String(headers[name] ?? '');
  if (h('x-content-type-options') !== 'nosniff') out.push('no x-content-type-options: nosniff');
  const csp = h('content-security-policy');
  if (!/frame-ancestors 'none'/.test(csp)) out.push(`CSP without frame-ancestors 'none': ${csp}`);
  if (!/default-src 'self'/.test(csp)) out.push(`CSP without default-src 'self': ${csp}`);
  if (!h('referrer-policy')) out.push('no referrer-policy');
  return out;
}

/**
 * What is wrong with one response: a 5xx (other than a deliberate 503), an error body not in the
 * documented shape `{ error: { code, message } }`, a code that does not match the status, raw
 * markup or a NUL echoed into the message, missing security headers.
 */
export function responseProblems(res: {
  statusCode: number;
  headers: Headers;
  body: string;
  head?: boolean;
}): string[] {
  const out: string[] = [];
  if (res.statusCode >= 500 && res.statusCode !== 503) out.push(`status ${res.statusCode}`);
  out.push(...headerProblems(res.headers));
  // a HEAD answer has no body to check
  if (res.statusCode < 400 || res.head) return out;
  const type = String(res.headers['content-type'] ?? '');
  if (!type.startsWith('application/json')) out.push(`error content-type ${type}`);
  let body: unknown;
  try {
    body = JSON.parse(res.body);
  } catch {
    return [...out, `error body is not JSON: ${res.body.slice(0, 80)}`];
  }
  const error = (body as { error?: { code?: unknown; message?: unknown } }).error;
  const keys = Object.keys(body as object);
  if (keys.length !== 1 || keys[0] !== 'error' || typeof error !== 'object' || error === null)
    return [...out, `error body not { error: {…} }: ${res.body.slice(0, 120)}`];
  // `candidates` is the one documented addition (an ambiguous name's possible records)
  const extra = Object.keys(error).filter((k) => !['code', 'message', 'candidates'].includes(k));
  if (extra.length) out.push(`undocumented error keys ${extra.join(',')}`);
  if (typeof error.code !== 'string' || typeof error.message !== 'string')
    return [...out, `error code/message not strings: ${res.body.slice(0, 120)}`];
  const expected =
    EXPECTED_CODE[res.statusCode] ?? (res.statusCode >= 500 ? 'internal' : undefined);
  if (![expected].flat().includes(error.code))
    out.push(`status ${res.statusCode} with code ${error.code}`);
  if (/</.test(error.message)) out.push(`markup echoed: ${error.message.slice(0, 120)}`);
  if (error.message.includes('\u0000')) out.push('NUL echoed into the message');
  if (error.message.length > 500) out.push(`message of ${error.message.length} characters`);
  return out;
}

export const problemsOf = (res: LightMyRequestResponse, method = 'GET') =>
  responseProblems({
    statusCode: res.statusCode,
    headers: res.headers,
    body: res.body,
    head: method === 'HEAD',
  });
