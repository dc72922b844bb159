import { errorResponse as err, jsonResponse as ok } from '../openapi-responses.js';

/** The State profile and the report download in the OpenAPI document (src/server/openapi.ts). */

const errors = {
  '400': err('a parameter is invalid (bad-request)'),
  '404': err('not found (not-found)'),
};
const year = (description: string, required: boolean) => ({
  name: 'year',
  in: 'query',
  required,
  schema: { type: 'integer', minimum: 1900, maximum: 2100 },
  description,
});

export const STATE_PROFILE_OPENAPI_PATHS = {
  '/api/v1/states/{state}/profile': {
    get: {
      summary:
        'A State across the mechanisms: its headline figures of the year from the NGO Committee, Council votes, the UPR, the reprisals registry and Council participation',
      description:
        'Each figure is computed by the function its module’s own endpoint calls, carries its evidence ids and names that endpoint (`source`), where the same number can be checked. Reprisals counts are the public ones (fewer than 3 is shown as such).',
      tags: ['states'],
      parameters: [
        {
          name: 'state',
          in: 'path',
          required: true,
          schema: { type: 'string' },
          description: 'ISO alpha-3 (CHN) or the UN name in English or Chinese',
        },
        year(
          'the year (default: the latest year with NGO Committee questions or Council votes)',
          false,
        ),
      ],
      responses: { '200': ok('the profile'), ...errors },
    },
  },
  '/api/v1/report': {
    get: {
      summary: 'The annual report of one State, as a download (HTML or PDF, English or Chinese)',
      description:
        'The State edition of `groundpass report`: every figure with its UN records and the command that reproduces it. The same data and options give the same bytes. PDF is printed by headless Chromium on the server; without it the answer is 503 and format=html still works.',
      tags: ['report'],
      parameters: [
        {
          name: 'state',
          in: 'query',
          required: true,
          schema: { type: 'string' },
          description: 'ISO alpha-3 (CHN) or the UN name in English or Chinese',
        },
        year('the year of the report', true),
        {
          name: 'lang',
          in: 'query',
          schema: { type: 'string', enum: ['en', 'zh'], default: 'en' },
        },
        {
          name: 'format',
          in: 'query',
          schema: { type: 'string', enum: ['html', 'pdf'], default: 'html' },
        },
      ],
      responses: {
        '200': {
          description: 'the report as an attachment (Content-Disposition)',
          content: {
            'text/html': { schema: { type: 'string' } },
            'application/pdf': { schema: { type: 'string', format: 'binary' } },
          },
        },
        '400': errors['400'],
        '503': err('format=pdf and this server has no Chromium or no Chinese font (unavailable)'),
      },
    },
  },
};
