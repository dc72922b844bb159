import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { listOrganizations } from '../../analysis/organizations/list.js';
import { resolveOrganizationArg } from '../../store/gongo/names.js';
import { organizationProfile } from '../../analysis/organizations/profile.js';
import { Classification } from '../../domain/gongo.js';
import { projectRecord } from '../../security/policies.js';
import type { Store } from '../../store/open-store.js';
import {
  addEvidence,
  addName,
  CLASSIFICATION_ENTITY,
  RegisterRefusal,
  retractEvidence,
  revertClassification,
  setClassification,
  type RegisterContext,
} from '../../store/gongo/register.js';
import { actorOf } from '../auth/access.js';
import { ApiError } from '../errors.js';
import { idParam, pageParams, parseQuery } from '../query.js';
import { stateParam } from '../state-param.js';

/*
 * /api/v1/organizations/…: the organisation registry and its GONGO evidence register (issue 14).
 * Reads are open to everyone, but who wrote an editorial record is shown to logged-in roles only
 * (field policies), so no answer is `sameForEveryone`: they run on the main thread and are sent
 * `private, no-store`. Writes are for editors and admins, with the session's CSRF token (the
 * route rules, src/security/route-access.ts); the store checks the field policies again, writes
 * the audit entry in the same transaction and refuses a label without evidence (409).
 */

export const ORGANIZATION_ROUTES = {
  list: '/api/v1/organizations',
  resolve: '/api/v1/organizations/resolve',
  one: '/api/v1/organizations/:id',
  history: '/api/v1/organizations/:id/classification/history',
  classify: '/api/v1/organizations/:id/classification',
  revert: '/api/v1/organizations/:id/classification/revert',
  evidence: '/api/v1/organizations/:id/evidence',
  retract: '/api/v1/organizations/:id/evidence/:evidenceId/retract',
  names: '/api/v1/organizations/:id/names',
} as const;

const STATUS_OF: Record<RegisterRefusal['code'], number> = {
  forbidden: 403,
  'not-found': 404,
  invalid: 400,
  'no-evidence': 409,
  'nothing-to-revert': 409,
};

async function refusing<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof RegisterRefusal)
      throw new ApiError(STATUS_OF[error.code], error.code, error.message);
    throw error;
  }
}

function privateAnswer(reply: FastifyReply): void {
  reply.header('cache-control', 'private, no-store');
}

const idOnly = z.object({ id: idParam });
const booleanParam = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1');

export function organizationsRoutes(app: FastifyInstance, store: Store): void {
  const r = ORGANIZATION_ROUTES;
  const context = (): RegisterContext => ({
    db: store.db,
    dialect: store.dialect,
    now: app.security.now,
  });

  app.get(r.list, async (req, reply) => {
    const q = parseQuery(
      z.object({
        q: z.string().max(500).optional(),
        country: stateParam.optional(),
        classification: Classification.optional(),
        withEvidence: booleanParam.optional(),
        ...pageParams,
      }),
      req.query,
    );
    privateAnswer(reply);
    return listOrganizations(store.db, q);
  });

  app.get(r.resolve, async (req, reply) => {
    const { name } = parseQuery(z.object({ name: z.string().min(1).max(500) }), req.query);
    privateAnswer(reply);
    return resolveOrganizationArg(store.db, name);
  });

  app.get(r.one, async (req, reply) => {
    const { id } = parseQuery(idOnly, req.params);
    privateAnswer(reply);
    const profile = await organizationProfile(store.db, id, req.auth.role);
    if (!profile) throw new ApiError(404, 'not-found', `no organisation ${id}`);
    return { role: req.auth.role, ...profile };
  });

  app.get(r.history, async (req, reply) => {
    const { id } = parseQuery(idOnly, req.params);
    privateAnswer(reply);
    const rows = await store.db
      .selectFrom('gongoClassifications as c')
      .leftJoin('auditLog as a', 'a.seq', 'c.auditSeq')
      .selectAll('c')
      .select(['a.hash as auditHash'])
      .where('c.organizationId', '=', id)
      .orderBy('c.id', 'desc')
      .execute();
    return {
      role: req.auth.role,
      organizationId: id,
      items: rows.map(({ auditHash, ...row }) => ({
        ...projectRecord(req.auth.role, CLASSIFICATION_ENTITY, row),
        auditHash,
      })),
    };
  });

  app.post(r.classify, async (req, reply) => {
    const { id } = parseQuery(idOnly, req.params);
    const body = parseQuery(z.object({}).passthrough(), req.body ?? {});
    const auditSeq = await refusing(() => setClassification(context(), actorOf(req), id, body));
    reply.status(201);
    return { organizationId: id, auditSeq };
  });

  app.post(r.revert, async (req, reply) => {
    const { id } = parseQuery(idOnly, req.params);
    const { toAuditId } = parseQuery(z.object({ toAuditId: idParam.optional() }), req.body ?? {});
    const auditSeq = await refusing(() =>
      revertClassification(context(), actorOf(req), id, toAuditId),
    );
    reply.status(201);
    return { organizationId: id, auditSeq };
  });

  app.post(r.evidence, async (req, reply) => {
    const { id } = parseQuery(idOnly, req.params);
    const body = parseQuery(z.object({}).passthrough(), req.body ?? {});
    const evidenceId = await refusing(() => addEvidence(context(), actorOf(req), id, body));
    reply.status(201);
    return { organizationId: id, evidenceId };
  });

  app.post(r.retract, async (req) => {
    const { id, evidenceId } = parseQuery(
      z.object({ id: idParam, evidenceId: idParam }),
      req.params,
    );
    const { reason } = parseQuery(
      z.object({ reason: z.string().trim().min(1).max(4000) }),
      req.body ?? {},
    );
    const own = await store.db
      .selectFrom('gongoEvidence')
      .select('id')
      .where('id', '=', evidenceId)
      .where('organizationId', '=', id)
      .executeTakeFirst();
    if (!own)
      throw new ApiError(404, 'not-found', `no evidence ${evidenceId} of organisation ${id}`);
    await refusing(() => retractEvidence(context(), actorOf(req), evidenceId, reason));
    return { organizationId: id, evidenceId, retracted: true };
  });

  app.post(r.names, async (req, reply) => {
    const { id } = parseQuery(idOnly, req.params);
    const body = parseQuery(z.object({}).passthrough(), req.body ?? {});
    const nameId = await refusing(() => addName(context(), actorOf(req), id, body));
    reply.status(201);
    return { organizationId: id, nameId };
  });
}
