import { errorResponse as err, jsonResponse as ok } from '../openapi-responses.js';
import { CaseStatus, RecordType, ReprisalAct, UnBody } from '../../domain/reprisals.js';
import { MAX_INT } from '../query.js';
import {
  caseIdPath,
  csrfHeader,
  EDITOR_NOTE,
  editorErrors,
  ifMatch,
  jsonBody,
  REPRISALS_EDITOR_OPENAPI_PATHS,
} from './reprisals-editor-openapi.js';

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
  schema: { type: 'string' },
  description:
    'the State: ISO alpha-3 (CHN) or its UN name in English or Chinese; every State without it',
};
/** The list's filters: public fields only, so every role gets the same cases (fields differ). */
const enumFilter = (name: string, values: readonly string[], description: string) => ({
  name,
  in: 'query',
  schema: { type: 'string', enum: values },
  description,
});
const listFilters = [
  {
    name: 'year',
    in: 'query',
    schema: { type: 'integer', minimum: 2000, maximum: 2100 },
    description: 'a report of this year mentions the case, or it was first reported that year',
  },
  enumFilter('recordType', RecordType.options, 'type of record'),
  enumFilter('status', CaseStatus.options, 'case status'),
  enumFilter('act', ReprisalAct.options, 'a reprisal act the case was coded with'),
  enumFilter('unBody', UnBody.options, 'a UN body the person engaged with'),
];
const ROLE_NOTE =
  'The answer depends on the caller’s role (session cookie; the public without one): public fields for everyone, restricted ones (activity, reprisal dates, communication references, Uwazi id) from researcher up, confidential ones (names, relatives, contact, place, quoted report text) for editors and admins only, each read recorded in the audit log. Sent with Cache-Control: private, no-store.';

export const REPRISALS_OPENAPI_PATHS = {
  '/api/v1/reprisals/cases': {
    get: {
      summary:
        "Reprisals: the cases (of a State), in case id order, as the caller's role may see them",
      description: ROLE_NOTE,
      parameters: [
        country,
        ...listFilters,
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
      responses: {
        '200': ok(
          '{ role, country, filters, total, page, pageSize, items, options: { countries, years } } (options: what the filters can be set to)',
        ),
        ...errors,
      },
    },
  },
  '/api/v1/reprisals/cases/{caseId}': {
    get: {
      summary: "Reprisals: one case with its appearances, as the caller's role may see it",
      description: ROLE_NOTE,
      parameters: [caseIdPath],
      responses: {
        '200': ok(
          "{ role, case, communications, timeline }: the special procedures letters the case's references name (restricted: none for the public) and the timeline of what the role may see",
        ),
        ...errors,
      },
    },
    patch: {
      summary: 'Reprisals (editors, admins): correct fields of a case',
      description: `${EDITOR_NOTE} Body: { version, fields: { <field>: value } } with any field of a case but caseId, appearances and review (their own routes), each validated by the case schema; only the fields sent are written, confidential ones to the vault.`,
      parameters: [caseIdPath, csrfHeader, ifMatch],
      requestBody: jsonBody({ version: { type: 'string' }, fields: { type: 'object' } }, [
        'fields',
      ]),
      responses: {
        '200': ok('{ caseId, written: "updated" | "unchanged", version } (and an ETag)'),
        ...editorErrors,
      },
    },
  },
  ...REPRISALS_EDITOR_OPENAPI_PATHS,
  '/api/v1/reprisals/stats': {
    get: {
      summary:
        "Reprisals: a State's figures (cases per report year, new vs follow-up, shares by gender, anonymity, type, act, UN body, cases reported again), from public fields only",
      description:
        'Each figure is { cells, total, evidence, threshold }: `evidence` lists the case ids behind its shown numbers once ({ kind: "reprisal-case", caseIds, withheld }), and each cell\'s `evidence` is the indexes of its cases in that list. `sources` (once per answer) gives each listed case\'s appearances in the Secretary-General\'s reports (symbol, year, annex, paragraph, new or follow-up); a "new vs follow-up" cell\'s paragraphs are its cases\' appearances in that year\'s report, of that kind. For the public and researchers, cells under 3 read "fewer than 3" with no number, share or evidence (with secondary suppression); their cases are left out of the figure\'s list unless a shown cell counts them too (`withheld: true`), and the "reported again" chains are a count; editors and admins get every number. Kept per data version: the ETag names the bytes, If-None-Match gives 304. Cache-Control: private, no-cache (private, no-store for editors and admins), Vary: Cookie.',
      parameters: [
        country,
        {
          name: 'If-None-Match',
          in: 'header',
          schema: { type: 'string' },
          description:
            'the ETag of an earlier answer: 304 without a body if it is still the answer',
        },
      ],
      responses: {
        '200': ok(
          '{ role, country, audience, byYear, newVsFollowUp, shares, reportedAgain, sources } (and an ETag)',
        ),
        '304': { description: 'not modified: the ETag sent is still the answer' },
        ...errors,
      },
    },
  },
} as const;
