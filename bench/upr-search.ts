/**
 * UPR search from the stored index (issue 10): the first search after a start, query p95 over
 * 300,000 recommendations beside SQLite FTS5's own p95 on the same queries in the same store, and
 * `upr search` from the CLI on the real 41k beside `node -e 0`. CPU and wall for each.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg as osLoadavg, tmpdir } from 'node:os';
import path from 'node:path';
import {
  buildUprSearchIndex,
  searchUpr,
  type SearchDoc,
} from '../src/analysis/upr/search/index.js';
import { loadSearchDocs, searchUprStored } from '../src/analysis/upr/search/load.js';
import { STATES } from '../src/domain/reference/states.js';
import type { UprRecommendation } from '../src/domain/upr.js';
import { gunzipIfNeeded } from '../src/sources/common/gzip.js';
import { parseUprInfoExport } from '../src/sources/upr/upr-info-export.js';
import { openStore, type Store } from '../src/store/open-store.js';
import { importUprPaths } from '../src/store/upr/import-files.js';
import { rebuildUprSearchIndex } from '../src/store/upr/search-index/persist.js';
import { uprDataVersion } from '../src/store/upr/store-recommendations.js';
import { sharedPath } from '../test/shared-data.js';
import { line, ms } from './measure.js';
import { corpus, percentile, QUERIES } from './upr.js';

const EXPORT_FILE = 'upr_info_recommendations_sessions_1-20.csv.gz';
const CORPUS_SIZE = 300_000;
const ROOT = path.resolve(import.meta.dirname, '..');

/** Wall and CPU (user + system) of one piece of work in this process. */
async function timed<T>(fn: () => Promise<T> | T) {
  const cpu = process.cpuUsage();
  const t = process.hrtime.bigint();
  const value = await fn();
  const wall = ms(t);
  const used = process.cpuUsage(cpu);
  return { value, wall, cpu: (used.user + used.system) / 1000 };
}

/** Wall and CPU of a child process, by /usr/bin/time when present (else wall only). */
function child(args: string[]) {
  const t = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S', ...args], { cwd: ROOT, encoding: 'utf8' });
  const wall = ms(t);
  const lastLine = r.stderr?.trim().split('\n').pop() ?? '';
  const [u, s] = lastLine.split(' ').map(Number);
  const cpu = Number.isFinite(u) && Number.isFinite(s) ? (u! + s!) * 1000 : NaN;
  return { wall, cpu, status: r.status };
}

function bestOf(n: number, fn: () => { wall: number; cpu: number; status: number | null }) {
  let best = { wall: Infinity, cpu: Infinity, status: 0 as number | null };
  for (let i = 0; i < n; i++) {
    const r = fn();
    if (r.wall < best.wall) best = r;
  }
  return best;
}

/** The machine's load average (1, 5, 15 minutes), printed with each figure. */
const loadavg = () =>
  osLoadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

const cpuNote = (cpu: number, baseCpu: number) =>
  `CPU ${cpu.toFixed(0)} ms vs ${baseCpu.toFixed(0)} ms (${(cpu / baseCpu).toFixed(2)}x)`;

