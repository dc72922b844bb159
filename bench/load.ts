/**
 * Load scenario (issue 9): 20 clients hammer the heaviest figure while a light route is measured,
 * then 20 requests are abandoned and the server's CPU time after that is read. The server runs as
 * `groundpass serve` in a process of its own (the bench's own work must not share its event
 * loop), on loopback, over a SQLite file holding the real UPR Info export. Bounded: at most
 * HEAVY_MAX heavy requests and LOAD_MS of load; it stops by itself.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { openStore } from '../src/store/open-store.js';
import { importUprPaths } from '../src/store/upr/import-files.js';
import { repoRoot, sharedPath } from '../test/shared-data.js';
import { line } from './measure.js';

const HEAVY = '/api/v1/upr/recommenders?by=region';
const LIGHT = '/api/v1/openapi.json';
const CLIENTS = 20;
const LOAD_MS = 15_000;
const HEAVY_MAX = 2_000;
const LIGHT_EVERY_MS = 25;
// A refused client waits this long before asking again: hammering, but not a tight loop.
const BACKOFF_MS = 250;
const ABANDONED = 20;
const PORT = 18_000 + (process.pid % 1000);
const TICKS_PER_SECOND = 100; // Linux USER_HZ

interface Outcome {
  status: number | 'error';
  ms: number;
}

function get(url: string, agent: Agent, signal?: AbortSignal): Promise<Outcome> {
  const t = process.hrtime.bigint();
  const done = (status: number | 'error') => ({
    status,
    ms: Number(process.hrtime.bigint() - t) / 1e6,
  });
  return new Promise((resolve) => {
    const req = request(`http://127.0.0.1:${PORT}${url}`, { agent, signal }, (res) => {
      res.resume();
      res.on('end', () => resolve(done(res.statusCode ?? 0)));
      res.on('error', () => resolve(done('error')));
    });
    req.on('error', () => resolve(done('error')));
    req.end();
  });
}

/** CPU time (user + system, all threads) the process has used, in ms. */
function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

async function startServer(db: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [path.join(repoRoot, 'bin', 'groundpass.mjs'), 'serve', '--db', db, '--port', String(PORT)],
    { stdio: 'ignore', env: { ...process.env, LOG_LEVEL: 'info' } },
  );
  const agent = new Agent();
  for (let i = 0; i < 600; i++) {
    if ((await get(LIGHT, agent)).status === 200) return child;
    await sleep(100);
  }
  child.kill();
  throw new Error('the server did not start');
}

export async function benchLoad(): Promise<void> {
  const dir = sharedPath('upr-info-sessions-1-20');
  if (!dir) {
    console.log('load: skipped: ../shared/data is not beside this clone');
    return;
  }
  if (process.platform !== 'linux') {
    console.log('load: skipped: CPU time is read from /proc (Linux only)');
    return;
  }
  const work = mkdtempSync(path.join(tmpdir(), 'groundpass-bench-load-'));
  let server: ChildProcess | undefined;
  try {
    const db = path.join(work, 'load.db');
    const store = await openStore({ target: db });
    await importUprPaths(store, [dir]);
    await store.close();
    server = await startServer(db);
    const pid = server.pid!;

    // The light route on an idle server: the baseline its p99 under load is compared with.
    const lightAgent = new Agent({ keepAlive: true, maxSockets: 1 });
    const idle: number[] = [];
    for (let i = 0; i < 200; i++) idle.push((await get(LIGHT, lightAgent)).ms);

    // One heavy figure alone: its time and CPU cost.
    const heavyAgent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
    await get(HEAVY, heavyAgent);
    const cpu0 = cpuMs(pid);
    const single = await get(HEAVY, heavyAgent);
    const heavyCpu = cpuMs(pid) - cpu0;
    let totalErrors = 0;

    // Load: 20 clients on the heavy figure, the light route measured beside them. First all on
    // the same URL (a popular figure: identical requests in progress share one computation),
    // then each on a URL of its own (a parameter the route ignores), so nothing is shared.
    for (const distinct of [false, true]) {
      const until = Date.now() + LOAD_MS;
      const heavy: Outcome[] = [];
      const light: Outcome[] = [];
      const client = async (_: unknown, i: number) => {
        const url = distinct ? `${HEAVY}&client=${i}` : HEAVY;
        while (Date.now() < until && heavy.length < HEAVY_MAX) {
          const o = await get(url, heavyAgent);
          heavy.push(o);
          if (o.status === 503) await sleep(BACKOFF_MS);
        }
      };
      const measurer = async () => {
        while (Date.now() < until) {
          light.push(await get(LIGHT, lightAgent));
          await sleep(LIGHT_EVERY_MS);
        }
      };
      await Promise.all([...Array.from({ length: CLIENTS }, client), measurer()]);
      const count = (list: Outcome[], st: number | 'error') =>
        list.filter((o) => o.status === st).length;
      const errors = [...heavy, ...light].filter((o) => o.status !== 200 && o.status !== 503);
      const lightMs = light.filter((o) => o.status === 200).map((o) => o.ms);
      const p99 = percentile(lightMs, 99);
      const label = distinct ? '20 distinct URLs' : 'same URL';
      line(
        `light p99, 20 clients on heaviest (${label})`,
        p99,
        percentile(idle, 99),
        `bar: < 100 ms ${p99 < 100 ? 'MET' : 'NOT MET'}; ${light.length} light (p50 ${percentile(lightMs, 50).toFixed(1)} ms, max ${Math.max(...lightMs).toFixed(1)} ms, ${count(light, 503)} refused); baseline: p99 idle`,
      );
      const served = heavy.filter((o) => o.status === 200).map((o) => o.ms);
      line(
        `heaviest figure p50 under load (${label})`,
        percentile(served, 50),
        single.ms,
        `p99 ${percentile(served, 99).toFixed(0)} ms; ${served.length} answered, ${count(heavy, 503)} refused (503), ${errors.length} errors; ${((served.length * 1000) / LOAD_MS).toFixed(1)} answers/s; baseline: alone`,
      );
      totalErrors += errors.length;
    }

    // Abandoned requests: 20 sent, all dropped by their clients; the server's CPU time after.
    await sleep(1000);
    const abandonAgent = new Agent({ maxSockets: ABANDONED });
    const aborts = Array.from({ length: ABANDONED }, () => new AbortController());
    const pending = aborts.map((a) => get(HEAVY, abandonAgent, a.signal));
    await sleep(300);
    for (const a of aborts) a.abort();
    await Promise.all(pending);
    const atAbort = cpuMs(pid);
    const settle = 500;
    await sleep(settle);
    const before = cpuMs(pid);
    const windowMs = 3000;
    await sleep(windowMs);
    const after = cpuMs(pid) - before;
    line(
      'server CPU after 20 abandoned requests',
      after,
      heavyCpu * ABANDONED,
      `CPU time over the ${windowMs / 1000} s from ${settle} ms after the aborts (${(before - atAbort).toFixed(0)} ms in the ${settle} ms before: the computing worker ending; a new one starts only when a request needs it); one figure costs ${heavyCpu.toFixed(0)} ms CPU; baseline: 20 of them computed to the end`,
    );
    const check = await get(HEAVY, heavyAgent);
    console.log(
      `load: after the aborts the figure answers ${check.status}; errors other than 503: ${totalErrors}`,
    );
    lightAgent.destroy();
    heavyAgent.destroy();
    abandonAgent.destroy();
  } finally {
    server?.kill('SIGTERM');
    await sleep(300);
    rmSync(work, { recursive: true, force: true });
  }
}
