import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import {
  agreementMatrixFor,
  alignment,
  alignmentFigure,
  alignmentCsv,
  matrixCsv,
} from '../../analysis/hrc-votes/alignment.js';
import { amendmentsCsv, hostileAmendments } from '../../analysis/hrc-votes/amendments.js';
import { blocCohesion } from '../../analysis/hrc-votes/cohesion.js';
import { countDisagreements } from '../../analysis/hrc-votes/disagreements.js';
import { idealPoints } from '../../analysis/hrc-votes/ideal-points.js';
import { agreementTriangleFor } from '../../analysis/hrc-votes/matrix-triangle.js';
import { votingRecord, votingRecordCsv } from '../../analysis/hrc-votes/record.js';
import { resolutionCsv } from '../../analysis/hrc-votes/resolution-csv.js';
import { resolutionVotes } from '../../analysis/hrc-votes/resolution.js';
import { listTexts } from '../../analysis/hrc-votes/text-list.js';
import {
  AMENDMENT_VOTES,
  DEFAULT_AMENDMENTS,
  type AmendmentVotes,
} from '../../analysis/hrc-votes/vote-table.js';
import { TextKind, TextTheme, VotingBody } from '../../domain/hrc-votes.js';
import type { Store } from '../../store/open-store.js';
import { ApiError } from '../errors.js';
import { evidenceIdsBody, pageParams, parseQuery, yearParam } from '../query.js';
import { stateListParam, stateParam } from '../state-param.js';

const range = z.object({
  from: yearParam.optional(),
  to: yearParam.optional(),
  body: VotingBody.optional(),
});
/**
 * Agreement-type figures (alignment, matrix, cohesion, ideal points) count the texts only unless
 * amendments=include (docs/hrc-votes.md, "Amendments in agreement").
 */
const agreementRange = range.extend({
  amendments: z
    .enum(AMENDMENT_VOTES as [AmendmentVotes, ...AmendmentVotes[]])
    .default(DEFAULT_AMENDMENTS),
});
const flag = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1')
  .optional();
const stateCode = stateParam;
/** "NAME=ISO3,ISO3;NAME2=…" */
const groupsParam = z
  .string()
  .max(4000)
  .transform((v, ctx) => {
    const groups = [];
    for (const part of v.split(';').filter(Boolean)) {
      const m = /^([^=]+)=(.+)$/.exec(part.trim());
      if (!m) {
        ctx.addIssue({ code: 'custom', message: `group "${part}" is not NAME=ISO3,ISO3,…` });
        return z.NEVER;
      }
      // members as codes or names, read as every state parameter is
      const members = stateListParam.safeParse(m[2]!);
      if (!members.success) {
        const why = members.error.issues[0]?.message ?? 'invalid';
        ctx.addIssue({ code: 'custom', message: `group "${m[1]!.trim()}": ${why}` });
        return z.NEVER;
      }
      groups.push({ name: m[1]!.trim(), members: members.data });
    }
    return groups;
  });

