import { Worker } from 'node:worker_threads';

/*
 * Heavy figures (UPR stats and recommenders, vote alignment, matrix and ideal points, pending
 * applications…) run in worker threads, each with its own read-only connection and its own copy
 * of the API, so the event loop that answers everything else never waits for them. A request is
 * passed to a worker as it came (method, URL, JSON body) and answered with what the worker's
 * API answered; the figure code is the same code, run elsewhere.
 *
 * Why threads that are terminated rather than work that checks a flag: a figure is one long
 * synchronous computation (better-sqlite3 queries are synchronous), and nothing but ending the
 * thread stops it. A request whose client has gone, or that passed its deadline, ends its worker
 * at once; a fresh one is started in its place. See docs/decisions/0003-stalls.md.
 */

export interface ForwardedRequest {
  method: string;
  /** path and query string, as received */
  url: string;
  headers: Record<string, string>;
  payload?: string;
}

export interface ForwardedResponse {
  statusCode: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: Uint8Array;
}

export interface FigurePoolOptions {
  /** the database the workers open read-only (a SQLite path or a postgres:// URL) */
  target: string;
  /** worker threads, each computing one figure at a time */
  size: number;
  /** requests that may wait for a worker; more are refused at once (503) */
  queueLimit: number;
  /** how long one figure may take, waiting included, before it is given up (503) */
  deadlineMs: number;
  /** the worker's module; the figure worker unless a test gives another */
  workerUrl?: URL;
  /** pino level of the workers' own log (their errors); the main thread logs the requests */
  logLevel?: string;
}

export class PoolBusy extends Error {}
export class DeadlineExceeded extends Error {}
export class RequestAborted extends Error {}
export class WorkerFailed extends Error {}

export interface PoolStats {
  size: number;
  busy: number;
  queued: number;
  completed: number;
  /** refused because every worker was busy and the queue full */
  refused: number;
  /** given up because the client went away (queued ones are dropped, running ones ended) */
  aborted: number;
  /** given up at the deadline */
  timedOut: number;
  /** workers ended while computing: the CPU they were spending stopped then */
  terminated: number;
  /** workers started after the first ones (in place of ended ones, when a request needs one) */
  restarts: number;
}

interface Job {
  id: number;
  request: ForwardedRequest;
  resolve(r: ForwardedResponse): void;
  reject(e: Error): void;
  signal: AbortSignal;
  timer: NodeJS.Timeout;
  onAbort: () => void;
  slot?: Slot;
}

interface Slot {
  /** null while vacant: a worker ended and none was needed since */
  worker: Worker | null;
  ready: Promise<void>;
  started: boolean;
  /** being terminated: takes no job, replace() follows */
  dying: boolean;
  job?: Job;
}

type WorkerMessage =
  | { type: 'ready' }
  | { type: 'failed'; message: string }
  | {
      type: 'response';
      id: number;
      statusCode: number;
      headers: ForwardedResponse['headers'];
      body: Uint8Array;
    };

const DEFAULT_WORKER = new URL('./figure-worker.mjs', import.meta.url);
// A figure that needs more than this is a fault; the worker ends, not the server.
const WORKER_HEAP_MB = 1536;

