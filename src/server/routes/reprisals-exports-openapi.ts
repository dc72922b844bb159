import { errorResponse as err, jsonResponse as ok } from '../openapi-responses.js';

/** The reprisals downloads in the OpenAPI document (src/server/openapi.ts). */

const csv = (description: string) => ({
  description: `${description}. UTF-8, starting with the byte-order mark (EF BB BF); add bom=false to the query to leave it out`,
  content: { 'text/csv': { schema: { type: 'string' } } },
});
const errors = {
  '400': err('a parameter is invalid (bad-request)'),
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
const format = {
  name: 'format',
  in: 'query',
  schema: { type: 'string', enum: ['csv', 'json'] },
  description: 'csv or json (default: the extension of the path)',
};
const ROLE_NOTE =
  'Only the columns the caller’s role may read: public fields for everyone, restricted ones from researcher up, confidential ones (names, relatives, contact, place, quoted report text) for editors and admins only, each read recorded in the audit log. An attachment (Content-Disposition), sent with Cache-Control: private, no-store. The CSV is the registry CSV: an editor may edit it and import it again (`groundpass import reprisals FILE`, which shows the diff first); a column absent from the file is left as it is.';

export const REPRISALS_EXPORT_OPENAPI_PATHS = {
  '/api/v1/reprisals/cases.csv': {
    get: {
      summary:
        "Reprisals: download a State's cases as the registry CSV, as the caller's role may read them",
      description: ROLE_NOTE,
      parameters: [country, format],
      responses: { '200': csv('one row per case, one column per readable field'), ...errors },
    },
  },
  '/api/v1/reprisals/cases.json': {
    get: {
      summary: "Reprisals: download a State's cases as JSON, as the caller's role may read them",
      description: ROLE_NOTE,
      parameters: [country, format],
      responses: { '200': ok('{ role, country, fields, items }'), ...errors },
    },
  },
  '/api/v1/reprisals/stats.csv': {
    get: {
      summary: "Reprisals: download a State's figures as CSV (or JSON with format=json)",
      description:
        'One row per cell (country, audience, figure, key, count, share) and a total per figure. For the public and researchers a count under 3 reads "fewer than 3" with no share, and no case id is in the file; editors and admins get every number. Cache-Control: private, no-store.',
      parameters: [country, format],
      responses: { '200': csv('the figures, one row per cell'), ...errors },
    },
  },
} as const;
