/** API errors: always { error: { code, message } }, never a stack trace (DESIGN §4). */
export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The code of an error of each status, so a client can branch on it without reading the
 * message; an error raised by Fastify or a plugin (403 from the static files, 413, 415) gets the
 * code of its status, not a generic "bad-request".
 */
const CODE_BY_STATUS: Record<number, string> = {
  400: 'bad-request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  406: 'not-acceptable',
  408: 'timeout',
  409: 'conflict',
  411: 'length-required',
  413: 'payload-too-large',
  414: 'uri-too-long',
  415: 'unsupported-media-type',
  416: 'range-not-satisfiable',
  422: 'unprocessable',
  429: 'too-many-requests',
  431: 'headers-too-large',
  500: 'internal',
  503: 'unavailable',
  504: 'timeout',
};

export function codeForStatus(status: number): string {
  return CODE_BY_STATUS[status] ?? (status >= 500 ? 'internal' : 'bad-request');
}

/** Longest message served; a 5,000-character parameter echoed back helps nobody. */
const MAX_MESSAGE = 300;

/**
 * A message made safe to serve whatever it quotes: no markup (`<` and `&` as \u escapes, so a
 * page that drops the message into HTML cannot run it), no control or line-separator characters,
 * at most MAX_MESSAGE characters.
 */
export function safeMessage(message: string): string {
  const escaped = message.replace(
    // eslint-disable-next-line no-control-regex -- control characters are what this removes
    /[<&\u0000-\u001f\u007f-\u009f\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return escaped.length > MAX_MESSAGE ? `${escaped.slice(0, MAX_MESSAGE - 1)}…` : escaped;
}

/** A piece of client input for a message: shortened and in quotes, made safe by safeMessage. */
export function quote(input: string, max = 60): string {
  const short = input.length > max ? `${input.slice(0, max - 1)}…` : input;
  return JSON.stringify(short);
}

/**
 * The body of every error. `details` adds documented fields beside code and message (the
 * `candidates` of an ambiguous name), never a stack or raw input.
 */
export function errorBody(code: string, message: string, details?: { candidates?: unknown[] }) {
  return { error: { code, message: safeMessage(message), ...details } };
}
