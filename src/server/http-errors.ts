import type { Socket } from 'node:net';
import { STATUS_CODES } from 'node:http';
import type { HelmetOptions } from 'helmet';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ApiError, codeForStatus, errorBody } from './errors.js';

/**
 * What the built web app needs and no more: its script, stylesheet and API calls come from the
 * server itself (Vite emits no inline script or style element; React's `style` props go through
 * the DOM, which CSP does not restrict), charts may use data: images, and no page may frame it.
 */
const CSP_DIRECTIVES = {
  'default-src': ["'self'"],
  'base-uri': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
} as const;

const CSP = Object.entries(CSP_DIRECTIVES)
  .map(([name, values]) => `${name} ${values.join(' ')}`)
  .join('; ');

export const HELMET_OPTIONS: HelmetOptions = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: Object.fromEntries(
      Object.entries(CSP_DIRECTIVES).map(([name, values]) => [name, [...values]]),
    ),
  },
  referrerPolicy: { policy: 'no-referrer' },
  xFrameOptions: { action: 'deny' },
  // a deployment behind HTTPS keeps to it; other hosts of the same domain are not ours to bind
  strictTransportSecurity: { maxAge: 15_552_000, includeSubDomains: false },
};

/**
 * The headers of answers written before Fastify's hooks run (a malformed URL, a socket error),
 * where helmet cannot add its own: the same policy, so every response carries it.
 */
export const RAW_SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

/** /api, /api/…, in any case and however percent-encoded: never the web app's HTML. */
export function isApiPath(pathname: string): boolean {
  let decoded = pathname;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    // a path that is not valid percent-encoding is judged as written
  }
  return /^\/+api(\/|$)/i.test(decoded);
}

/** Our words for errors Fastify raises with input in its message (a JSON parser's snippet). */
function frameworkMessage(error: FastifyError, status: number, bodyLimit: number): string {
  if (error instanceof SyntaxError || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY')
    return 'the body is not valid JSON';
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'send the body as application/json';
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return `the body is larger than ${bodyLimit} bytes`;
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'the JSON body is empty';
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return 'the body is not as long as its content-length says';
    case 'FST_ERR_CTP_INVALID_CHARSET':
      return 'send the body as UTF-8 JSON';
  }
  if (status === 403) return 'this path may not be read';
  return error.message || STATUS_CODES[status] || 'bad request';
}

/** Whether the server writes error logs, so a 500 says "logged" only when it was. */
function logsErrors(app: FastifyInstance): boolean {
  const log = app.log as { isLevelEnabled?: (level: string) => boolean };
  return typeof log.isLevelEnabled === 'function' && log.isLevelEnabled('error');
}

/** The error handler of the whole API: one shape, a code that matches the status. */
export function replyToError(
  app: FastifyInstance,
  error: unknown,
  req: FastifyRequest,
  reply: FastifyReply,
) {
  if (error instanceof ApiError)
    return reply.status(error.statusCode).send(errorBody(error.code, error.message));
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return reply
      .status(status)
      .send(
        errorBody(
          codeForStatus(status),
          frameworkMessage(error as FastifyError, status, app.initialConfig.bodyLimit ?? 0),
        ),
      );
  }
  if (!logsErrors(app)) {
    return reply.status(500).send(errorBody('internal', 'something went wrong on our side'));
  }
  req.log.error({ err: error }, 'request failed');
  return reply
    .status(500)
    .send(
      errorBody(
        'internal',
        `something went wrong on our side; the error was logged with request id ${req.id}`,
      ),
    );
}

/** Errors found while routing, before any hook (helmet's included) runs. */
export function onFrameworkError(
  error: FastifyError,
  _req: FastifyRequest,
  reply: FastifyReply,
): void {
  reply.headers(RAW_SECURITY_HEADERS);
  if (error.code === 'FST_ERR_BAD_URL') {
    void reply
      .status(400)
      .send(errorBody('bad-request', 'the path is not valid percent-encoded UTF-8'));
  } else if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    void reply.status(414).send(errorBody('uri-too-long', 'a part of the path is too long'));
  } else {
    void reply.status(500).send(errorBody('internal', 'something went wrong on our side'));
  }
}

/**
 * Errors of the HTTP connection itself (headers past Node's limit, a request line that is not
 * HTTP, a request too slow): written straight to the socket, as Fastify's default does, but in
 * the API's shape and with the security headers.
 */
export function onClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, message] =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [408, 'the request took too long to arrive']
      : error.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'the request headers (or the URL) are too large']
        : [400, 'the request is not valid HTTP'];
  const body = JSON.stringify(errorBody(codeForStatus(status), message));
  const headers = {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(body)),
    connection: 'close',
    ...RAW_SECURITY_HEADERS,
  };
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${Object.entries(headers)
        .map(([k, v]) => `${k}: ${v}`)
        .join('\r\n')}\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
