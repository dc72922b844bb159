/**
 * Issue 12's load bar: "50 concurrent clients on the public statistics for 20 s on loopback, zero
 * errors, p99 reported". A registry of a few hundred generated cases (invented people, a name in
 * every confidential field, so the vault is as full as a real one), `groundpass serve` in a
 * process of its own, autocannon with 50 connections on the public statistics, and, as the
 * reference measured by the same server in the same run, a static file (the web app's
 * index.html, or openapi.json when the web app is not built).
 *
 *   npm run bench -- reprisals
 *   REPRISALS_BENCH_SECONDS=20   seconds per route (default 20)
 *   REPRISALS_BENCH_CASES=400    generated cases (default 400)
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ReprisalCase } from '../src/domain/reprisals.js';
import { createKeyFile } from '../src/security/keyring.js';
import { exportCasesCsv } from '../src/sources/reprisals/registry-csv.js';
import { openStore } from '../src/store/open-store.js';
import { importReprisalsFile } from '../src/store/reprisals/import-files.js';
import { repoRoot } from '../test/shared-data.js';

const CONNECTIONS = 50;
const SECONDS = Number(process.env.REPRISALS_BENCH_SECONDS ?? 20);
const CASES = Number(process.env.REPRISALS_BENCH_CASES ?? 400);
const PORT = 20_000 + (process.pid % 1000);
const AUTOCANNON = path.join(repoRoot, 'node_modules', 'autocannon', 'autocannon.js');

const COUNTRIES = ['CHN', 'CHN', 'CHN', 'EGY', 'VNM', 'CUB', 'VEN', 'BHR'];
const ACTS = [
  'detention',
  'travel-restriction',
  'surveillance',
  'threats-intimidation',
  'property',
];
const BODIES = ['upr', 'special-procedures', 'treaty-bodies', 'hrc-session'];
const GENDERS = ['female', 'male', 'unclear'];

/** A small seeded generator (mulberry32): the same registry on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` invented cases over 15 report years, some followed up in later reports. */
export function generatedCases(n: number, seed = 12): ReprisalCase[] {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const sequence = new Map<string, number>();
  const cases: ReprisalCase[] = [];
  for (let i = 0; i < n; i++) {
    const country = pick(COUNTRIES);
    const year = 2010 + Math.floor(rnd() * 15);
    const key = `${year}-${country}`;
    const seq = (sequence.get(key) ?? 0) + 1;
    sequence.set(key, seq);
    const caseId = `${key}-${String(seq).padStart(3, '0')}`;
    const followUps = Math.floor(rnd() * 3);
    const acts = [...new Set([pick(ACTS), pick(ACTS)])];
    cases.push(
      ReprisalCase.parse({
        caseId,
        reportYear: year,
        country,
        region: null,
        recordType: 'named-individual',
        recordTypeCodedAs: 'Named individual',
        pseudonym: `${country} ${year} case ${String(seq).padStart(3, '0')}`,
        victimName: `Invented Person ${i}`,
        relatives: `Invented relative of person ${i}`,
        contact: `invented-${i}@example.org`,
        gender: pick(GENDERS),
        genderCodedAs: null,
        foreignNational: false,
        minor: false,
        civilServant: false,
        affectedGroups: ['Civil society actors'],
        activity: 'invented activity',
        rightsDefended: [],
        priorUnAction: null,
        engagements: [{ body: pick(BODIES), bodyCodedAs: 'generated', dates: null }],
        engagementTypes: [],
        trigger: `Invented trigger ${i}`,
        reprisalDates: String(year),
        reprisalLocation: `Invented place ${i}`,
        reprisalInformation: `Invented account of case ${i}`,
        acts: acts.map((code) => ({ code, codedAs: 'generated' })),
        perpetrators: ['State actors'],
        basedOnNewLegislation: rnd() < 0.1,
        generalEnvironmentComment: null,
        governmentResponses: [],
        status: pick(['unresolved', 'unresolved', 'resolved', 'unknown']),
        appearances: Array.from({ length: 1 + followUps }, (_, k) => ({
          symbol: `A/HRC/BENCH/${year + k}`,
          year: year + k,
          annex: k === 0 ? 'I' : 'II',
          paragraph: String(seq),
          kind: k === 0 ? 'new' : 'follow-up',
          page: null,
        })),
        communicationRefs: [],
        externalIds: { uwaziSharedId: null, uwaziUrl: null },
        otherFields: {},
        review: 'confirmed',
        notes: null,
      }),
    );
  }
  return cases;
}

