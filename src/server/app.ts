import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { z } from 'zod';
import { STATES } from '../domain/reference/states.js';
import type { Store } from '../store/open-store.js';
import { isSampleLoaded } from '../store/sample-dataset.js';
import { ApiError, errorBody } from './errors.js';
import { openApiDocument } from './openapi.js';
import { parseQuery } from './query.js';
import { hrcVotesRoutes } from './routes/hrc-votes.js';
import { ngoCommitteeRoutes } from './routes/ngo-committee.js';
import { uprRoutes } from './routes/upr.js';

export interface AppOptions {
  store: Store;
  /** the built web app (dist/web); the API alone is served when absent */
  webDir?: string;
  logger?: boolean;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { store } = options;
  const app = Fastify({ logger: options.logger ?? false });

  app.setErrorHandler((error, _req, reply) => {
    if (error instanceof ApiError)
      return reply.status(error.statusCode).send(errorBody(error.code, error.message));
    const status = (error as { statusCode?: number }).statusCode;
    if (status && status >= 400 && status < 500) {
      return reply
        .status(status)
        .send(errorBody('bad-request', error instanceof Error ? error.message : 'bad request'));
    }
    app.log.error(error);
    return reply
      .status(500)
      .send(errorBody('internal', 'something went wrong on our side; the error was logged'));
  });

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

  app.all('/api/*', async (req) => {
    throw new ApiError(
      404,
      'not-found',
      `no such endpoint: ${req.method} ${req.url.split('?')[0]}`,
    );
  });

  if (options.webDir && existsSync(path.join(options.webDir, 'index.html'))) {
    await app.register(fastifyStatic, { root: path.resolve(options.webDir) });
    // Client-side routes get the app shell; a missing file (a path with an extension) is a 404, so
    // a stale asset URL fails plainly instead of returning HTML where a script was expected.
    app.setNotFoundHandler((req, reply) => {
      const pathname = req.url.split('?')[0] ?? '';
      if (
        req.method === 'GET' &&
        !pathname.startsWith('/api/') &&
        !/\.[a-z0-9]+$/i.test(pathname)
      ) {
        return reply.sendFile('index.html');
      }
      return reply.status(404).send(errorBody('not-found', `no such path: ${req.url}`));
    });
  }
  return app;
}
