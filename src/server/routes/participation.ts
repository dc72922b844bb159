import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import {
  pointsOfOrderView,
  sessionsWithStatements,
  shareView,
  statementsById,
  uprAdoptionView,
} from '../../analysis/hrc-participation/views.js';
import {
  clustersCsv,
  pointsOfOrderCsv,
  shareCsvFor,
  uprAdoptionCsvFor,
} from '../../analysis/hrc-participation/csv.js';
import { clustersWithSources } from '../../analysis/participation/clusters-view.js';
import type { Store } from '../../store/open-store.js';
import {
  evidenceIdsBody,
  idParam,
  MAX_EVIDENCE_IDS,
  pageParams,
  parseQuery,
  yearParam,
} from '../query.js';
import { stateParam } from '../state-param.js';
import { normalizeSessionCode } from '../../domain/hrc-participation.js';

/*
 * /api/v1/participation/…: who speaks at the Human Rights Council (docs/participation.md). The
 * public record, the same for every caller. Every figure carries the ids of the statements,
 * counts or points of order behind it; `statements?ids=` resolves them to document and line.
 */

const sessionParam = z.string().transform((v, ctx) => {
  const code = normalizeSessionCode(v);
  if (code === null) {
    ctx.addIssue({ code: 'custom', message: 'a session reads HRC55 or HRC-S35' });
    return z.NEVER;
  }
  return code;
});
const classificationParam = z.enum(['independent', 'state-linked', 'gongo', 'unknown']);
const idsParam = z.string().transform((v, ctx) => {
  const parts = v.split(',').filter((x) => x !== '');
  const ids = parts.map((x) => idParam.safeParse(x));
  if (parts.length === 0 || parts.length > MAX_EVIDENCE_IDS || ids.some((r) => !r.success)) {
    ctx.addIssue({ code: 'custom', message: 'ids: comma-separated positive ids (at least one)' });
    return z.NEVER;
  }
  return ids.map((r) => r.data!);
});

/** A CSV download (the byte-order mark is added for every CSV by server/csv-bom.ts). */
function csv(reply: FastifyReply, name: string, body: string): string {
  reply
    .header('content-type', 'text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${name}.csv"`);
  return body;
}

const shareQuery = z.object({
  session: sessionParam.optional(),
  year: yearParam.optional(),
  baseYear: yearParam.optional(),
  classification: classificationParam.optional(),
});

export function participationRoutes(app: FastifyInstance, store: Store): void {
  const base = '/api/v1/participation';

  app.get(`${base}/sessions`, async () => ({ sessions: await sessionsWithStatements(store) }));

  app.get(`${base}/share`, async (req) => {
    const q = parseQuery(shareQuery, req.query);
    return shareView(store, {
      session: q.session ?? null,
      year: q.year ?? null,
      baseYear: q.baseYear ?? null,
      classification: q.classification ?? null,
    });
  });

  // the same figure as one CSV table, each row with its statements and where they are printed
  app.get(`${base}/share.csv`, async (req, reply) => {
    const q = parseQuery(shareQuery, req.query);
    const body = await shareCsvFor(store, {
      session: q.session ?? null,
      year: q.year ?? null,
      baseYear: q.baseYear ?? null,
      classification: q.classification ?? null,
    });
    const name = ['participation-share', q.session ?? 'all', q.year].filter(Boolean).join('-');
    return csv(reply, name, body);
  });

  app.get(`${base}/points-of-order`, async (req) => {
    const q = parseQuery(
      z.object({ state: stateParam.optional(), year: yearParam.optional() }),
      req.query,
    );
    return pointsOfOrderView(store, q.state ?? null, q.year ?? null);
  });

  app.get(`${base}/points-of-order.csv`, async (req, reply) => {
    const q = parseQuery(
      z.object({ state: stateParam.optional(), year: yearParam.optional() }),
      req.query,
    );
    const figure = await pointsOfOrderView(store, q.state ?? null, q.year ?? null);
    const name = ['participation-points-of-order', q.state, q.year].filter(Boolean).join('-');
    return csv(reply, name, pointsOfOrderCsv(figure));
  });

  // who spoke at the adoptions of a State's UPR outcomes (item 6)
  app.get(`${base}/upr-adoption`, async (req) => {
    const q = parseQuery(z.object({ state: stateParam }), req.query);
    return uprAdoptionView(store, q.state);
  });

  app.get(`${base}/upr-adoption.csv`, async (req, reply) => {
    const q = parseQuery(z.object({ state: stateParam }), req.query);
    return csv(
      reply,
      `participation-upr-adoption-${q.state}`,
      await uprAdoptionCsvFor(store, q.state),
    );
  });

  // near-duplicate NGO statements of a session, each member with its words and source
  // (of one year when given, as `participation clusters --year` and the report's figure)
  const clustersQuery = z.object({ session: sessionParam.optional(), year: yearParam.optional() });
  app.get(`${base}/clusters`, async (req) => {
    const q = parseQuery(clustersQuery, req.query);
    return clustersWithSources(store, q.session ?? null, q.year ?? null);
  });

  app.get(`${base}/clusters.csv`, async (req, reply) => {
    const q = parseQuery(clustersQuery, req.query);
    const view = await clustersWithSources(store, q.session ?? null, q.year ?? null);
    const name = ['participation-clusters', q.session ?? 'all', q.year].filter(Boolean).join('-');
    return csv(reply, name, clustersCsv(view));
  });

  app.get(`${base}/statements`, async (req) => {
    const q = parseQuery(z.object({ ids: idsParam, ...pageParams }), req.query);
    return statementsById(store, q.ids, q);
  });

  // the same for a figure whose ids are too many for a query string
  app.post(`${base}/statements`, async (req) => {
    const q = parseQuery(evidenceIdsBody, req.body);
    return statementsById(store, q.ids, q);
  });
}
