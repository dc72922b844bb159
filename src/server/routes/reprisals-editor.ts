import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  caseForEditing,
  draftQueue,
  followUpLinks,
  NotCleared,
} from '../../analysis/reprisals/editor-views.js';
import { ConfidentialKeysMissing } from '../../analysis/reprisals/views.js';
import { CaseId, CommunicationReference } from '../../domain/reprisals.js';
import type { Store } from '../../store/open-store.js';
import {
  attachLink,
  CasePatch,
  confirmCase,
  editCase,
  EditConflict,
  FieldsNotWritable,
  linkCommunication,
  RecordNotFound,
  refusedFields,
  unknownFields,
  unlinkCommunication,
  type EditContext,
} from '../../store/reprisals/editing.js';
import { AccessDenied, NoKeys } from '../../store/security/vault.js';
import { actorOf } from '../auth/access.js';
import { ApiError, safeMessage } from '../errors.js';
import { idParam, pageParams, parseQuery } from '../query.js';
import { stateParam } from '../state-param.js';

/*
 * /api/v1/reprisals/…: the editors' side of the registry (docs/reprisals.md, "Editing"). Every
 * route is for editors and admins only (ROUTE_RULES), and every write needs the CSRF token (the
 * access hook checks it before a handler runs) and the version of the record the editor read
 * (If-Match or `version` in the body): a write over a newer version is 409, never a silent
 * overwrite. The store functions audit each change and raise the data version.
 */

export const EDITOR_BASE = '/api/v1/reprisals';

/** The editor routes as registered, for ROUTE_RULES and the OpenAPI document. */
export const EDITOR_ROUTES = {
  drafts: `${EDITOR_BASE}/drafts`,
  edit: `${EDITOR_BASE}/cases/:caseId/edit`,
  patch: `${EDITOR_BASE}/cases/:caseId`,
  confirm: `${EDITOR_BASE}/cases/:caseId/confirm`,
  communications: `${EDITOR_BASE}/cases/:caseId/communications`,
  unlink: `${EDITOR_BASE}/cases/:caseId/communications/unlink`,
  links: `${EDITOR_BASE}/links`,
  attach: `${EDITOR_BASE}/links/:id/attach`,
} as const;

const caseIdParam = z.string().transform((v, ctx) => {
  const id = CaseId.safeParse(v.toUpperCase());
  if (!id.success) {
    ctx.addIssue({ code: 'custom', message: 'a case id reads 2020-025-001 or 2020-CHN-001' });
    return z.NEVER;
  }
  return id.data;
});

const versionField = z.string().min(1).max(64);
const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** The version the editor read: If-Match ("…" or W/"…") or `version` in the body. */
function expectedVersion(req: FastifyRequest, body: { version?: string | undefined }): string {
  const header = req.headers['if-match'];
  const fromHeader =
    typeof header === 'string' ? header.replace(/^W\//, '').replace(/^"|"$/g, '') : undefined;
  const v = body.version ?? fromHeader;
  if (!v)
    throw new ApiError(
      428,
      'precondition-required',
      'send the version you read (If-Match header or "version" in the body), so a newer change is not overwritten',
    );
  return v;
}

function context(app: FastifyInstance, store: Store, req: FastifyRequest): EditContext {
  return {
    store,
    ring: app.security.ring,
    actor: actorOf(req),
    now: app.security.now,
  };
}

function fail(reply: FastifyReply, status: number, code: string, message: string, extra = {}) {
  return reply.status(status).send({ error: { code, message: safeMessage(message), ...extra } });
}

/** The store's refusals as answers; anything else is the server's error handler's. */
async function answer<T>(reply: FastifyReply, work: () => Promise<T>): Promise<T | FastifyReply> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof EditConflict)
      return fail(reply, 409, 'conflict', error.message, { currentVersion: error.current });
    if (error instanceof FieldsNotWritable)
      return fail(reply, 403, 'forbidden-fields', error.message, { fields: error.fields });
    if (error instanceof RecordNotFound) return fail(reply, 404, 'not-found', error.message);
    if (error instanceof NotCleared || error instanceof AccessDenied)
      return fail(reply, 403, 'forbidden', error.message);
    if (error instanceof NoKeys || error instanceof ConfidentialKeysMissing)
      return fail(
        reply,
        503,
        'unavailable',
        'confidential fields need the data keys: start the server with GROUNDPASS_KEY_FILE',
      );
    throw error;
  }
}

/** A communication reference as typed ("chn 15/2011" reads as "CHN 15/2011") and the version. */
const referenceBody = z.object({
  reference: z
    .string()
    .transform((v) => v.trim().toUpperCase().replace(/\s+/g, ' '))
    .pipe(CommunicationReference),
  version: versionField.optional(),
});

const noStore = (reply: FastifyReply) => reply.header('cache-control', 'private, no-store');

