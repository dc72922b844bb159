import { TextKind, TextTheme, VotingBody } from '../domain/hrc-votes.js';
import { QuestionTopic } from '../domain/ngo-committee.js';
import { evidenceIdsRequestBody, MAX_INT } from './query.js';
import { AUTH_OPENAPI_PATHS } from './auth/openapi-paths.js';
import { REPRISALS_OPENAPI_PATHS } from './routes/reprisals-openapi.js';
import { PARTICIPATION_OPENAPI_PATHS } from './routes/participation-openapi.js';
import { ORGANIZATIONS_OPENAPI_PATHS } from './routes/organizations-openapi.js';
import { REPRISALS_EXPORT_OPENAPI_PATHS } from './routes/reprisals-exports-openapi.js';
import { STATE_PROFILE_OPENAPI_PATHS } from './routes/state-profile-openapi.js';
import { errorResponse, jsonResponse as json } from './openapi-responses.js';

/**
 * The API's OpenAPI 3.1 description, served at /api/v1/openapi.json. Written by hand next to the
 * routes; the server test checks that every route it registers is described here.
 */
const yearParams = [
  { name: 'from', in: 'query', schema: { type: 'integer' }, description: 'first year (inclusive)' },
  { name: 'to', in: 'query', schema: { type: 'integer' }, description: 'last year (inclusive)' },
];
const topicParam = {
  name: 'topic',
  in: 'query',
  schema: { type: 'string', enum: QuestionTopic.options },
  description: 'a topic label: un-terminology, funding, activities, …',
};
// Applications for status and requests for reclassification are different histories (issue 8).
const requestParam = {
  name: 'request',
  in: 'query',
  schema: {
    type: 'string',
    enum: ['application', 'reclassification', 'all'],
    default: 'application',
  },
  description:
    'applications for status, or requests for reclassification of a status held: listed apart',
};
const pageParams = [
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
// Every CSV response starts with the UTF-8 byte-order mark (server/csv-bom.ts).
const csv = (description: string) => ({
  description: `${description}. UTF-8, starting with the byte-order mark (EF BB BF) so Excel reads Chinese names right; add bom=false to the query to leave it out`,
  content: { 'text/csv': { schema: { type: 'string' } } },
});
const errors = {
  '400': errorResponse('a parameter is invalid (bad-request)'),
  '404': errorResponse('not found (not-found)'),
};

const postErrors = {
  ...errors,
  '413': errorResponse('the body is larger than 1 MiB (payload-too-large)'),
  '415': errorResponse('the body is not application/json (unsupported-media-type)'),
};
/** ids are 32-bit: what PostgreSQL's integer columns hold, so both databases answer alike */
const idSchema = { type: 'integer', minimum: 1, maximum: MAX_INT } as const;

const votesRangeParams = [
  ...yearParams,
  {
    name: 'body',
    in: 'query',
    schema: { type: 'string', enum: VotingBody.options },
    description: 'HRC (default), CHR or UNGA',
  },
];
/** Every state parameter is read by src/server/state-param.ts, as the CLI reads a state. */
const STATE_PARAM =
  'ISO 3166 alpha-3 code in any case, or a UN state name in English or Chinese (CHN, China, 中国); an ambiguous or unknown name is a 400 whose message lists the candidates';
const votesStateParam = {
  name: 'state',
  in: 'path',
  required: true,
  schema: { type: 'string' },
  description: STATE_PARAM,
};
const votesCountrySpecificParam = {
  name: 'countrySpecific',
  in: 'query',
  schema: { type: 'boolean' },
  description: 'only texts with a target state',
};
const votesAmendmentsParam = {
  name: 'amendments',
  in: 'query',
  schema: { type: 'string', enum: ['exclude', 'include'], default: 'exclude' },
  description:
    'count the votes on amendments too (include) or the texts only (exclude, the default; docs/hrc-votes.md)',
};
const votesAlignmentParams = [
  { name: 'top', in: 'query', schema: { type: 'integer' } },
  {
    name: 'minVotes',
    in: 'query',
    schema: { type: 'integer' },
    description:
      "leave out states with fewer common votes; default a tenth of the state's own votes, at least 5",
  },
  votesAmendmentsParam,
];
const votesAmendmentParams = [
  { name: 'theme', in: 'query', schema: { type: 'string', enum: TextTheme.options } },
  { name: 'hostileOnly', in: 'query', schema: { type: 'boolean' } },
];

const uprSurQuery = (required: boolean) => ({
  name: 'sur',
  in: 'query',
  required,
  schema: { type: 'string' },
  description: `state under review: ${STATE_PARAM}`,
});
const uprCycleParam = {
  name: 'cycle',
  in: 'query',
  schema: { type: 'integer', minimum: 1, maximum: 4 },
};
const uprSourceParam = {
  name: 'source',
  in: 'query',
  schema: { type: 'string', enum: ['official', 'upr-info'] },
  description:
    'unit counted when both are stored for a review: UN paragraphs (official, default) or UPR Info rows (one per recommending state)',
};
const uprSearchParams = [
  { name: 'q', in: 'query', schema: { type: 'string' }, description: 'the query; empty = all' },
  ...['sur', 'from', 'region', 'cycle', 'response', 'theme', 'action'].map((name) => ({
    name,
    in: 'query',
    schema: { type: 'string' },
    description: `filter by ${name}; comma-separated values are alternatives`,
  })),
  {
    name: 'source',
    in: 'query',
    schema: { type: 'string' },
    description:
      'filter by source kind, comma-separated alternatives: upr-info-export (one row per recommending state), un-matrix or wg-report (one row per UN paragraph)',
  },
  {
    name: 'unit',
    in: 'query',
    schema: { type: 'string', enum: ['auto', 'paragraph', 'recommending-state'], default: 'auto' },
    description:
      'counting unit: auto = per review, UN paragraphs where stored, else UPR Info rows (no review counted twice); paragraph or recommending-state = that unit only. The result says which (`unit`: rule, counted per unit, leftOut)',
  },
];

export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Ground Pass API',
    version: '1',
    description:
      'Figures from the UN public record on how states treat civil society at the UN. Every figure carries `evidence`: the ids of the records behind it, resolvable to their source document and line.',
  },
  components: {
    schemas: {
      Error: {
        type: 'object',
        required: ['error'],
        additionalProperties: false,
        properties: {
          error: {
            type: 'object',
            required: ['code', 'message'],
            additionalProperties: false,
            properties: {
              code: {
                type: 'string',
                description:
                  'bad-request (400), forbidden (403), not-found (404), payload-too-large (413), uri-too-long (414), unsupported-media-type (415), headers-too-large (431), internal (500), unavailable (503), …: one per status',
              },
              message: {
                type: 'string',
                description:
                  'in words; quotes of the request are shortened and carry no markup (< and control characters as \\u escapes)',
              },
              candidates: {
                type: 'array',
                description:
                  'with ambiguous-name (409): the records a name could mean, to ask again by id',
              },
            },
          },
        },
      },
    },
  },
  paths: {
    ...AUTH_OPENAPI_PATHS,
    '/api/v1/meta': {
      get: {
        summary: 'what the database holds, and whether it is the sample dataset',
        responses: { '200': json('counts') },
      },
    },
    '/api/v1/states': {
      get: {
        summary: 'UN member and observer states with English and Chinese names and regional group',
        responses: { '200': json('states') },
      },
    },
    '/api/v1/sources/{id}': {
      get: {
        summary: 'one source document',
        parameters: [{ name: 'id', in: 'path', required: true, schema: idSchema }],
        responses: { '200': json('document'), ...errors },
      },
    },
    '/api/v1/ngo-committee/questions': {
      get: {
        summary:
          'questions per state and share of all questions (of one topic with `topic`), with topic counts and evidence',
        parameters: [...yearParams, topicParam],
        responses: { '200': json('figure'), ...errors },
      },
    },
    '/api/v1/ngo-committee/questions.csv': {
      get: {
        summary: 'the same as CSV',
        parameters: [...yearParams, topicParam],
        responses: { '200': csv('CSV') },
      },
    },
    '/api/v1/ngo-committee/questions/list': {
      get: {
        summary: 'the questions behind a figure, each with its source',
        parameters: [
          ...yearParams,
          {
            name: 'state',
            in: 'query',
            schema: { type: 'string' },
            description: STATE_PARAM,
          },
          topicParam,
          { name: 'organizationId', in: 'query', schema: idSchema },
          ...pageParams,
        ],
        responses: { '200': json('page of questions'), ...errors },
      },
    },
    '/api/v1/ngo-committee/longest': {
      get: {
        summary: 'longest deferral histories (one kind of request at a time)',
        parameters: [
          { name: 'limit', in: 'query', schema: { type: 'integer', default: 20 } },
          requestParam,
        ],
        responses: { '200': json('rows'), ...errors },
      },
    },
    '/api/v1/ngo-committee/pending': {
      get: {
        summary:
          'applications still pending after at least minYears (the exact span is compared; yearsPending is rounded for display)',
        parameters: [
          { name: 'minYears', in: 'query', schema: { type: 'number', default: 8 } },
          requestParam,
          ...pageParams,
        ],
        responses: { '200': json('page'), ...errors },
      },
    },
    '/api/v1/ngo-committee/pending.csv': {
      get: {
        summary: 'the same as CSV',
        parameters: [
          { name: 'minYears', in: 'query', schema: { type: 'number', default: 8 } },
          requestParam,
        ],
        responses: { '200': csv('CSV') },
      },
    },
    '/api/v1/ngo-committee/applications': {
      get: {
        summary: 'find organisations by any of their names',
        parameters: [
          { name: 'q', in: 'query', required: true, schema: { type: 'string' } },
          { name: 'limit', in: 'query', schema: { type: 'integer' } },
        ],
        responses: { '200': json('hits'), ...errors },
      },
    },
    '/api/v1/ngo-committee/applications/{id}': {
      get: {
        summary: "an application's full history with sources",
        parameters: [
          {
            name: 'id',
            in: 'path',
            required: true,
            schema: { type: 'string' },
            description: 'organisation id or name',
          },
        ],
        responses: {
          '200': json('history'),
          '409': json(
            'the name is not one organisation exactly: error.candidates lists the organisations it could mean',
          ),
          ...errors,
        },
      },
    },
    '/api/v1/ngo-committee/events/list': {
      get: {
        summary:
          'decision events (deferrals, grants, closures…) by id: what ngo-event evidence resolves to, each with its file, line and the Committee report of the session',
        parameters: [
          {
            name: 'ids',
            in: 'query',
            required: true,
            schema: { type: 'string', pattern: '^\\d+(,\\d+)*$' },
            description: 'comma-separated event ids',
          },
          ...pageParams,
        ],
        responses: { '200': json('page of events'), ...errors },
      },
      post: {
        summary: 'the same for a long list of ids, in a JSON body',
        requestBody: evidenceIdsRequestBody,
        responses: { '200': json('page of events'), ...errors },
      },
    },
    '/api/v1/ngo-committee/votes': {
      get: {
        summary: "recorded votes: members' votes and pairwise agreement",
        parameters: yearParams,
        responses: { '200': json('summary'), ...errors },
      },
    },
    '/api/v1/ngo-committee/votes/list': {
      get: {
        summary:
          "the recorded votes behind a member's record (state) or a pair's agreement (state and with), each with its ballots and source",
        parameters: [
          ...yearParams,
          {
            name: 'state',
            in: 'query',
            schema: { type: 'string' },
            description: STATE_PARAM,
          },
          {
            name: 'with',
            in: 'query',
            schema: { type: 'string' },
            description: STATE_PARAM,
          },
          ...pageParams,
        ],
        responses: { '200': json('page of votes'), ...errors },
      },
    },
    '/api/v1/ngo-committee/closures': {
      get: {
        summary: 'applications closed for not answering, per year',
        responses: { '200': json('rows') },
      },
    },
    '/api/v1/ngo-committee/review': {
      get: {
        summary: 'organisation names waiting for a person to confirm or reject a match',
        responses: { '200': json('items') },
      },
    },
    '/api/v1/votes/resolution': {
      get: {
        summary:
          'how each state voted on one text: counts from the roll-call, official totals, targets, themes, other records of the symbol. Symbols hold slashes, so they go in the query: ?symbol=A/HRC/RES/32/31 (or ?id=)',
        parameters: [
          { name: 'symbol', in: 'query', schema: { type: 'string' } },
          { name: 'id', in: 'query', schema: idSchema },
        ],
        responses: { '200': json('ResolutionVotes'), ...errors },
      },
    },
    '/api/v1/votes/resolution.csv': {
      get: {
        summary: "one text's roll-call as CSV, one row per member (state, name, group, vote)",
        parameters: [{ name: 'id', in: 'query', required: true, schema: idSchema }],
        responses: { '200': csv('CSV'), ...errors },
      },
    },
    '/api/v1/votes/record/{state}': {
      get: {
        summary: "a state's votes with totals by target state and by year",
        parameters: [votesStateParam, ...votesRangeParams, votesCountrySpecificParam],
        responses: { '200': json('VotingRecord'), ...errors },
      },
    },
    '/api/v1/votes/record/{state}.csv': {
      get: {
        summary: 'the same as CSV, one row per vote',
        parameters: [votesStateParam, ...votesRangeParams, votesCountrySpecificParam],
        responses: { '200': csv('CSV'), ...errors },
      },
    },
    '/api/v1/votes/alignment/{state}': {
      get: {
        summary: 'who votes with a state: agreement over the votes both cast, most alike first',
        parameters: [votesStateParam, ...votesRangeParams, ...votesAlignmentParams],
        responses: {
          '200': json(
            '{ state, amendments, stateVotes, minVotes, minVotesDefault, leftOut, rows: AlignmentRow[] }',
          ),
          ...errors,
        },
      },
    },
    '/api/v1/votes/alignment/{state}.csv': {
      get: {
        summary: 'the same as CSV',
        parameters: [votesStateParam, ...votesRangeParams, ...votesAlignmentParams],
        responses: { '200': csv('CSV'), ...errors },
      },
    },
    '/api/v1/votes/matrix': {
      get: {
        summary:
          'agreement between every pair of states over the recorded votes of a body and period',
        parameters: [
          ...votesRangeParams,
          votesAmendmentsParam,
          {
            name: 'shape',
            in: 'query',
            schema: { type: 'string', enum: ['full', 'triangle'], default: 'full' },
            description:
              'full: agreement[i][j] and votes[i][j] as square arrays. triangle: the same values in a quarter of the bytes: cast[i] (votes state i cast), and per pair i < j in row order (0,1), (0,2) … (1,2) … votes (common votes) and halves (same vote 2, one abstaining 1, opposite 0); agreement = halves / 2 / votes, none when votes is 0 (docs/decisions/0012-agreement-matrix-triangle.md)',
          },
        ],
        responses: {
          '200': json(
            'AgreementMatrixFigure { body, from, to, amendments, states, agreement, votes, evidence }; with shape=triangle { body, from, to, amendments, states, shape, cast, votes, halves, evidence }',
          ),
          ...errors,
        },
      },
    },
    '/api/v1/votes/matrix.csv': {
      get: {
        summary: 'the matrix as CSV, one row per pair',
        parameters: [...votesRangeParams, votesAmendmentsParam],
        responses: { '200': csv('CSV'), ...errors },
      },
    },
    '/api/v1/votes/cohesion': {
      get: {
        summary: 'cohesion of regional groups, or of groups given as groups=NAME=ISO3,ISO3;NAME2=…',
        parameters: [
          ...votesRangeParams,
          { name: 'groups', in: 'query', schema: { type: 'string' } },
          votesAmendmentsParam,
        ],
        responses: { '200': json('{ amendments, rows: GroupCohesion[] }'), ...errors },
      },
    },
    '/api/v1/votes/ideal-points': {
      get: {
        summary:
          'one-dimensional position per state per year (classical MDS of the agreement matrix)',
        parameters: [
          ...votesRangeParams,
          { name: 'year', in: 'query', schema: { type: 'integer' } },
          { name: 'minVotes', in: 'query', schema: { type: 'integer' } },
          votesAmendmentsParam,
        ],
        responses: { '200': json('{ amendments, years: IdealPointYear[] }'), ...errors },
      },
    },
    '/api/v1/votes/amendments': {
      get: {
        summary:
          'recorded amendments with the text they would amend, sponsors, votes, and whether hostile',
        parameters: [...votesRangeParams, ...votesAmendmentParams],
        responses: { '200': json('HostileAmendments'), ...errors },
      },
    },
    '/api/v1/votes/amendments.csv': {
      get: {
        summary: 'the same as CSV',
        parameters: [...votesRangeParams, ...votesAmendmentParams],
        responses: { '200': csv('CSV'), ...errors },
      },
    },
    '/api/v1/votes/disagreements': {
      get: {
        summary:
          'texts whose counts from the roll-call differ from the official totals, with the cause',
        responses: { '200': json('{ rows: CountDisagreement[] }') },
      },
    },
    '/api/v1/votes/texts': {
      get: {
        summary:
          'stored voting texts, newest first; resolves the text ids of any figure (ids=1,2,3)',
        parameters: [
          ...votesRangeParams,
          { name: 'kind', in: 'query', schema: { type: 'string', enum: TextKind.options } },
          { name: 'recorded', in: 'query', schema: { type: 'boolean' } },
          votesCountrySpecificParam,
          {
            name: 'target',
            in: 'query',
            schema: { type: 'string' },
            description: `target state: ${STATE_PARAM}`,
          },
          { name: 'theme', in: 'query', schema: { type: 'string', enum: TextTheme.options } },
          {
            name: 'q',
            in: 'query',
            schema: { type: 'string' },
            description: 'words of title or symbol',
          },
          {
            name: 'ids',
            in: 'query',
            schema: { type: 'string' },
            description:
              'comma-separated text ids; a URL holds about 2,700 (431 past 16 KB of headers): POST the ids for longer lists',
          },
          ...pageParams,
        ],
        responses: { '200': json('TextList'), ...errors },
      },
      post: {
        summary:
          "the texts of a figure's evidence when the ids are too many for a query string (JSON body)",
        requestBody: evidenceIdsRequestBody,
        responses: { '200': json('TextList'), ...postErrors },
      },
    },
    '/api/v1/upr/stats': {
      get: {
        summary:
          'UPR: per cycle, how a state under review answered (supported, partially, noted, rejected, pending) and its noted+rejected rate, with evidence',
        parameters: [uprSurQuery(true), uprCycleParam, uprSourceParam],
        responses: { '200': json('{ sur, cycles }'), ...errors },
      },
    },
    '/api/v1/upr/stats.csv': {
      get: {
        summary:
          'UPR: the state profile per cycle as CSV (counts per response, noted+rejected rate, critical among accepted, repeated, narrative, ids)',
        parameters: [uprSurQuery(true), uprSourceParam],
        responses: { '200': csv('CSV'), ...errors },
      },
    },
    '/api/v1/upr/recommenders': {
      get: {
        summary:
          'UPR: counts per response by recommending state or regional group, with the share of critical recommendations among the supported ones',
        parameters: [
          uprSurQuery(false),
          uprCycleParam,
          { name: 'by', in: 'query', schema: { type: 'string', enum: ['state', 'region'] } },
          uprSourceParam,
        ],
        responses: { '200': json('{ by, rows }'), ...errors },
      },
    },
    '/api/v1/upr/profile/{sur}': {
      get: {
        summary:
          'UPR: a state under review across cycles (responses, top recommending states, themes, action categories, tone, repeated recommendations)',
        parameters: [
          {
            name: 'sur',
            in: 'path',
            required: true,
            schema: { type: 'string' },
            description: STATE_PARAM,
          },
          uprSourceParam,
        ],
        responses: {
          '200': json(
            'UprProfile: cycles (each in one unit), units[{ unit, cycles, total, byRecommendingState, byRegion }] (never added up), unitChanges[{ beforeCycle, afterCycle, from, to }], unitRule',
          ),
          ...errors,
        },
      },
    },
    '/api/v1/upr/search': {
      get: {
        summary:
          'UPR: full-text search over all recommendations (AND, OR, NOT, -word, "phrases", parentheses, word*, stemming, Chinese), facets over the whole result set, highlighted matches',
        parameters: [
          ...uprSearchParams,
          {
            name: 'limit',
            in: 'query',
            schema: { type: 'integer', minimum: 0, maximum: 500, default: 20 },
          },
          { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0, default: 0 } },
          {
            name: 'order',
            in: 'query',
            schema: { type: 'string', enum: ['id', 'relevance'], default: 'id' },
            description:
              'id = the order of import; relevance = BM25 (rarer words, found more often, in shorter texts first; ties by id)',
          },
        ],
        responses: {
          '200': json(
            '{ total, order? (when relevance), facets, selectableFacets? (each filtered facet counted without its own filter, for multi-select), results[{ …, highlights, highlightedHtml }], unit { rule, counted, leftOut }, expansions[{ term, query }] (Chinese terms also searched in English), untranslated, hints[{ kind: prefix, query, total }], whyEmpty { reason, … } | null }',
          ),
          ...errors,
        },
      },
    },
    '/api/v1/upr/search.csv': {
      get: {
        summary: 'UPR: every recommendation a search selects (not one page), as CSV',
        parameters: uprSearchParams,
        responses: { '200': csv('CSV'), ...errors },
      },
    },
    '/api/v1/upr/recommendations': {
      get: {
        summary: 'UPR: the recommendations behind a figure (evidence ids), each with its source',
        parameters: [
          {
            name: 'ids',
            in: 'query',
            required: true,
            schema: { type: 'string' },
            description:
              'comma-separated recommendation ids, at most 5,000; a URL holds about 2,700 (431 past 16 KB of headers): POST the ids for longer lists',
          },
          ...pageParams,
        ],
        responses: { '200': json('page of recommendations'), ...errors },
      },
      post: {
        summary:
          "UPR: the recommendations of a figure's evidence when the ids are too many for a query string (JSON body)",
        requestBody: evidenceIdsRequestBody,
        responses: { '200': json('page of recommendations'), ...postErrors },
      },
    },
    '/api/v1/upr/recommendations/{id}': {
      get: {
        summary:
          'UPR: one recommendation with its source document and line/paragraph, response and where it was read, our labels with their rules, the source labels, and earlier similar recommendations',
        parameters: [{ name: 'id', in: 'path', required: true, schema: idSchema }],
        responses: { '200': json('UprRecommendationDetail'), ...errors },
      },
    },
    ...REPRISALS_OPENAPI_PATHS,
    ...PARTICIPATION_OPENAPI_PATHS,
    ...ORGANIZATIONS_OPENAPI_PATHS,
    ...REPRISALS_EXPORT_OPENAPI_PATHS,
    ...STATE_PROFILE_OPENAPI_PATHS,
  },
} as const;
