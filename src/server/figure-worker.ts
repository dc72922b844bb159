import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import type { InjectOptions } from 'fastify';
import { openStore } from '../store/open-store.js';
import { buildApp } from './app.js';

/*
 * One figure worker (see figure-pool.ts): the API over its own read-only connection, answering
 * the requests the main thread passes on, one at a time.
 */

interface Job {
  id: number;
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string;
}

const port = parentPort;
if (!port) throw new Error('figure-worker runs in a worker thread');

// Figures yield the CPU to the event loop that answers everything else: on Linux a nice value set
// with pid 0 applies to the calling thread only, so this lowers this worker, not the server.
try {
  setPriority(0, 10);
} catch {
  // not permitted or not supported here: the worker runs at the server's priority
}

try {
  const { target, logLevel } = workerData as { target: string; logLevel?: string };
  const store = await openStore({ target, readOnly: true });
  // errors only: the main thread writes the one line per request
  // no figure cache here: the main thread keeps the answers, before a request reaches a worker
  const app = await buildApp({
    store,
    logger: logLevel ? { level: 'error' } : false,
    figureCache: false,
  });
  await app.ready();
  port.on('message', (job: Job) => {
    void app
      .inject({
        method: job.method as InjectOptions['method'],
        url: job.url,
        headers: job.headers,
        ...(job.payload === undefined ? {} : { payload: job.payload }),
      })
      .then((res) => {
        const body = new Uint8Array(res.rawPayload);
        port.postMessage(
          {
            type: 'response',
            id: job.id,
            statusCode: res.statusCode,
            headers: res.headers,
            body,
          },
          [body.buffer],
        );
      });
  });
  port.postMessage({ type: 'ready' });
} catch (error) {
  port.postMessage({
    type: 'failed',
    message: error instanceof Error ? error.message : String(error),
  });
  process.exit(1);
}
