import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  casesSeenBy,
  ConfidentialKeysMissing,
  readsConfidential,
} from '../../analysis/reprisals/views.js';
import { caseListSeenBy, visibleTimeline } from '../../analysis/reprisals/case-query.js';
import {
  CaseId,
  CaseStatus,
  RecordType,
  ReprisalAct,
  UnBody,
  type SpCommunication,
} from '../../domain/reprisals.js';
import { projectRecord } from '../../security/policies.js';
import { loadCommunications } from '../../store/reprisals/communications.js';
import { COMMUNICATION_ENTITY } from '../../store/reprisals/links.js';
import type { Store } from '../../store/open-store.js';
import type { CaseFilter } from '../../store/reprisals/cases.js';
import { actorOf } from '../auth/access.js';
import { ApiError } from '../errors.js';
import { pageParams, parseQuery } from '../query.js';
import { stateParam } from '../state-param.js';
import { matchesIfNoneMatch } from '../figure-cache.js';
import { reprisalFiguresCache } from './reprisals-figures-cache.js';

/*
 * /api/v1/reprisals/…: the registry, read only. Every answer depends on the caller's role (from
 * the session; the public without one): records go through projectRecord, confidential fields are
 * read from the vault (audited) for editors and admins only, and the figures of the public and
 * researchers have small cells suppressed. So these routes are not `sameForEveryone`
 * (src/security/route-access.ts): they run on the main thread, where the cookie is read, and are
 * never kept in the server's figure cache; the answers are marked `private` for any cache between.
 * The statistics are kept per data version and audience by their own cache, with an ETag.
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

/** The list's filters: public fields only (src/analysis/reprisals/case-query.ts says why). */
const listFilters = {
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  recordType: RecordType.optional(),
  status: CaseStatus.optional(),
  act: ReprisalAct.optional(),
  unBody: UnBody.optional(),
};

/** A 503 when an editor asks a server started without the data keys, never an unchecked answer. */
async function orUnavailable<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
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
  const figuresCache = reprisalFiguresCache(store);

  app.get(`${base}/cases`, async (req, reply) => {
    const q = parseQuery(
      z.object({ country: stateParam.optional(), ...listFilters, ...pageParams }),
      req.query,
    );
    privateAnswer(reply);
    const { country, page, pageSize, ...filters } = q;
    const list = await orUnavailable(
      caseListSeenBy(
        store,
        app.security.ring,
        actorOf(req),
        { country, ...filters },
        {
          limit: pageSize,
          offset: (page - 1) * pageSize,
        },
      ),
    );
    return {
      role: req.auth.role,
      country: country ?? null,
      filters,
      total: list.total,
      page,
      pageSize,
      items: list.shown,
      options: list.options,
    };
  });

  app.get(`${base}/cases/:caseId`, async (req, reply) => {
    const { caseId } = parseQuery(z.object({ caseId: caseIdParam }), req.params);
    privateAnswer(reply);
    const { shown } = await seen(store, app, req, { caseId });
    const found = shown[0];
    if (!found) throw new ApiError(404, 'not-found', `no reprisal case ${caseId}`);
    // the letters the case's references name: restricted, so none for the public
    const communications = (await loadCommunications(store.db, found.communicationRefs ?? [])).map(
      (c) => projectRecord(req.auth.role, COMMUNICATION_ENTITY, c),
    );
    return {
      role: req.auth.role,
      case: found,
      communications,
      timeline: visibleTimeline(
        found,
        communications.map((c) => ({ ...c, caseId: null }) as SpCommunication),
      ),
    };
  });

  app.get(`${base}/stats`, async (req, reply) => {
    const q = parseQuery(z.object({ country: stateParam.optional() }), req.query);
    // figures use public fields only: no vault read is needed (nor audited) for them; computed
    // once per data version and audience, kept as bytes with their ETag (reprisals-figures-cache.ts)
    const answer = await figuresCache.json(req.auth.role, q.country ?? null);
    // the answer depends on the session cookie: no shared cache may keep it (private); the
    // public's and a researcher's browser may, asking again each time (no-cache, the ETag makes
    // that a 304); an editor's figures (every small number, the chains) are not stored at all
    reply
      .header(
        'cache-control',
        readsConfidential(req.auth.role) ? 'private, no-store' : 'private, no-cache',
      )
      .header('vary', 'cookie');
    reply.header('etag', answer.etag);
    if (matchesIfNoneMatch(req.headers['if-none-match'], answer.etag))
      return reply.code(304).send();
    reply.type('application/json; charset=utf-8');
    return reply.send(answer.body);
  });
}
