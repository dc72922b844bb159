import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { casesSeenBy, ConfidentialKeysMissing } from '../../analysis/reprisals/views.js';
import {
  casesExport,
  EXPORT_FORMATS,
  figuresExport,
  type ExportFile,
  type ExportFormat,
} from '../../analysis/reprisals/exports.js';
import type { Store } from '../../store/open-store.js';
import { actorOf } from '../auth/access.js';
import { ApiError } from '../errors.js';
import { parseQuery } from '../query.js';
import { stateParam } from '../state-param.js';
import { reprisalFiguresCache } from './reprisals-figures-cache.js';

/*
 * Downloads of the registry as the caller's role may read it (src/analysis/reprisals/exports.ts):
 * the cases as the registry CSV (only the role's columns) or JSON, and the figures as CSV (small
 * cells "fewer than 3") or JSON. Same role checks as the other reprisals routes, and like them
 * never cached by anyone between (`private, no-store`): an editor's download holds names.
 */

const format = z.enum(EXPORT_FORMATS as [ExportFormat, ...ExportFormat[]]);

export const REPRISALS_EXPORT_ROUTES = [
  '/api/v1/reprisals/cases.csv',
  '/api/v1/reprisals/cases.json',
  '/api/v1/reprisals/stats.csv',
] as const;

/** The country's cases as the caller may see them; 503 for an editor when the server has no keys. */
async function seen(store: Store, app: FastifyInstance, req: FastifyRequest, country: string) {
  try {
    return (await casesSeenBy(store, app.security.ring, actorOf(req), { country })).shown;
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

export function reprisalsExportRoutes(app: FastifyInstance, store: Store): void {
  const base = '/api/v1/reprisals';
  const figuresCache = reprisalFiguresCache(store);

  // first thing in each handler, so an error answer is not cached either
  const noStore = (reply: FastifyReply) => reply.header('cache-control', 'private, no-store');
  const send = (reply: FastifyReply, file: ExportFile) => {
    reply
      .header('content-type', file.mediaType)
      .header('content-disposition', `attachment; filename="${file.fileName}"`);
    return file.body;
  };

  const cases = (fixed?: ExportFormat) =>
    app.get(`${base}/cases.${fixed ?? 'csv'}`, async (req, reply) => {
      noStore(reply);
      const q = parseQuery(z.object({ country: stateParam, format: format.optional() }), req.query);
      const shown = await seen(store, app, req, q.country);
      return send(reply, casesExport(shown, req.auth.role, q.country, q.format ?? fixed ?? 'csv'));
    });
  cases('csv');
  cases('json');

  app.get(`${base}/stats.csv`, async (req, reply) => {
    noStore(reply);
    const q = parseQuery(z.object({ country: stateParam, format: format.optional() }), req.query);
    // figures use public fields only: no vault read is needed (nor audited) for them
    const figures = await figuresCache.figures(req.auth.role, q.country);
    return send(reply, figuresExport(req.auth.role, q.country, figures, q.format ?? 'csv'));
  });
}
