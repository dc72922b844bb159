import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  applicationHistory,
  resolveOrganization,
} from '../../analysis/ngo-committee/application-history.js';
import {
  deferralHistoriesCsv,
  longestDeferred,
  pendingAtLeast,
} from '../../analysis/ngo-committee/deferrals.js';
import {
  closuresByYear,
  listQuestions,
  searchOrganizations,
} from '../../analysis/ngo-committee/question-list.js';
import {
  questionsByState,
  questionsByStateCsv,
} from '../../analysis/ngo-committee/questions-by-state.js';
import { QuestionTopic } from '../../domain/ngo-committee.js';
import { openReviews } from '../../analysis/ngo-committee/reviews.js';
import { listVotes } from '../../analysis/ngo-committee/vote-list.js';
import { rollCallSummary } from '../../analysis/ngo-committee/roll-calls.js';
import type { Store } from '../../store/open-store.js';
import { ApiError, errorBody, quote } from '../errors.js';
import { listEvents } from '../../analysis/ngo-committee/event-list.js';
import { evidenceIdsBody, pageParams, parseQuery, yearParam } from '../query.js';
import { stateParam } from '../state-param.js';

const range = z.object({ from: yearParam.optional(), to: yearParam.optional() });
/** applications for status and requests for reclassification are listed apart */
const requestParam = z.enum(['application', 'reclassification', 'all']).default('application');
const questionRange = range.extend({ topic: QuestionTopic.optional() });

export function ngoCommitteeRoutes(app: FastifyInstance, store: Store): void {
  const db = store.db;
  const base = '/api/v1/ngo-committee';

  app.get(`${base}/questions`, async (req) =>
    questionsByState(db, parseQuery(questionRange, req.query)),
  );

  app.get(`${base}/questions.csv`, async (req, reply) => {
    const q = parseQuery(questionRange, req.query);
    const figure = await questionsByState(db, q);
    const name = [q.from ?? 'all', q.to ?? 'all', ...(q.topic ? [q.topic] : [])].join('-');
    reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="ngo-committee-questions-${name}.csv"`);
    return questionsByStateCsv(figure);
  });

  app.get(`${base}/questions/list`, async (req) => {
    const q = parseQuery(
      range.extend({
        state: stateParam.optional(),
        topic: QuestionTopic.optional(),
        organizationId: z.coerce.number().int().optional(),
        ...pageParams,
      }),
      req.query,
    );
    return listQuestions(db, q, q.page, q.pageSize);
  });

  app.get(`${base}/longest`, async (req) => {
    const q = parseQuery(
      z.object({
        limit: z.coerce.number().int().min(1).max(1000).default(20),
        request: requestParam,
      }),
      req.query,
    );
    return { request: q.request, rows: await longestDeferred(db, q.limit, q.request) };
  });

  app.get(`${base}/pending`, async (req) => {
    const q = parseQuery(
      z.object({
        minYears: z.coerce.number().min(0).default(8),
        request: requestParam,
        ...pageParams,
      }),
      req.query,
    );
    const all = await pendingAtLeast(db, q.minYears, q.request);
    return {
      request: q.request,
      total: all.length,
      page: q.page,
      pageSize: q.pageSize,
      items: all.slice((q.page - 1) * q.pageSize, q.page * q.pageSize),
    };
  });

  app.get(`${base}/pending.csv`, async (req, reply) => {
    const q = parseQuery(
      z.object({ minYears: z.coerce.number().min(0).default(8), request: requestParam }),
      req.query,
    );
    const rows = await pendingAtLeast(db, q.minYears, q.request);
    reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header(
        'content-disposition',
        `attachment; filename="ngo-committee-pending-${q.minYears}y.csv"`,
      );
    return deferralHistoriesCsv(rows);
  });

  app.get(`${base}/applications`, async (req) => {
    const q = parseQuery(
      z.object({
        q: z.string().min(1).max(200),
        limit: z.coerce.number().int().min(1).max(100).default(20),
      }),
      req.query,
    );
    return { items: await searchOrganizations(db, q.q, q.limit) };
  });

  app.get(`${base}/applications/:id`, async (req, reply) => {
    const { id } = parseQuery(z.object({ id: z.string().min(1).max(300) }), req.params);
    const match = await resolveOrganization(db, id);
    if (match.kind === 'ambiguous') {
      // Never open another organisation silently: say which ones the name could mean.
      return reply
        .code(409)
        .send(
          errorBody(
            'ambiguous-name',
            `${quote(id)} is not one organisation's exact name; ${match.candidates.length} candidate(s): give an id`,
            { candidates: match.candidates },
          ),
        );
    }
    const history = match.kind === 'found' ? await applicationHistory(db, match.id) : undefined;
    if (!history) throw new ApiError(404, 'not-found', `no organisation ${quote(id)}`);
    return history;
  });

  app.get(`${base}/votes`, async (req) => rollCallSummary(db, parseQuery(range, req.query)));
  app.get(`${base}/votes/list`, async (req) => {
    const q = parseQuery(
      range.extend({ state: stateParam.optional(), with: stateParam.optional(), ...pageParams }),
      req.query,
    );
    return listVotes(db, q, q.page, q.pageSize);
  });
  // The `ngo-event` evidence of a figure (deferral histories, pending, longest) resolves here: by
  // GET for a short list, by POST (JSON body) for thousands of ids, paginated either way.
  app.get(`${base}/events/list`, async (req) => {
    const q = parseQuery(
      z.object({
        ids: z
          .string()
          .regex(/^\d+(,\d+)*$/)
          .max(20000)
          .transform((v) => v.split(',').map(Number)),
        ...pageParams,
      }),
      req.query,
    );
    return listEvents(db, q.ids, q.page, q.pageSize);
  });
  app.post(`${base}/events/list`, async (req) => {
    const q = parseQuery(evidenceIdsBody, req.body);
    return listEvents(db, q.ids, q.page, q.pageSize);
  });
  app.get(`${base}/closures`, async () => ({ rows: await closuresByYear(db) }));
  app.get(`${base}/review`, async () => ({ items: await openReviews(db) }));
}
