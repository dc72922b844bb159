/**
 * Paths pino censors in every log line: the request log carries none of them (limits.ts logs the
 * route pattern, status and time only), so this is the second line of defence, for an error
 * object or a future log call that carries a request, a body or a decrypted record.
 */
export const LOG_REDACT = {
  paths: [
    'req.headers.cookie',
    'req.headers["x-csrf-token"]',
    'req.headers.authorization',
    'res.headers["set-cookie"]',
    '*.password',
    '*.current',
    '*.next',
    '*.csrfToken',
    '*.token',
    '*.passwordHash',
    '*.ciphertext',
    '*.victimName',
    '*.relatives',
    '*.contact',
  ],
  censor: '[redacted]',
};
