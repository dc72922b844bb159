import { errorResponse as err, jsonResponse as ok } from '../openapi-responses.js';
import { MAX_INT } from '../query.js';

/**
 * The reprisals editors' endpoints in the OpenAPI document (src/server/routes/reprisals-editor.ts),
 * spread into REPRISALS_OPENAPI_PATHS; PATCH of a case sits beside its GET there.
 */

export const caseIdPath = {
  name: 'caseId',
  in: 'path',
  required: true,
  schema: { type: 'string', pattern: '^\\d{4}-(\\d{3}|[A-Za-z]{3})-\\d{3}$' },
  description: '2020-025-001 (ISHR) or 2020-CHN-001 (a draft read from a report)',
};

export const csrfHeader = {
  name: 'x-csrf-token',
  in: 'header',
  required: true,
  schema: { type: 'string' },
  description: "the session's CSRF token, from the login answer or /api/v1/auth/me",
};

export const ifMatch = {
  name: 'If-Match',
  in: 'header',
  required: false,
  schema: { type: 'string' },
  description:
    'the version of the record you read (its ETag, or `version` from the read); or send `version` in the body',
};

export const jsonBody = (properties: Record<string, { type: string }>, required: string[]) => ({
  required: true,
  content: { 'application/json': { schema: { type: 'object', properties, required } } },
});

export const EDITOR_NOTE =
  'Editors and admins only (401 without a session, 403 for researchers). Every write needs the x-csrf-token header and the version of the record you read (If-Match or `version`): 409 `conflict` with `currentVersion` when it changed since, 428 without one. Each change is in the audit log with the values before and after (confidential ones sealed) and raises the data version. Answers are Cache-Control: private, no-store.';

export const editorErrors = {
  '400': err('a parameter or a field value is invalid, or a field no case has (bad-request)'),
  '401': err('not logged in (unauthorized)'),
  '403': err(
    'not an editor or admin (forbidden), no CSRF token (csrf), or fields you may not write here (forbidden-fields, with `fields`)',
  ),
  '404': err('no such case or link (not-found)'),
  '409': err('the record changed since you read it (conflict, with `currentVersion`)'),
  '428': err('no version sent (precondition-required)'),
  '503': err('the server was started without the data keys (unavailable)'),
};

const country = {
  name: 'country',
  in: 'query',
  required: false,
  schema: { type: 'string' },
  description: 'the State: ISO alpha-3 (CHN) or its UN name; all States without it',
};
const paging = [
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
];

export const REPRISALS_EDITOR_OPENAPI_PATHS = {
  '/api/v1/reprisals/drafts': {
    get: {
      summary:
        'Reprisals (editors, admins): the queue of draft cases, each with the rules behind its suggested values and the paragraph as read (confidential; each read audited)',
      description: EDITOR_NOTE,
      parameters: [country, ...paging],
      responses: {
        '200': ok(
          '{ country, total, page, pageSize, items: [{ caseId, reportYear, country, pseudonym, recordType, status, appearances, reasons: [{ field, rule }], paragraph, version }] }',
        ),
        ...editorErrors,
      },
    },
  },
  '/api/v1/reprisals/cases/{caseId}/edit': {
    get: {
      summary:
        'Reprisals (editors, admins): one case with every field (confidential ones read from the vault, audited), its version (also the ETag), the reasons of a draft, and who confirmed it when',
      description: EDITOR_NOTE,
      parameters: [caseIdPath],
      responses: {
        '200': ok('{ case, version, reasons, confirmed: { by, role, at } | null }'),
        ...editorErrors,
      },
    },
  },
  '/api/v1/reprisals/cases/{caseId}/confirm': {
    post: {
      summary:
        'Reprisals (editors, admins): confirm a draft case (review: confirmed; who and when in the audit log). A later import of the report never overwrites it.',
      description: EDITOR_NOTE,
      parameters: [caseIdPath, csrfHeader, ifMatch],
      requestBody: jsonBody({ version: { type: 'string' } }, []),
      responses: {
        '200': ok('{ caseId, review: "confirmed", written, version }'),
        ...editorErrors,
      },
    },
  },
  '/api/v1/reprisals/cases/{caseId}/communications': {
    post: {
      summary:
        'Reprisals (editors, admins): link a special procedures communication ("CHN 15/2011") to a case: the case lists the reference; a stored communication records the case (in the vault)',
      description: EDITOR_NOTE,
      parameters: [caseIdPath, csrfHeader, ifMatch],
      requestBody: jsonBody({ reference: { type: 'string' }, version: { type: 'string' } }, [
        'reference',
      ]),
      responses: { '200': ok('{ caseId, reference, written, version }'), ...editorErrors },
    },
  },
  '/api/v1/reprisals/cases/{caseId}/communications/unlink': {
    post: {
      summary:
        'Reprisals (editors, admins): unlink a special procedures communication from a case: the case no longer lists the reference; a stored communication recorded for this case no longer names it (the vault value is deleted)',
      description: `${EDITOR_NOTE} 404 not-found when the case does not list the reference.`,
      parameters: [caseIdPath, csrfHeader, ifMatch],
      requestBody: jsonBody({ reference: { type: 'string' }, version: { type: 'string' } }, [
        'reference',
      ]),
      responses: {
        '200': ok('{ caseId, reference, unlinked: true, written, version }'),
        ...editorErrors,
      },
    },
  },
  '/api/v1/reprisals/links': {
    get: {
      summary:
        'Reprisals (editors, admins): annex II follow-up paragraphs, with the earlier reports they cite, the case they are attached to, and the name and words they give (confidential; each read audited)',
      description: EDITOR_NOTE,
      parameters: [
        country,
        {
          name: 'unattached',
          in: 'query',
          schema: { type: 'string', enum: ['true', 'false', '1', '0'] },
          description: 'only the paragraphs no person has attached yet',
        },
        ...paging,
      ],
      responses: {
        '200': ok(
          '{ country, total, page, pageSize, items: [{ id, country, symbol, year, annex, paragraph, earlier, communicationRefs, caseId, matchedBy, victimName, description, version }] }',
        ),
        ...editorErrors,
      },
    },
  },
  '/api/v1/reprisals/links/{id}/attach': {
    post: {
      summary:
        'Reprisals (editors, admins): attach a follow-up paragraph to a case: the case gains it as a follow-up appearance and the references it cites; moved from another case, it leaves that one',
      description: EDITOR_NOTE,
      parameters: [
        {
          name: 'id',
          in: 'path',
          required: true,
          schema: { type: 'integer', minimum: 1, maximum: MAX_INT },
        },
        csrfHeader,
        ifMatch,
      ],
      requestBody: jsonBody({ caseId: { type: 'string' }, version: { type: 'string' } }, [
        'caseId',
      ]),
      responses: {
        '200': ok('{ linkId, caseId, written, version, caseVersion }'),
        ...editorErrors,
      },
    },
  },
} as const;
