import { CLASSIFICATIONS, INDICATORS } from '../../domain/gongo.js';
import { errorResponse as err, jsonResponse as ok } from '../openapi-responses.js';
import { MAX_INT } from '../query.js';

/** The organisation registry's endpoints in the OpenAPI document (src/server/openapi.ts). */

const id = {
  name: 'id',
  in: 'path',
  required: true,
  schema: { type: 'integer', minimum: 1, maximum: MAX_INT },
  description: 'the organisation id',
};
const csrf = {
  name: 'x-csrf-token',
  in: 'header',
  required: true,
  schema: { type: 'string' },
  description: "the session's CSRF token, from the login answer or /api/v1/auth/me",
};
const body = (properties: Record<string, unknown>, required: string[]) => ({
  required: true,
  content: { 'application/json': { schema: { type: 'object', properties, required } } },
});
const source = {
  type: 'string',
  description: 'a URL (https://…) or a UN document symbol (A/HRC/55/2)',
};

const READ_NOTE =
  'Open to everyone. Who wrote an editorial record (setBy, addedBy) is shown to logged-in roles only (field policies); answers are Cache-Control: private, no-store. A classification is always returned with the evidence it rests on and the score with its parts.';
const WRITE_NOTE =
  'Editors and admins only (401 without a session, 403 for researchers), with the x-csrf-token header. Each change is one entry of the hash-chained audit log (who, when, before, after) written in the same transaction; classifications are reverted through it.';
const readErrors = {
  '400': err('a parameter is invalid (bad-request)'),
  '404': err('no such organisation (not-found)'),
};
const writeErrors = {
  '400': err('a field is missing or invalid (bad-request, invalid)'),
  '401': err('not logged in (unauthorized)'),
  '403': err('not an editor or admin, or no valid CSRF token (forbidden, csrf)'),
  '404': err('no such organisation, evidence or audit entry (not-found)'),
  '409': err(
    'a label other than unknown with no evidence on record, or the last evidence under a label (no-evidence); nothing to revert (nothing-to-revert)',
  ),
};

export const ORGANIZATIONS_OPENAPI_PATHS = {
  '/api/v1/organizations': {
    get: {
      summary:
        'Organisations: the registry with each one’s current classification, evidence count and score (labelled first, then by name)',
      description: READ_NOTE,
      parameters: [
        {
          name: 'q',
          in: 'query',
          schema: { type: 'string' },
          description: 'part of a name or alias',
        },
        {
          name: 'country',
          in: 'query',
          schema: { type: 'string' },
          description: 'ISO alpha-3 or UN name',
        },
        {
          name: 'classification',
          in: 'query',
          schema: { type: 'string', enum: [...CLASSIFICATIONS] },
          description: "'unknown' also matches organisations never classified",
        },
        { name: 'withEvidence', in: 'query', schema: { type: 'boolean' } },
        { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1, default: 1 } },
        {
          name: 'pageSize',
          in: 'query',
          schema: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
        },
      ],
      responses: { '200': ok('{ total, page, pageSize, items }'), ...readErrors },
    },
  },
  '/api/v1/organizations/resolve': {
    get: {
      summary:
        'Organisations: which organisation a name as written stands for (case, punctuation, "the", legal forms, aliases in English and Chinese, abbreviations); ambiguous names list their candidates',
      parameters: [{ name: 'name', in: 'query', required: true, schema: { type: 'string' } }],
      responses: {
        '200': ok(
          '{ kind: found|ambiguous|none, organizationId | organizationIds, matchedBy, key }',
        ),
        ...readErrors,
      },
    },
  },
  '/api/v1/organizations/{id}': {
    get: {
      summary:
        'Organisations: one profile — names and aliases, consultative status, NGO Committee status history and deferrals, GONGO evidence and score, classification with its history',
      description: READ_NOTE,
      parameters: [id],
      responses: {
        '200': ok(
          '{ role, organization, names, consultativeStatus, ngoCommittee, evidence, score, classification, classificationHistory }',
        ),
        ...readErrors,
      },
    },
  },
  '/api/v1/organizations/{id}/classification/history': {
    get: {
      summary:
        'Organisations: every classification set, newest first, each with its audit entry and hash',
      description: READ_NOTE,
      parameters: [id],
      responses: { '200': ok('{ role, organizationId, items }'), ...readErrors },
    },
  },
  '/api/v1/organizations/{id}/classification': {
    post: {
      summary:
        'GONGO register: set the classification (a label other than unknown needs evidence on record)',
      description: WRITE_NOTE,
      parameters: [id, csrf],
      requestBody: body(
        {
          classification: { type: 'string', enum: [...CLASSIFICATIONS] },
          reason: { type: 'string' },
          source,
        },
        ['classification', 'reason', 'source'],
      ),
      responses: { '201': ok('{ organizationId, auditSeq }'), ...writeErrors },
    },
  },
  '/api/v1/organizations/{id}/classification/revert': {
    post: {
      summary:
        'GONGO register: undo the latest classification change, or restore the state an audit entry recorded (toAuditId)',
      description: WRITE_NOTE,
      parameters: [id, csrf],
      requestBody: body({ toAuditId: { type: 'integer', minimum: 1 } }, []),
      responses: { '201': ok('{ organizationId, auditSeq }'), ...writeErrors },
    },
  },
  '/api/v1/organizations/{id}/evidence': {
    post: {
      summary: 'GONGO register: record one indicator with its source, quoted passage and date',
      description: WRITE_NOTE,
      parameters: [id, csrf],
      requestBody: body(
        {
          indicator: { type: 'string', enum: [...INDICATORS] },
          share: { type: 'number', minimum: 0, maximum: 1, description: 'state-funding only' },
          statement: { type: 'string' },
          source,
          passage: { type: 'string' },
          sourceDate: { type: 'string', description: '2025-04-28, 2025-04 or 2025' },
        },
        ['indicator', 'statement', 'source', 'passage', 'sourceDate'],
      ),
      responses: { '201': ok('{ organizationId, evidenceId }'), ...writeErrors },
    },
  },
  '/api/v1/organizations/{id}/evidence/{evidenceId}/retract': {
    post: {
      summary: 'GONGO register: take a piece of evidence off the record (kept, marked retracted)',
      description: WRITE_NOTE,
      parameters: [
        id,
        { name: 'evidenceId', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } },
        csrf,
      ],
      requestBody: body({ reason: { type: 'string' } }, ['reason']),
      responses: { '200': ok('{ organizationId, evidenceId, retracted }'), ...writeErrors },
    },
  },
  '/api/v1/organizations/{id}/names': {
    post: {
      summary: 'Organisations: add an English or Chinese alias or abbreviation',
      description: WRITE_NOTE,
      parameters: [id, csrf],
      requestBody: body(
        {
          name: { type: 'string' },
          language: { type: 'string', enum: ['en', 'zh'] },
          kind: { type: 'string', enum: ['alias', 'abbreviation'] },
          source,
        },
        ['name', 'language'],
      ),
      responses: { '201': ok('{ organizationId, nameId }'), ...writeErrors },
    },
  },
} as const;
