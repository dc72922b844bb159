import { errorResponse as err, jsonResponse as ok } from '../openapi-responses.js';
import {
  CLUSTERS_CSV_HEADER,
  POINTS_OF_ORDER_CSV_HEADER,
  SHARE_CSV_HEADER,
  UPR_ADOPTION_CSV_HEADER,
} from '../../analysis/hrc-participation/csv.js';
import { evidenceIdsRequestBody, MAX_INT } from '../query.js';

/** The participation endpoints in the OpenAPI document (src/server/openapi.ts). */

const bad = { '400': err('a parameter is invalid (bad-request)') };

const JSON_PATHS = {
  '/api/v1/participation/sessions': {
    get: {
      summary: 'Participation: the Council sessions with stored statements, newest first',
      responses: { '200': ok('{ sessions }') },
    },
  },
  '/api/v1/participation/share': {
    get: {
      summary:
        'Participation: NGO speaking slots per agenda item, share by organisation, by classification and linked State (when the organisation registry has them), growth per year against a base year; each figure with its evidence ids',
      parameters: [
        {
          name: 'session',
          in: 'query',
          schema: { type: 'string', pattern: '^[Hh][Rr][Cc]-?([Ss]-)?\\d{1,2}$' },
          description: 'HRC55; all sessions when absent',
        },
        {
          name: 'year',
          in: 'query',
          schema: { type: 'integer', minimum: 1900, maximum: 2100 },
          description: 'only the slots of this year’s sessions (growth still covers every year)',
        },
        {
          name: 'baseYear',
          in: 'query',
          schema: { type: 'integer', minimum: 1900, maximum: 2100 },
        },
        {
          name: 'classification',
          in: 'query',
          schema: { type: 'string', enum: ['independent', 'state-linked', 'gongo', 'unknown'] },
          description: 'growth counted for organisations of this classification only',
        },
      ],
      responses: {
        '200': ok(
          '{ session, totalSlots, namedSlots, unnamedSlots, byItem, byOrganization, byClassification, byLinkedState, growth, evidence, organizations (the linked organisations with their classification and evidence) }',
        ),
        ...bad,
      },
    },
  },
  '/api/v1/participation/points-of-order': {
    get: {
      summary:
        'Participation: points of order (of one State when given) per year, whom they targeted, outcomes, and each with its ruling and citation',
      parameters: [
        {
          name: 'state',
          in: 'query',
          schema: { type: 'string' },
          description: 'the State: ISO alpha-3 (CHN) or its UN name in English or Chinese',
        },
        {
          name: 'year',
          in: 'query',
          schema: { type: 'integer', minimum: 1900, maximum: 2100 },
          description: 'only the points of order of this year',
        },
      ],
      responses: {
        '200': ok('{ state, year, total, byYear, targets, outcomes, items }'),
        ...bad,
      },
    },
  },
  '/api/v1/participation/upr-adoption': {
    get: {
      summary:
        'Participation: who spoke at the adoptions of a State’s UPR outcomes (item 6), per session, each speaker with the organisation registry’s link and classification and the statement ids behind it',
      parameters: [
        {
          name: 'state',
          in: 'query',
          required: true,
          schema: { type: 'string' },
          description:
            'the State under review: ISO alpha-3 (CHN) or its UN name in English or Chinese',
        },
      ],
      responses: { '200': ok('{ state, adoptions, reviewed, organizations }'), ...bad },
    },
  },
  '/api/v1/participation/clusters': {
    get: {
      summary:
        'Participation: clusters of near-duplicate NGO statements (of one session when given), each with its members and shared passages; every member’s words and source',
      parameters: [
        {
          name: 'session',
          in: 'query',
          schema: { type: 'string', pattern: '^[Hh][Rr][Cc]-?([Ss]-)?\\d{1,2}$' },
          description: 'HRC55; all sessions when absent',
        },
        {
          name: 'year',
          in: 'query',
          schema: { type: 'integer', minimum: 1900, maximum: 2100 },
          description: 'only the statements of this year',
        },
      ],
      responses: {
        '200': ok('{ session, statements, withoutText, clusters, members }'),
        ...bad,
      },
    },
  },
  '/api/v1/participation/statements': {
    get: {
      summary:
        'Participation: statements by id (a figure’s evidence) with document, line and passage',
      parameters: [
        {
          name: 'ids',
          in: 'query',
          required: true,
          schema: { type: 'string' },
          description: 'comma-separated statement ids',
        },
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
      responses: { '200': ok('{ total, page, pageSize, items, missing }'), ...bad },
    },
    post: {
      summary: 'the same for a long list of ids, in a JSON body',
      requestBody: evidenceIdsRequestBody,
      responses: { '200': ok('{ total, page, pageSize, items, missing }'), ...bad },
    },
  },
} as const;

// Every CSV response starts with the UTF-8 byte-order mark (server/csv-bom.ts).
const csv = (description: string) => ({
  description: `${description}. UTF-8, starting with the byte-order mark (EF BB BF) so Excel reads Chinese names right; add bom=false to the query to leave it out`,
  content: { 'text/csv': { schema: { type: 'string' } } },
});

/** A figure's CSV download: the JSON route's parameters, a CSV answer. */
function csvOf(
  json: { get: { parameters: readonly unknown[] } },
  summary: string,
  columns: string,
) {
  return {
    get: {
      summary,
      parameters: json.get.parameters,
      responses: { '200': csv(`columns: ${columns}`), ...bad },
    },
  };
}

export const PARTICIPATION_OPENAPI_PATHS = {
  ...JSON_PATHS,
  '/api/v1/participation/share.csv': csvOf(
    JSON_PATHS['/api/v1/participation/share'],
    'Participation: the share figure as one CSV table, a row per figure row (figure = total, item, organization, classification, linked_state, year), each with its statement and speaker-count ids and where they are printed (document:line)',
    SHARE_CSV_HEADER.join(', '),
  ),
  '/api/v1/participation/points-of-order.csv': csvOf(
    JSON_PATHS['/api/v1/participation/points-of-order'],
    'Participation: the points of order (of one State, one year when given) as CSV, one row each with its ruling, document, line and passage',
    POINTS_OF_ORDER_CSV_HEADER.join(', '),
  ),
  '/api/v1/participation/upr-adoption.csv': csvOf(
    JSON_PATHS['/api/v1/participation/upr-adoption'],
    'Participation: who spoke at the adoptions of a State’s UPR outcomes as CSV, one row per speaker per adoption with the statements and where they are printed',
    UPR_ADOPTION_CSV_HEADER.join(', '),
  ),
  '/api/v1/participation/clusters.csv': csvOf(
    JSON_PATHS['/api/v1/participation/clusters'],
    'Participation: the clusters of near-duplicate NGO statements as CSV, one row per member with its source (document, line), the passages it shares and its words',
    CLUSTERS_CSV_HEADER.join(', '),
  ),
};
