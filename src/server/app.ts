import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import { z } from 'zod';
import { STATES } from '../domain/reference/states.js';
import type { Store } from '../store/open-store.js';
import { isSampleLoaded } from '../store/sample-dataset.js';
import { ApiError, errorBody, quote } from './errors.js';
import {
  HELMET_OPTIONS,
  isApiPath,
  onClientError,
  onFrameworkError,
  replyToError,
} from './http-errors.js';
import { installStallGuards, logRequests, type StallGuardOptions } from './limits.js';
import { installSecurityHeaders } from './security-headers.js';
import { openApiDocument } from './openapi.js';
import { parseQuery } from './query.js';
import { hrcVotesRoutes } from './routes/hrc-votes.js';
import { ngoCommitteeRoutes } from './routes/ngo-committee.js';
import { participationRoutes } from './routes/participation.js';
import { reprisalsRoutes } from './routes/reprisals.js';
import { organizationsRoutes } from './routes/organizations.js';
import { reprisalsExportRoutes } from './routes/reprisals-exports.js';
import { reprisalsEditorRoutes } from './routes/reprisals-editor.js';
import { uprRoutes } from './routes/upr.js';
import { stateProfileRoutes } from './routes/state-profile.js';
import { addCsvByteOrderMark } from './csv-bom.js';
import { installFigureCache, type FigureCacheOptions } from './figure-cache.js';
import { installAccess, type SecurityOptions } from './auth/access.js';
import { authRoutes } from './auth/routes.js';
import { LOG_REDACT } from './auth/log-redact.js';

export interface AppOptions {
  store: Store;
  /** the built web app (dist/web); the API alone is served when absent */
  webDir?: string;
  /** structured log (pino): `serve` logs at info; route, status and time only (see limits.ts) */
  logger?: boolean | { level: string; stream?: { write(line: string): void } };
  /** caps per route class, and the worker threads heavy figures run in (see limits.ts) */
  guards?: StallGuardOptions;
  /** sessions, keys, login throttle (see docs/security.md); defaults suit `serve` */
  security?: SecurityOptions;
  /** public answers kept per data version with an ETag (figure-cache.ts); false: none (workers) */
  figureCache?: FigureCacheOptions | false;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { store } = options;
  const app = Fastify({
    // secrets are censored by pino itself should any log line ever carry them (docs/security.md)
    logger:
      typeof options.logger === 'object'
        ? { ...options.logger, redact: LOG_REDACT }
        : (options.logger ?? false),
    // Fastify's own request log carries the URL, query values included: one line per request
    // with the route pattern is logged instead (logRequests in limits.ts)
    logController: new LogController({ disableRequestLogging: true }),
    // errors raised before a route is found (a path that is not valid percent-encoding, a path
    // parameter past the router's limit) and on the socket (431, malformed HTTP) get the API's
    // error shape and security headers too
    frameworkErrors: onFrameworkError,
    clientErrorHandler: onClientError,
    // an organisation's name in /applications/:id, percent-encoded, runs past the default 100
    routerOptions: { maxParamLength: 1000 },
  });
  // helmet's headers, worked out once (security-headers.ts)
  installSecurityHeaders(app, HELMET_OPTIONS);
  // who may call which route (src/security/route-access.ts), before anything else runs
  installAccess(app, store, options.security);

  app.setErrorHandler((error, req, reply) => replyToError(app, error, req, reply));
  logRequests(app);
  addCsvByteOrderMark(app);
  // after the byte-order mark: the cache keeps bodies as sent; before the stall guards: a cached
  // answer, or a request waiting for one being computed, takes no slot of the caps
  if (options.figureCache !== false) installFigureCache(app, store, options.figureCache);
  installStallGuards(app, options.guards);

  app.get('/api/v1/openapi.json', async () => openApiDocument);

  app.get('/api/v1/meta', async () => {
    const count = async (
      table:
        | 'sourceDocuments'
        | 'organizations'
        | 'ngoEvents'
        | 'ngoQuestions'
        | 'ngoVotes'
        | 'hrcVotingTexts'
        | 'uprRecommendations',
    ) =>
      Number(
        (
          await store.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return {
      sample: await isSampleLoaded(store),
      database: store.dialect,
      counts: {
        documents: await count('sourceDocuments'),
        organizations: await count('organizations'),
        events: await count('ngoEvents'),
        questions: await count('ngoQuestions'),
        votes: await count('ngoVotes'),
        votingTexts: await count('hrcVotingTexts'),
        recommendations: await count('uprRecommendations'),
      },
    };
  });

  app.get('/api/v1/states', async () => ({
    items: STATES.map((s) => ({
      code: s.code,
      nameEn: s.nameEn,
      nameZh: s.nameZh,
      group: s.group,
      kind: s.kind,
    })),
  }));

  app.get('/api/v1/sources/:id', async (req) => {
    const { id } = parseQuery(z.object({ id: z.coerce.number().int().positive() }), req.params);
    const doc = await store.db
      .selectFrom('sourceDocuments')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!doc) throw new ApiError(404, 'not-found', `no source document ${id}`);
    return doc;
  });

  ngoCommitteeRoutes(app, store);
  hrcVotesRoutes(app, store);
  uprRoutes(app, store);
  stateProfileRoutes(app, store);
  reprisalsRoutes(app, store);
  participationRoutes(app, store);
  organizationsRoutes(app, store);
  reprisalsExportRoutes(app, store);
  reprisalsEditorRoutes(app, store);
  authRoutes(app);

  const webApp = options.webDir && existsSync(path.join(options.webDir, 'index.html'));
  // dotfiles are refused (403, code forbidden): the build has none, and nothing hidden is served
  if (webApp)
    await app.register(fastifyStatic, {
      root: path.resolve(options.webDir!),
      dotfiles: 'deny',
      cacheControl: false,
      setHeaders: (res, filePath) =>
        res.setHeader('cache-control', cacheControlOf(path.resolve(options.webDir!), filePath)),
    });
  // Client-side routes get the app shell; a missing file (a path with an extension) is a 404, so
  // a stale asset URL fails plainly instead of returning HTML where a script was expected. Any
  // /api path, in any case (/API/V1/…), is a JSON 404: a client must not get the app's HTML
  // with 200 for an endpoint that does not exist.
  app.setNotFoundHandler((req, reply) => {
    const pathname = req.url.split('?')[0] ?? '';
    if (webApp && req.method === 'GET' && !isApiPath(pathname) && !/\.[a-z0-9]+$/i.test(pathname))
      return reply.sendFile('index.html');
    return reply
      .status(404)
      .send(
        errorBody(
          'not-found',
          isApiPath(pathname)
            ? `no such endpoint: ${req.method} ${quote(pathname)}; the endpoints are listed at /api/v1/openapi.json`
            : `no such path: ${quote(pathname)}`,
        ),
      );
  });
  return app;
}

/**
 * What a browser may keep of a static file. The build names every file under assets/ by a hash of
 * its content (Vite), so a name never points at other bytes: kept a year without asking again,
 * which lets each navigation take the bundle from the memory cache, with V8's compiled code, instead
 * of a round trip to revalidate it. The app shell (index.html) and anything else is asked for again
 * every time (a new build must be seen at once).
 */
function cacheControlOf(webDir: string, filePath: string): string {
  return path.relative(webDir, filePath).startsWith(`assets${path.sep}`)
    ? 'public, max-age=31536000, immutable'
    : 'public, max-age=0';
}
