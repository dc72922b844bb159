import { QuestionTopic } from '../domain/ngo-committee.js';

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
const pageParams = [
  { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1, default: 1 } },
  {
    name: 'pageSize',
    in: 'query',
    schema: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
  },
];
const json = (description: string) => ({
  description,
  content: { 'application/json': { schema: { type: 'object' } } },
});
const csv = (description: string) => ({
  description,
  content: { 'text/csv': { schema: { type: 'string' } } },
});
const errors = {
  '400': { description: 'a parameter is invalid: { error: { code, message } }' },
  '404': { description: 'not found: { error: { code, message } }' },
};

export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Ground Pass API',
    version: '1',
    description:
      'Figures from the UN public record on how states treat civil society at the UN. Every figure carries `evidence`: the ids of the records behind it, resolvable to their source document and line.',
  },
  paths: {
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
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
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
            description: 'ISO 3166-1 alpha-3',
          },
          topicParam,
          { name: 'organizationId', in: 'query', schema: { type: 'integer' } },
          ...pageParams,
        ],
        responses: { '200': json('page of questions'), ...errors },
      },
    },
    '/api/v1/ngo-committee/longest': {
      get: {
        summary: 'longest deferral histories',
        parameters: [{ name: 'limit', in: 'query', schema: { type: 'integer', default: 20 } }],
        responses: { '200': json('rows'), ...errors },
      },
    },
    '/api/v1/ngo-committee/pending': {
      get: {
        summary: 'applications still pending after at least minYears',
        parameters: [
          { name: 'minYears', in: 'query', schema: { type: 'number', default: 8 } },
          ...pageParams,
        ],
        responses: { '200': json('page'), ...errors },
      },
    },
    '/api/v1/ngo-committee/pending.csv': {
      get: {
        summary: 'the same as CSV',
        parameters: [{ name: 'minYears', in: 'query', schema: { type: 'number', default: 8 } }],
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
        responses: { '200': json('history'), ...errors },
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
            description: 'ISO 3166-1 alpha-3',
          },
          {
            name: 'with',
            in: 'query',
            schema: { type: 'string' },
            description: 'ISO 3166-1 alpha-3',
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
  },
} as const;
