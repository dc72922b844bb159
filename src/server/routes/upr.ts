import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { toCsv } from '../../analysis/csv.js';
import { uprProfile, uprStatsByRecommender } from '../../analysis/upr/profile.js';
import { uprRecommendation, uprRecommendationList } from '../../analysis/upr/recommendation.js';
import {
  UPR_SEARCH_ORDERS,
  UPR_SEARCH_UNITS,
  UPR_SOURCE_KINDS,
} from '../../analysis/upr/search/index.js';
import { searchCsvStored, searchUprStored } from '../../analysis/upr/search/load.js';
import { uprStats } from '../../analysis/upr/stats.js';
import { UprResponse } from '../../domain/upr.js';
import type { Store } from '../../store/open-store.js';
import { ApiError } from '../errors.js';
import { evidenceIdsBody, parseQuery } from '../query.js';
import { stateParam } from '../state-param.js';

const stateCode = stateParam;
/** "a,b,c" → [a, b, c], each checked by `item` */
const list = <T extends z.ZodType>(item: T, max = 200) =>
  z.preprocess(
    (v) =>
      typeof v === 'string'
        ? v
            .split(',')
            .map((s) => s.trim())
            .filter((s) => s !== '')
        : v,
    z.array(item).max(max),
  );
const cycle = z.coerce.number().int().min(1).max(4);
const source = z.enum(['official', 'upr-info']);
const REGIONS = z.enum(['African', 'Asia-Pacific', 'EEG', 'GRULAC', 'WEOG', 'none']);

const searchParams = z.object({
  q: z.string().max(1000).default(''),
  sur: list(stateCode).optional(),
  from: list(stateCode).optional(),
  region: list(REGIONS).optional(),
  cycle: list(cycle).optional(),
  response: list(UprResponse).optional(),
  theme: list(z.string().min(1).max(200)).optional(),
  action: list(z.coerce.number().int().min(1).max(5)).optional(),
  // source kinds, not the `source` unit choice of the stats: the search can keep to one source
  source: list(z.enum(UPR_SOURCE_KINDS)).optional(),
  // one unit per review by default (docs/upr.md, "Units")
  unit: z.enum(UPR_SEARCH_UNITS).optional(),
});

export const UPR_STATS_CSV_HEADER = [
  'sur',
  'cycle',
  'unit',
  'source_kind',
  'total',
  'supported',
  'partially',
  'noted',
  'rejected',
  'pending',
  'noted_or_rejected_rate',
  'accepted',
  'critical_among_accepted',
  'critical_share',
  'repeated',
  'narrative',
  'ids',
] as const;

/** /api/v1/upr/…: UPR recommendations, responses, search. */
export function uprRoutes(app: FastifyInstance, store: Store): void {
  const db = store.db;
  const base = '/api/v1/upr';

  app.get(`${base}/stats`, async (req) => {
    const q = parseQuery(
      z.object({ sur: stateCode, cycle: cycle.optional(), source: source.optional() }),
      req.query,
    );
    return { sur: q.sur, cycles: await uprStats(db, q) };
  });

  app.get(`${base}/recommenders`, async (req) => {
    const q = parseQuery(
      z.object({
        sur: stateCode.optional(),
        cycle: cycle.optional(),
        by: z.enum(['state', 'region']).default('state'),
        source: source.optional(),
      }),
      req.query,
    );
    return { by: q.by, rows: await uprStatsByRecommender(db, q) };
  });

  // the state profile's per-cycle figures, as the web page's CSV download
  app.get(`${base}/stats.csv`, async (req, reply) => {
    const q = parseQuery(z.object({ sur: stateCode, source: source.optional() }), req.query);
    const profile = await uprProfile(db, q.sur, q.source);
    reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="upr-stats-${q.sur}.csv"`);
    return toCsv(
      UPR_STATS_CSV_HEADER,
      profile.cycles.map((c) => [
        c.sur,
        c.cycle,
        c.unit,
        c.sourceKind,
        c.total,
        c.supported,
        c.partially,
        c.noted,
        c.rejected,
        c.pending,
        c.notedOrRejectedRate.toFixed(4),
        c.criticalAmongAccepted.accepted,
        c.criticalAmongAccepted.critical,
        c.criticalAmongAccepted.share.toFixed(4),
        c.repeated.count,
        c.narrative.count,
        c.evidence.ids.join(' '),
      ]),
    );
  });

  app.get(`${base}/profile/:sur`, async (req) => {
    const { sur } = parseQuery(z.object({ sur: stateCode }), req.params);
    const { source: unit } = parseQuery(z.object({ source: source.optional() }), req.query);
    const profile = await uprProfile(db, sur, unit);
    if (profile.cycles.length === 0)
      throw new ApiError(404, 'not-found', `no UPR recommendations to ${sur} are stored`);
    return profile;
  });

  app.get(`${base}/search`, async (req) => {
    const q = parseQuery(
      searchParams.extend({
        limit: z.coerce.number().int().min(0).max(500).default(20),
        offset: z.coerce.number().int().min(0).default(0),
        // id (the order of import) by default; relevance = BM25 (docs/upr.md, "Search")
        order: z.enum(UPR_SEARCH_ORDERS).optional(),
      }),
      req.query,
    );
    const { q: text, limit, offset, order, ...filters } = q;
    return searchUprStored(db, { q: text, filters, limit, offset, order });
  });

  app.get(`${base}/search.csv`, async (req, reply) => {
    const { q, ...filters } = parseQuery(searchParams, req.query);
    const csv = await searchCsvStored(db, q, filters);
    reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="upr-search.csv"');
    return csv;
  });

  app.get(`${base}/recommendations`, async (req) => {
    const q = parseQuery(
      z.object({
        ids: list(z.coerce.number().int().positive(), 5000),
        page: z.coerce.number().int().min(1).default(1),
        pageSize: z.coerce.number().int().min(1).max(500).default(50),
      }),
      req.query,
    );
    return uprRecommendationList(db, q.ids, q.page, q.pageSize);
  });

  // One figure can carry 14,558 recommendation ids, far more than a query string holds (431):
  // the same list from a JSON body, as for the votes' texts.
  app.post(`${base}/recommendations`, async (req) => {
    const q = parseQuery(evidenceIdsBody, req.body);
    return uprRecommendationList(db, q.ids, q.page, q.pageSize);
  });

  app.get(`${base}/recommendations/:id`, async (req) => {
    const { id } = parseQuery(z.object({ id: z.coerce.number().int().positive() }), req.params);
    const r = await uprRecommendation(db, id);
    if (!r) throw new ApiError(404, 'not-found', `no UPR recommendation ${id}`);
    return r;
  });
}