export async function benchUprSearch(): Promise<void> {
  const dir = sharedPath('upr-info-sessions-1-20');
  if (!dir) {
    console.log('upr search: skipped: ../shared/data is not beside this clone');
    return;
  }
  const file = path.join(dir, EXPORT_FILE);
  const work = mkdtempSync(path.join(tmpdir(), 'groundpass-bench-upr-search-'));
  try {
    const real = path.join(work, 'real.db');
    const store = await openStore({ target: real });
    await importUprPaths(store, [file]);
    await store.close();
    await firstSearch(real, '41k');
    cli(real);

    const unpacked = gunzipIfNeeded(readFileSync(file));
    if ('error' in unpacked) throw new Error(unpacked.error);
    const recs = parseUprInfoExport(EXPORT_FILE, new TextDecoder().decode(unpacked.bytes)).value;
    const big = path.join(work, 'big.db');
    await storeCorpus(big, recs);
    await firstSearch(big, '300k');
    await queries(big);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * The first search on a new database handle (as after a start): the stored index read, against
 * what it cost before, the index built from the stored texts (read + tokenise + build).
 */
async function firstSearch(target: string, label: string) {
  const req = { q: '"human rights defenders"', filters: { sur: ['CHN'] }, limit: 20 };
  // three fresh handles (the index is read once per handle, as by a server just started); the
  // median is reported, every run listed: the machine is shared
  const runs: Array<{ wall: number; cpu: number; second: number }> = [];
  const totals = new Set<number>();
  for (let i = 0; i < 3; i++) {
    const after = await openStore({ target });
    const stored = await timed(() => searchUprStored(after.db, req));
    const second = await timed(() => searchUprStored(after.db, req));
    await after.close();
    totals.add(stored.value.total);
    runs.push({ wall: stored.wall, cpu: stored.cpu, second: second.wall });
  }
  // the baseline after ours: the garbage of building from 300k texts would otherwise be
  // collected during our first search
  const before = await openStore({ target });
  const rebuilt = await timed(async () =>
    searchUpr(buildUprSearchIndex(await loadSearchDocs(before.db)), req),
  );
  await before.close();
  if (totals.size !== 1 || !totals.has(rebuilt.value.total))
    throw new Error('stored and rebuilt differ');
  runs.sort((a, b) => a.wall - b.wall);
  const mid = runs[1]!;
  line(
    `UPR first search after start (${label})`,
    mid.wall,
    rebuilt.wall,
    `stored index head + the query's term pages + query (median of 3: ${runs.map((r) => r.wall.toFixed(0)).join(' / ')} ms); baseline: the index built in memory from the texts; ${cpuNote(mid.cpu, rebuilt.cpu)}; second search ${mid.second.toFixed(1)} ms; load ${loadavg()}; bar: ≤ 300 ms`,
  );
}

/** `upr search` as a user runs it, beside starting Node itself. */
function cli(target: string) {
  const node = bestOf(3, () => child([process.execPath, '-e', '0']));
  const search = bestOf(3, () =>
    child([
      process.execPath,
      'bin/groundpass.mjs',
      'upr',
      'search',
      'human rights defenders',
      '--sur',
      'CHN',
      '--json',
      '--db',
      target,
    ]),
  );
  if (search.status !== 0) throw new Error(`upr search exited ${search.status}`);
  line(
    'CLI upr search (real 41k)',
    search.wall,
    node.wall,
    `baseline: node -e 0; ${cpuNote(search.cpu, node.cpu)}; bar: ≤ 8x node -e 0`,
  );
}

/** The 300,000-recommendation corpus of bench/upr.ts stored as recommendations, then indexed. */
async function storeCorpus(target: string, recs: readonly UprRecommendation[]) {
  const docs: SearchDoc[] = corpus(recs, CORPUS_SIZE);
  const store = await openStore({ target });
  const db = store.sqlite!;
  db.prepare(
    "insert into source_documents (id, sha256, kind, file_name, byte_size, title, language, imported_at) values (1, 'bench', 'upr:bench', 'bench', 0, 'bench', 'en', '2026-01-01')",
  ).run();
  const rec = db.prepare(
    `insert into upr_recommendations (id, source_key, document_id, line, source_kind, cycle, session, sur, text, language, response_raw, response,
      action_category, action_rule, action_matched, tone, tone_rule, tone_matched, says_repeated)
     values (?, ?, 1, ?, ?, ?, ?, ?, ?, 'en', ?, ?, ?, 'bench', '', 'neutral', 'bench', '', 0)`,
  );
  const state = db.prepare(
    'insert into upr_recommendation_states (recommendation_id, position, state, state_as_printed) values (?, ?, ?, ?)',
  );
  const theme = db.prepare(
    "insert into upr_themes (recommendation_id, theme, rule_id, matched) values (?, ?, 'bench', '')",
  );
  db.transaction(() => {
    for (const d of docs) {
      rec.run(
        d.id,
        `bench-${d.id}`,
        d.line,
        d.sourceKind,
        d.cycle,
        d.session,
        d.sur,
        d.text,
        d.responseRaw,
        d.response,
        d.actionCategory,
      );
      d.from.forEach((s, i) => state.run(d.id, i, s, s));
      for (const t of new Set(d.themes)) theme.run(d.id, t);
    }
    db.prepare(
      "insert into meta (key, value) values ('upr-data-version', 'bench-300k') on conflict (key) do update set value = excluded.value",
    ).run();
  })();
  const build = await timed(() =>
    store.db.transaction().execute((trx) => rebuildUprSearchIndex(trx, 'bench-300k')),
  );
  line(
    'UPR stored index build (300k)',
    build.wall,
    build.wall,
    `read texts + tokenise + build + write, once per import; CPU ${build.cpu.toFixed(0)} ms`,
  );
  // FTS5 over the same texts, with SQLite's Porter tokenizer: the reference for query speed
  db.exec(
    "create virtual table fts using fts5(text, content='upr_recommendations', content_rowid='id', tokenize='porter unicode61')",
  );
  db.exec("insert into fts(fts) values ('rebuild')");
  if ((await uprDataVersion(store.db)) !== 'bench-300k') throw new Error('version not stored');
  await store.close();
}

const WEOG = STATES.filter((s) => s.group === 'WEOG').map((s) => `'${s.code}'`);

/** The benchmark's queries in FTS5's language, with the same filters in SQL; counts only. */
const FTS_QUERIES: string[] = [
  `select count(*) from fts where fts match 'torture OR "ill-treatment"'`,
  `select count(*) from fts where fts match '"human rights defenders" NOT women'`,
  `select count(*) from fts where fts match '(release OR investigate) AND (journalist* OR defender*)'`,
  `select count(*) from fts where fts match 'ratify AND "optional protocol" NOT torture'`,
  `select count(*) from fts join upr_recommendations r on r.id = fts.rowid where fts match 'death AND penalty' and r.cycle = 2`,
  `select count(*) from fts where fts match '"civil society" OR NGOs' and exists (select 1 from upr_recommendation_states s where s.recommendation_id = fts.rowid and s.state in (${WEOG.join(',')}))`,
  `select count(*) from fts join upr_recommendations r on r.id = fts.rowid where fts match 'freedom AND (expression OR assembly)' and r.sur in ('CHN', 'VNM', 'CUB')`,
  // FTS5 has no query that is only NOT: every row without the word
  `select count(*) from upr_recommendations where id not in (select rowid from fts where fts match 'human')`,
];

/** Query p50 / p95 from the stored index (page texts read from the store) and FTS5's. */
async function queries(target: string) {
  const store: Store = await openStore({ target });
  const fts = store.sqlite!.prepare.bind(store.sqlite!);
  const statements = FTS_QUERIES.map((q) => fts(q));
  for (const q of QUERIES) await searchUprStored(store.db, { ...q, limit: 20 }); // warm up
  for (const s of statements) s.get();
  const ours: number[] = [];
  const theirs: number[] = [];
  const ourCpu = { user: 0, system: 0 };
  const ftsCpu = { user: 0, system: 0 };
  const add = (sum: NodeJS.CpuUsage, u: NodeJS.CpuUsage) => {
    sum.user += u.user;
    sum.system += u.system;
  };
  // interleaved, query by query, so both meet the same load on a shared machine
  for (let round = 0; round < 25; round++)
    for (let i = 0; i < QUERIES.length; i++) {
      let cpu = process.cpuUsage();
      let t = process.hrtime.bigint();
      await searchUprStored(store.db, { ...QUERIES[i]!, limit: 20 });
      ours.push(ms(t));
      add(ourCpu, process.cpuUsage(cpu));
      cpu = process.cpuUsage();
      t = process.hrtime.bigint();
      statements[i]!.get();
      theirs.push(ms(t));
      add(ftsCpu, process.cpuUsage(cpu));
    }
  const relevance: number[] = [];
  for (let round = 0; round < 5; round++)
    for (const q of QUERIES) {
      const t = process.hrtime.bigint();
      await searchUprStored(store.db, { ...q, limit: 20, order: 'relevance' });
      relevance.push(ms(t));
    }
  await store.close();
  for (const list of [ours, theirs, relevance]) list.sort((a, b) => a - b);
  const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;
  line(
    'UPR search p50 (300k, stored index)',
    percentile(ours, 0.5),
    percentile(theirs, 0.5),
    `${QUERIES.length} queries × 25, facets + hints + page texts; baseline: FTS5 p50, count only`,
  );
  line(
    'UPR search p95 (300k, stored index)',
    percentile(ours, 0.95),
    percentile(theirs, 0.95),
    `baseline: FTS5 p95 on the same queries; ${cpuNote(cpuMs(ourCpu), cpuMs(ftsCpu))} (all rounds); load ${loadavg()}; bar: ≤ 20 ms and ≤ 1x`,
  );
  line(
    'UPR search p95, order=relevance (300k)',
    percentile(relevance, 0.95),
    percentile(theirs, 0.95),
    'BM25 over every match; baseline: FTS5 p95 (unranked)',
  );
}