export function reprisalsEditorRoutes(app: FastifyInstance, store: Store): void {
  const r = EDITOR_ROUTES;

  app.get(r.drafts, async (req, reply) => {
    const q = parseQuery(z.object({ country: stateParam.optional(), ...pageParams }), req.query);
    noStore(reply);
    return answer(reply, async () => {
      const { total, items } = await draftQueue(store, app.security.ring, actorOf(req), {
        ...(q.country ? { country: q.country } : {}),
        limit: q.pageSize,
        offset: (q.page - 1) * q.pageSize,
      });
      return {
        country: q.country ?? null,
        total,
        page: q.page,
        pageSize: q.pageSize,
        items,
      };
    });
  });

  app.get(r.edit, async (req, reply) => {
    const { caseId } = parseQuery(z.object({ caseId: caseIdParam }), req.params);
    noStore(reply);
    return answer(reply, async () => {
      const found = await caseForEditing(store, app.security.ring, actorOf(req), caseId);
      if (!found) throw new RecordNotFound(`no reprisal case ${caseId}`);
      reply.header('etag', `"${found.version}"`);
      return found;
    });
  });

  app.patch(r.patch, async (req, reply) => {
    const { caseId } = parseQuery(z.object({ caseId: caseIdParam }), req.params);
    const raw = parseQuery(
      z.object({ version: versionField.optional(), fields: z.record(z.string(), z.unknown()) }),
      req.body,
    );
    const keys = Object.keys(raw.fields);
    const unknown = unknownFields(keys);
    if (unknown.length > 0)
      throw new ApiError(400, 'bad-request', `no case has these fields: ${unknown.join(', ')}`);
    const refused = refusedFields(actorOf(req), keys);
    if (refused.length > 0)
      return fail(reply, 403, 'forbidden-fields', `you may not write: ${refused.join(', ')}`, {
        fields: refused,
      });
    const patch = parseQuery(CasePatch, raw.fields);
    const expected = expectedVersion(req, raw);
    return answer(reply, async () => {
      const out = await editCase(context(app, store, req), caseId, patch, expected);
      reply.header('etag', `"${out.version}"`);
      return { caseId, ...out };
    });
  });

  app.post(r.confirm, async (req, reply) => {
    const { caseId } = parseQuery(z.object({ caseId: caseIdParam }), req.params);
    const body = parseQuery(z.object({ version: versionField.optional() }), req.body ?? {});
    const expected = expectedVersion(req, body);
    return answer(reply, async () => {
      const out = await confirmCase(context(app, store, req), caseId, expected);
      reply.header('etag', `"${out.version}"`);
      return { caseId, review: 'confirmed', ...out };
    });
  });

  app.post(r.communications, async (req, reply) => {
    const { caseId } = parseQuery(z.object({ caseId: caseIdParam }), req.params);
    const body = parseQuery(referenceBody, req.body);
    const expected = expectedVersion(req, body);
    return answer(reply, async () => {
      const out = await linkCommunication(
        context(app, store, req),
        caseId,
        body.reference,
        expected,
      );
      reply.header('etag', `"${out.version}"`);
      return { caseId, reference: body.reference, ...out };
    });
  });

  // the reference has a slash ("CHN 15/2011"), so it goes in the body, not the path
  app.post(r.unlink, async (req, reply) => {
    const { caseId } = parseQuery(z.object({ caseId: caseIdParam }), req.params);
    const body = parseQuery(referenceBody, req.body);
    const expected = expectedVersion(req, body);
    return answer(reply, async () => {
      const out = await unlinkCommunication(
        context(app, store, req),
        caseId,
        body.reference,
        expected,
      );
      reply.header('etag', `"${out.version}"`);
      return { caseId, reference: body.reference, unlinked: true, ...out };
    });
  });

  app.get(r.links, async (req, reply) => {
    const q = parseQuery(
      z.object({ country: stateParam.optional(), unattached: flag.optional(), ...pageParams }),
      req.query,
    );
    noStore(reply);
    return answer(reply, async () => {
      const { total, items } = await followUpLinks(store, app.security.ring, actorOf(req), {
        ...(q.country ? { country: q.country } : {}),
        unattached: q.unattached ?? false,
        limit: q.pageSize,
        offset: (q.page - 1) * q.pageSize,
      });
      return { country: q.country ?? null, total, page: q.page, pageSize: q.pageSize, items };
    });
  });

  app.post(r.attach, async (req, reply) => {
    const { id } = parseQuery(z.object({ id: idParam }), req.params);
    const body = parseQuery(
      z.object({ caseId: caseIdParam, version: versionField.optional() }),
      req.body,
    );
    const expected = expectedVersion(req, body);
    return answer(reply, async () => {
      const out = await attachLink(context(app, store, req), id, body.caseId, expected);
      reply.header('etag', `"${out.version}"`);
      return { linkId: id, caseId: body.caseId, ...out };
    });
  });
}
