import path from 'node:path';
import type { Command } from 'commander';
import { availableParallelism } from 'node:os';
import { wholeNumber, type CliContext } from '../context.js';

const LOCAL = new Set(['0.0.0.0', '127.0.0.1', '::', '::1']);

export function registerServe(program: Command, ctx: CliContext): void {
  program
    .command('serve')
    .description(ctx.t.serveDescription)
    .option(
      '--port <port>',
      ctx.t.optPort,
      wholeNumber(ctx.t, '--port'),
      Number(process.env.PORT ?? 8080),
    )
    .option('--host <host>', ctx.t.optHost, process.env.HOST ?? '127.0.0.1')
    .option('--db <target>', ctx.t.optDb)
    .option('--demo', ctx.t.optDemo)
    .action(async (opts: { port: number; host: string; db?: string; demo?: boolean }) => {
      // the server and what it needs are loaded by this command only (docs/build.md)
      const [
        { buildApp },
        { FigurePool },
        { openStore, resolveTarget },
        { loadSampleIfEmpty },
        { packageRoot },
        { loadKeys },
      ] = await Promise.all([
        import('../../server/app.js'),
        import('../../server/figure-pool.js'),
        import('../../store/open-store.js'),
        import('../../store/sample-dataset.js'),
        import('../../store/package-root.js'),
        import('../../security/keyring.js'),
      ]);
      const store = await openStore({ target: opts.db });
      if (store.readOnly) ctx.err(`serving read-only: ${store.readOnly}`);
      // data keys from GROUNDPASS_KEY_FILE / GROUNDPASS_KEYS (docs/security.md); the demo, without
      // them, makes its own beside its database for the invented names of the reprisals sample
      let ring = loadKeys(undefined)?.ring ?? null;
      if (opts.demo && !store.readOnly) {
        ring ??= await (
          await import('../../store/reprisals/demo.js')
        ).demoKeysFor(store, resolveTarget(opts.db));
        const reports = await loadSampleIfEmpty(store, undefined, ring);
        if (reports)
          ctx.err(ctx.t.sampleLoaded(reports.filter((r) => r.status === 'imported').length));
      }
      // Heavy figures in worker threads (one core left to the event loop); see limits.ts.
      const target = resolveTarget(opts.db);
      const workers = Math.max(1, Math.min(4, availableParallelism() - 1));
      const pool =
        target === ':memory:'
          ? undefined
          : new FigurePool({
              target,
              size: workers,
              // short: a request that waits behind more than two figures per worker would near
              // its deadline on a busy machine; better told at once to come back
              queueLimit: 2 * workers,
              deadlineMs: 30_000,
              logLevel: 'error',
            });
      await pool?.start();
      const app = await buildApp({
        store,
        webDir: path.join(packageRoot(), 'dist', 'web'),
        logger: { level: process.env.LOG_LEVEL ?? 'info' },
        guards: { pool },
        // data keys from GROUNDPASS_KEY_FILE / GROUNDPASS_KEYS (docs/security.md); behind a proxy
        // that ends TLS, GROUNDPASS_SECURE_COOKIES=1 makes the session cookie Secure
        security: {
          ring,
          secureCookies: process.env.GROUNDPASS_SECURE_COOKIES === '1' ? true : 'auto',
        },
      });
      const close = async () => {
        await app.close();
        await pool?.close();
        await store.close();
        process.exit(0);
      };
      process.once('SIGINT', close);
      process.once('SIGTERM', close);
      await app.listen({ port: opts.port, host: opts.host });
      ctx.out(
        ctx.t.listening(`http://${LOCAL.has(opts.host) ? 'localhost' : opts.host}:${opts.port}`),
      );
      // keep running until a signal arrives
      await new Promise<never>(() => {});
    });
}