export class FigurePool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;
  // workers that ended before they could open the database, one after another
  private failedStarts = 0;
  private readonly counts = {
    completed: 0,
    refused: 0,
    aborted: 0,
    timedOut: 0,
    terminated: 0,
    restarts: 0,
  };

  constructor(private readonly options: FigurePoolOptions) {}

  /** Starts the workers and waits until each has opened the database. */
  async start(): Promise<void> {
    for (let i = 0; i < this.options.size; i++) this.slots.push(this.spawn());
    await Promise.all(this.slots.map((s) => s.ready));
  }

  stats(): PoolStats {
    return {
      size: this.slots.length,
      busy: this.slots.filter((s) => s.job).length,
      queued: this.queue.length,
      ...this.counts,
    };
  }

  /** The worker's answer to the request; rejects with PoolBusy, DeadlineExceeded, RequestAborted or WorkerFailed. */
  run(request: ForwardedRequest, signal: AbortSignal): Promise<ForwardedResponse> {
    if (this.closed) return Promise.reject(new PoolBusy('the server is shutting down'));
    if (signal.aborted) return Promise.reject(new RequestAborted('client gone'));
    if (this.slots.length === 0)
      return Promise.reject(new WorkerFailed('no figure worker could open the database'));
    const free = this.slots.find((s) => !s.job && !s.dying);
    if (!free && this.queue.length >= this.options.queueLimit) {
      this.counts.refused++;
      return Promise.reject(new PoolBusy('every figure worker is busy and the queue is full'));
    }
    return new Promise<ForwardedResponse>((resolve, reject) => {
      const job: Job = {
        id: this.nextId++,
        request,
        resolve,
        reject,
        signal,
        timer: setTimeout(() => this.giveUp(job, 'deadline'), this.options.deadlineMs),
        onAbort: () => this.giveUp(job, 'aborted'),
      };
      signal.addEventListener('abort', job.onAbort, { once: true });
      if (free) this.dispatch(free, job);
      else this.queue.push(job);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) this.finish(job, new PoolBusy('shutting down'));
    await Promise.all(this.slots.map((s) => s.worker?.terminate()));
  }

  private spawn(): Slot {
    const worker = new Worker(this.options.workerUrl ?? DEFAULT_WORKER, {
      workerData: { target: this.options.target, logLevel: this.options.logLevel },
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
      // the figures' own output is the API's; a worker has nothing to say on the console
      stdout: false,
      stderr: false,
    });
    worker.unref();
    let markReady!: () => void;
    let markFailed!: (e: Error) => void;
    const slot: Slot = {
      worker,
      started: false,
      dying: false,
      ready: new Promise<void>((resolve, reject) => {
        markReady = resolve;
        markFailed = reject;
      }),
    };
    // a slot that failed to start is replaced when it exits; nobody need wait on it
    slot.ready.catch(() => undefined);
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'ready') {
        slot.started = true;
        this.failedStarts = 0;
        markReady();
        return;
      }
      if (m.type === 'failed') {
        markFailed(new WorkerFailed(m.message));
        return;
      }
      const job = slot.job;
      if (!job || job.id !== m.id) return;
      slot.job = undefined;
      this.counts.completed++;
      this.finish(job, { statusCode: m.statusCode, headers: m.headers, body: m.body });
      this.next(slot);
    });
    worker.on('error', (error) => markFailed(new WorkerFailed(error.message)));
    worker.on('exit', () => this.replace(slot));
    return slot;
  }

  /** A worker ended (terminated, crashed, out of memory): its job fails, a new worker takes its place. */
  private replace(slot: Slot): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    const job = slot.job;
    slot.job = undefined;
    if (job) this.finish(job, new WorkerFailed('the figure worker stopped while computing'));
    if (!slot.started) this.failedStarts++;
    // a database that cannot be opened would otherwise have workers started for ever
    if (this.closed || this.failedStarts >= 3) {
      this.slots.splice(i, 1);
      if (this.slots.length === 0)
        for (const queued of this.queue.splice(0))
          this.finish(queued, new WorkerFailed('no figure worker could open the database'));
      return;
    }
    // Started when a request needs it, not now: a worker costs a second or two of CPU to start,
    // which an abandoned request should not cost the server straight away.
    const vacant: Slot = {
      worker: null,
      ready: Promise.resolve(),
      started: true,
      dying: false,
    };
    this.slots[i] = vacant;
    this.next(vacant);
  }

  private dispatch(vacantOrReady: Slot, job: Job): void {
    let slot = vacantOrReady;
    if (slot.worker === null) {
      const i = this.slots.indexOf(slot);
      slot = this.spawn();
      this.counts.restarts++;
      this.slots[i] = slot;
    }
    slot.job = job;
    job.slot = slot;
    slot.ready.then(
      () => {
        if (slot.job === job) slot.worker?.postMessage({ id: job.id, ...job.request });
      },
      () => {
        // the worker could not start (the database could not be opened): say so, not hang
        if (slot.job === job) {
          slot.job = undefined;
          slot.dying = true;
          this.finish(job, new WorkerFailed('the figure worker could not open the database'));
          void slot.worker?.terminate();
        }
      },
    );
  }

  private next(slot: Slot): void {
    if (slot.dying || slot.job) return;
    const job = this.queue.shift();
    if (job) this.dispatch(slot, job);
  }

  private giveUp(job: Job, why: 'deadline' | 'aborted'): void {
    if (why === 'deadline') this.counts.timedOut++;
    else this.counts.aborted++;
    const error =
      why === 'deadline'
        ? new DeadlineExceeded('the figure took longer than the deadline')
        : new RequestAborted('the client went away');
    const queued = this.queue.indexOf(job);
    if (queued >= 0) {
      this.queue.splice(queued, 1);
      this.finish(job, error);
      return;
    }
    const slot = job.slot;
    if (slot && slot.job === job) {
      // the only way to stop a synchronous computation: end its thread (replace() starts another)
      slot.job = undefined;
      slot.dying = true;
      this.counts.terminated++;
      this.finish(job, error);
      void slot.worker?.terminate();
    }
  }

  private finish(job: Job, outcome: ForwardedResponse | Error): void {
    clearTimeout(job.timer);
    job.signal.removeEventListener('abort', job.onAbort);
    if (outcome instanceof Error) job.reject(outcome);
    else job.resolve(outcome);
  }
}
