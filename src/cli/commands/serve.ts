import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { buildApp } from '../../server/app.js';
import { openStore } from '../../store/open-store.js';
import { loadSampleIfEmpty } from '../../store/sample-dataset.js';
import { wholeNumber, type CliContext } from '../context.js';

const WEB_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../dist/web');

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
      const store = await openStore({ target: opts.db });
      if (opts.demo) {
        const reports = await loadSampleIfEmpty(store);
        if (reports)
          ctx.err(ctx.t.sampleLoaded(reports.filter((r) => r.status === 'imported').length));
      }
      const app = await buildApp({ store, webDir: WEB_DIR });
      const close = async () => {
        await app.close();
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