interface Result {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}

function cannon(url: string): Result {
  const run = spawnSync(
    process.execPath,
    [AUTOCANNON, '--json', '-c', String(CONNECTIONS), '-d', String(SECONDS), '-t', '10', url],
    { encoding: 'utf8', timeout: (SECONDS + 30) * 1000, maxBuffer: 16 * 1024 * 1024 },
  );
  if (run.status !== 0) throw new Error(`autocannon failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as Result;
}

async function waitFor(url: string): Promise<number> {
  for (let i = 0; i < 600; i++) {
    try {
      const res = await fetch(url);
      await res.arrayBuffer();
      return res.status;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`no answer from ${url}`);
}

function report(name: string, r: Result, reference: number | null): void {
  const failures = r.errors + r.timeouts + r.non2xx;
  const rate = r.requests.average;
  console.log(
    `${name.padEnd(34)} ${rate.toFixed(0).padStart(7)} req/s${reference === null ? ' (reference)   ' : `  (${(rate / reference).toFixed(2)}x static)`}  p50 ${r.latency.p50} ms  p99 ${r.latency.p99} ms  max ${r.latency.max} ms  errors ${r.errors}  timeouts ${r.timeouts}  non-2xx ${r.non2xx}${reference === null ? '' : `  bar (0 errors, p99 reported): ${failures === 0 ? 'MET' : 'NOT MET'}`}`,
  );
}

export async function benchReprisals(): Promise<void> {
  const work = mkdtempSync(path.join(tmpdir(), 'groundpass-bench-reprisals-'));
  let server: ChildProcess | undefined;
  try {
    const db = path.join(work, 'reprisals.db');
    const keyFile = path.join(work, 'keys.json');
    const ring = createKeyFile(keyFile, new Date().toISOString());
    const store = await openStore({ target: db });
    const cases = generatedCases(CASES);
    const imported = await importReprisalsFile(
      store,
      'generated-registry.csv',
      Buffer.from(exportCasesCsv(cases)),
      { actor: { name: 'bench', role: 'admin' }, ring, apply: true },
    );
    await store.close();
    if (imported.status !== 'imported') throw new Error(`generated registry: ${imported.status}`);
    const china = cases.filter((c) => c.country === 'CHN').length;
    server = spawn(
      process.execPath,
      [path.join(repoRoot, 'bin', 'groundpass.mjs'), 'serve', '--db', db, '--port', String(PORT)],
      { stdio: 'ignore', env: { ...process.env, LOG_LEVEL: 'warn', GROUNDPASS_KEY_FILE: keyFile } },
    );
    const base = `http://127.0.0.1:${PORT}`;
    const web = existsSync(path.join(repoRoot, 'dist', 'web', 'index.html'));
    const staticUrl = `${base}${web ? '/index.html' : '/api/v1/openapi.json'}`;
    await waitFor(staticUrl);
    const stats = `${base}/api/v1/reprisals/stats?country=CHN`;
    const first = await fetch(stats);
    const figures = (await first.json()) as { audience: string; byYear: { cells: unknown[] } };
    console.log(
      `reprisals: ${CASES} generated cases (${china} for China, every confidential field filled), autocannon ${CONNECTIONS} connections, ${SECONDS} s per route, loopback; the public statistics answer ${first.status} (${figures.audience}, ${figures.byYear.cells.length} report years)`,
    );
    const reference = cannon(staticUrl);
    report(web ? 'static index.html' : 'static openapi.json', reference, null);
    report('public statistics, China', cannon(stats), reference.requests.average);
    report(
      'public statistics CSV, China',
      cannon(`${base}/api/v1/reprisals/stats.csv?country=CHN`),
      reference.requests.average,
    );
  } finally {
    server?.kill('SIGTERM');
    await sleep(300);
    rmSync(work, { recursive: true, force: true });
  }
}