function csv(reply: FastifyReply, name: string, body: string): string {
  reply
    .header('content-type', 'text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${name}.csv"`);
  return body;
}

const label = (q: { from?: number; to?: number; body?: string }) =>
  [q.body ?? 'HRC', q.from ?? 'all', q.to ?? 'all'].join('-');

/**
 * /api/v1/votes/…: HRC / CHR / UNGA recorded votes. Symbols contain slashes, so a resolution is
 * asked for with a query parameter: /api/v1/votes/resolution?symbol=A/HRC/RES/32/31 (or ?id=).
 */
export function hrcVotesRoutes(app: FastifyInstance, store: Store): void {
  const db = store.db;
  const base = '/api/v1/votes';

  app.get(`${base}/resolution`, async (req) => {
    const q = parseQuery(
      z
        .object({
          symbol: z.string().min(1).max(100).optional(),
          id: z.coerce.number().int().positive().optional(),
        })
        .refine((v) => v.symbol !== undefined || v.id !== undefined, {
          message: 'give symbol or id',
        }),
      req.query,
    );
    const figure = await resolutionVotes(db, q.id !== undefined ? { textId: q.id } : q.symbol!);
    if (!figure)
      throw new ApiError(404, 'not-found', `no voting text ${q.symbol ?? `with id ${q.id}`}`);
    return figure;
  });

  // the roll-call of one text, one row per member: what the resolution page offers as CSV
  app.get(`${base}/resolution.csv`, async (req, reply) => {
    const q = parseQuery(z.object({ id: z.coerce.number().int().positive() }), req.query);
    const figure = await resolutionVotes(db, { textId: q.id });
    if (!figure) throw new ApiError(404, 'not-found', `no voting text with id ${q.id}`);
    return csv(reply, `votes-text-${q.id}`, resolutionCsv(figure));
  });

  const recordQuery = range.extend({ countrySpecific: flag });
  app.get(`${base}/record/:state`, async (req) => {
    const { state } = parseQuery(z.object({ state: stateCode }), req.params);
    return votingRecord(db, state, parseQuery(recordQuery, req.query));
  });
  app.get(`${base}/record/:state.csv`, async (req, reply) => {
    const { state } = parseQuery(z.object({ state: stateCode }), req.params);
    const q = parseQuery(recordQuery, req.query);
    return csv(
      reply,
      `votes-record-${state}-${label(q)}`,
      votingRecordCsv(await votingRecord(db, state, q)),
    );
  });

  // absent minVotes: the default of alignmentFigure (a tenth of the state's votes, at least 5)
  const alignmentQuery = agreementRange.extend({
    top: z.coerce.number().int().min(1).max(300).optional(),
    minVotes: z.coerce.number().int().min(1).max(10000).optional(),
  });
  app.get(`${base}/alignment/:state`, async (req) => {
    const { state } = parseQuery(z.object({ state: stateCode }), req.params);
    return alignmentFigure(db, state, parseQuery(alignmentQuery, req.query));
  });
  app.get(`${base}/alignment/:state.csv`, async (req, reply) => {
    const { state } = parseQuery(z.object({ state: stateCode }), req.params);
    const q = parseQuery(alignmentQuery, req.query);
    return csv(
      reply,
      `votes-alignment-${state}-${label(q)}`,
      alignmentCsv(state, await alignment(db, state, q)),
    );
  });

  // shape=triangle: the compact form the web app reads, a quarter of the bytes, the same values
  // (docs/decisions/0012-agreement-matrix-triangle.md); the full form stays the default
  const matrixQuery = agreementRange.extend({
    shape: z.enum(['full', 'triangle']).default('full'),
  });
  app.get(`${base}/matrix`, async (req) => {
    const { shape, ...q } = parseQuery(matrixQuery, req.query);
    return shape === 'triangle' ? agreementTriangleFor(db, q) : agreementMatrixFor(db, q);
  });
  app.get(`${base}/matrix.csv`, async (req, reply) => {
    const q = parseQuery(agreementRange, req.query);
    return csv(reply, `votes-matrix-${label(q)}`, matrixCsv(await agreementMatrixFor(db, q)));
  });

  app.get(`${base}/cohesion`, async (req) => {
    const q = parseQuery(agreementRange.extend({ groups: groupsParam.optional() }), req.query);
    return { amendments: q.amendments, rows: await blocCohesion(db, q) };
  });

  app.get(`${base}/ideal-points`, async (req) => {
    const q = parseQuery(
      agreementRange.extend({
        year: yearParam.optional(),
        minVotes: z.coerce.number().int().min(1).max(1000).optional(),
      }),
      req.query,
    );
    return { amendments: q.amendments, years: await idealPoints(db, q) };
  });

  const amendmentQuery = range.extend({ theme: TextTheme.optional(), hostileOnly: flag });
  app.get(`${base}/amendments`, async (req) =>
    hostileAmendments(db, parseQuery(amendmentQuery, req.query)),
  );
  app.get(`${base}/amendments.csv`, async (req, reply) => {
    const q = parseQuery(amendmentQuery, req.query);
    return csv(
      reply,
      `votes-amendments-${label(q)}`,
      amendmentsCsv(await hostileAmendments(db, q)),
    );
  });

  app.get(`${base}/disagreements`, async () => ({ rows: await countDisagreements(db) }));

  app.get(`${base}/texts`, async (req) => {
    const q = parseQuery(
      range.extend({
        kind: TextKind.optional(),
        recorded: flag,
        countrySpecific: flag,
        target: stateCode.optional(),
        theme: TextTheme.optional(),
        q: z.string().max(200).optional(),
        ids: z
          .string()
          .regex(/^\d+(,\d+)*$/)
          .max(20000)
          .transform((v) => v.split(',').map(Number))
          .optional(),
        ...pageParams,
      }),
      req.query,
    );
    return listTexts(db, q, q.page, q.pageSize);
  });

  // A figure's evidence may name thousands of texts: more than a query string carries (431), so
  // the ids may come in a JSON body instead, paginated like the GET list.
  app.post(`${base}/texts`, async (req) => {
    const q = parseQuery(evidenceIdsBody, req.body);
    return listTexts(db, { ids: [...new Set(q.ids)] }, q.page, q.pageSize);
  });
}
