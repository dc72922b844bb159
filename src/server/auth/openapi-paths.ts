import { errorResponse as err, jsonResponse as ok } from '../openapi-responses.js';
/** The session and administration endpoints in the OpenAPI document (src/server/openapi.ts). */

const jsonBody = (properties: Record<string, { type: string }>, required: string[]) => ({
  required: true,
  content: {
    'application/json': { schema: { type: 'object', properties, required } },
  },
});
const csrfHeader = {
  name: 'x-csrf-token',
  in: 'header',
  required: true,
  schema: { type: 'string' },
  description: "the session's CSRF token, from the login answer or /api/v1/auth/me",
};

export const AUTH_OPENAPI_PATHS = {
  '/api/v1/auth/login': {
    post: {
      summary:
        'log in: sets an HttpOnly, SameSite=Strict session cookie and returns the CSRF token for writes',
      requestBody: jsonBody({ name: { type: 'string' }, password: { type: 'string' } }, [
        'name',
        'password',
      ]),
      responses: {
        '200': ok('{ user: { name, role }, csrfToken }'),
        '400': err('bad-request'),
        '401': err('invalid-login: the name or the password is wrong (the same answer for both)'),
        '429': err('too-many-requests: the account or the address is locked for a while'),
      },
    },
  },
  '/api/v1/auth/logout': {
    post: {
      summary: 'log out: ends the session',
      parameters: [csrfHeader],
      responses: { '200': ok('{ user: null }'), '401': err('unauthorized'), '403': err('csrf') },
    },
  },
  '/api/v1/auth/me': {
    get: {
      summary: 'who is logged in ({ user: null } without a session) and the CSRF token',
      responses: { '200': ok('{ user, csrfToken }') },
    },
  },
  '/api/v1/auth/password': {
    post: {
      summary: 'change my password (every session ends; log in again)',
      parameters: [csrfHeader],
      requestBody: jsonBody({ current: { type: 'string' }, next: { type: 'string' } }, [
        'current',
        'next',
      ]),
      responses: {
        '200': ok('{ changed: true }'),
        '400': err('bad-request: the new password is too short'),
        '401': err('unauthorized'),
        '403': err('csrf, or wrong-password'),
        '429': err('too-many-requests'),
      },
    },
  },
  '/api/v1/admin/users': {
    get: {
      summary: 'accounts (admin only): name, role, disabled, created; never a password hash',
      responses: { '200': ok('{ items }'), '401': err('unauthorized'), '403': err('forbidden') },
    },
  },
} as const;
