import { errorResponse as err, jsonResponse as ok } from '../openapi-responses.js';
import { MAX_INT } from '../query.js';

/** The reprisals registry's endpoints in the OpenAPI document (src/server/openapi.ts). */

const errors = {
  '400': err('a parameter is invalid (bad-request)'),
  '404': err('not found (not-found)'),
  '503': err(
    'an editor or admin asked, and the server was started without the data keys (unavailable)',
  ),
};
const country = {
  name: 'country',
  in: 'query',
  required: true,
  schema: { type: 'string' },
  description: 'the State: ISO alpha-3 (CHN) or its UN name in English or Chinese',
};
const ROLE_NOTE =
  'The answer depends on the caller’s role (session cookie; the public without one): public fields for everyone, restricted ones (activity, reprisal dates, communication references, Uwazi id) from researcher up, confidential ones (names, relatives, contact, place, quoted report text) for editors and admins only, each read recorded in the audit log. Sent with Cache-Control: private, no-store.';

export const REPRISALS_OPENAPI_PATHS = {
  '/api/v1/reprisals/cases': {
    get: {
      summary: "Reprisals: a State's cases, in case id order, as the caller's role may see them",
      description: ROLE_NOTE,
      parameters: [
        country,
        {
          name: 'page',
          in: 'query',
          schema: { type: 'integer', minimum: 1, maximum: MAX_INT, default: 1 },
        },
        {
          name: 'pageSize',
          in: 'query',
          schema: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
        },
      ],
      responses: { '200': ok('{ role, country, total, page, pageSize, items }'), ...errors },
    },
  },
  '/api/v1/reprisals/cases/{caseId}': {
    get: {
      summary: "Reprisals: one case with its appearances, as the caller's role may see it",
      description: ROLE_NOTE,
      parameters: [
        {
          name: 'caseId',
          in: 'path',
          required: true,
          schema: { type: 'string', pattern: '^\\d{4}-(\\d{3}|[A-Za-z]{3})-\\d{3}$' },
          description: '2020-025-001 (ISHR) or 2020-CHN-001 (a draft read from a report)',
        },
      ],
      responses: { '200': ok('{ role, case }'), ...errors },
    },
  },
  '/api/v1/reprisals/stats': {
    get: {
      summary:
        "Reprisals: a State's figures (cases per report year, new vs follow-up, shares by gender, anonymity, type, act, UN body, cases reported again), from public fields only",
      description:
        'For the public and researchers, cells under 3 read "fewer than 3" (with secondary suppression and no evidence ids) and the "reported again" chains are a count; editors and admins get every number.',
      parameters: [country],
      responses: {
        '200': ok('{ role, country, audience, byYear, newVsFollowUp, shares, reportedAgain }'),
        ...errors,
      },
    },
  },
} as const;
