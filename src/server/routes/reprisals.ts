import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  casesSeenBy,
  ConfidentialKeysMissing,
  reprisalFigures,
} from '../../analysis/reprisals/views.js';
import { CaseId } from '../../domain/reprisals.js';
import type { Store } from '../../store/open-store.js';
import { countCases, loadCases, type CaseFilter } from '../../store/reprisals/cases.js';
import { actorOf } from '../auth/access.js';
import { ApiError } from '../errors.js';
import { pageParams, parseQuery } from '../query.js';
import { stateParam } from '../state-param.js';

/*
 * /api/v1/reprisals/…: the registry, read only. Every answer depends on the caller's role (from
 * the session; the public without one): records go through projectRecord, confidential fields are
 * read from the vault (audited) for editors and admins only, and the figures of the public and
 * researchers have small cells suppressed. So these routes are not `sameForEveryone`
 * (src/security/route-access.ts): they run on the main thread, where the cookie is read, and are
 * never kept in the figure cache; the answers are marked `private, no-store` for any cache between.
 */

const caseIdParam = z.string().transform((v, ctx) => {
  const id = CaseId.safeParse(v.toUpperCase());
  if (!id.success) {
    ctx.addIssue({ code: 'custom', message: 'a case id reads 2020-025-001 or 2020-CHN-001' });
    return z.NEVER;
  }
  return id.data;
});

function privateAnswer(reply: FastifyReply): void {
  reply.header('cache-control', 'private, no-store');
}

async function seen(store: Store, app: FastifyInstance, req: FastifyRequest, filter: CaseFilter) {
  try {
    return await casesSeenBy(store, app.security.ring, actorOf(req), filter);
  } catch (error) {
    // the server was started without GROUNDPASS_KEY_FILE: say so, never answer without the check
    if (error instanceof ConfidentialKeysMissing)
      throw new ApiError(
        503,
        'unavailable',
        'confidential fields need the data keys: start the server with GROUNDPASS_KEY_FILE',
      );
    throw error;
  }
}

export function reprisalsRoutes(app: FastifyInstance, store: Store): void {
  const base = '/api/v1/reprisals';

  app.get(`${base}/cases`, async (req, reply) => {
    const q = parseQuery(z.object({ country: stateParam, ...pageParams }), req.query);
    privateAnswer(reply);
    const total = await countCases(store.db, { country: q.country });
    const { shown } = await seen(store, app, req, {
      country: q.country,
      limit: q.pageSize,
      offset: (q.page - 1) * q.pageSize,
    });
    return {
      role: req.auth.role,
      country: q.country,
      total,
      page: q.page,
      pageSize: q.pageSize,
      items: shown,
    };
  });

  app.get(`${base}/cases/:caseId`, async (req, reply) => {
    const { caseId } = parseQuery(z.object({ caseId: caseIdParam }), req.params);
    privateAnswer(reply);
    const { shown } = await seen(store, app, req, { caseId });
    const found = shown[0];
    if (!found) throw new ApiError(404, 'not-found', `no reprisal case ${caseId}`);
    return { role: req.auth.role, case: found };
  });

  app.get(`${base}/stats`, async (req, reply) => {
    const q = parseQuery(z.object({ country: stateParam }), req.query);
    privateAnswer(reply);
    // figures use public fields only: no vault read is needed (nor audited) for them
    const figures = reprisalFigures(
      await loadCases(store.db, { country: q.country }),
      req.auth.role,
    );
    return { role: req.auth.role, country: q.country, ...figures };
  });
}
