/**
 * `npm run bench`: the figures the issues name, each beside a baseline measured in the same run on
 * the same machine, so the ratio means something wherever it runs. Wall-clock numbers are printed
 * for the record, never asserted.
 */
import { readdirSync, readFileSync, rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { parseDecisionTable } from '../src/sources/ngo-committee/decision-tables.js';
import { parseNgoCommitteePressRelease } from '../src/sources/ngo-committee/press-release.js';
import { importNgoCommitteePaths } from '../src/store/ngo-committee/import-files.js';
import { openStore } from '../src/store/open-store.js';
import { sharedPath } from '../test/shared-data.js';
import { STORE_KINDS } from '../test/stores.js';
import { questionsByState } from '../src/analysis/ngo-committee/questions-by-state.js';
import { loadDeferralHistories } from '../src/analysis/ngo-committee/deferrals.js';
import { best, line } from './measure.js';
import { benchHrcVotes } from './hrc-votes.js';
import { benchParsers } from './parsers.js';
import { benchLoad } from './load.js';
import { benchApiLoad } from './api-load.js';
import { benchUpr } from './upr.js';
import { benchUprSearch } from './upr-search.js';
import { benchImports } from './imports.js';
import { benchCliStartup } from './cli-startup.js';
import { benchLogin } from './login.js';
import { benchReprisals } from './reprisals.js';
import { benchClusters } from './clusters.js';
import { benchReport } from './report.js';
import { benchReportPdf } from './report-pdf.js';

async function benchDecisionTables(dir: string) {
  // The whole folder, as a user imports it (the raw and the filled roll-call files hold the same
  // votes: the import stores them once, the baseline inserts both).
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.csv'))
    .map((f) => path.join(dir, f));
  let rows = 0;
  const parsed = files.map((f) => {
    const t = parseDecisionTable(path.basename(f), readFileSync(f, 'utf8')).value;
    rows +=
      t.decisions.length +
      t.nameChanges.length +
      t.mergers.length +
      t.rollCalls.reduce((n, r) => n + r.ballots.length, 0);
    return t;
  });

  const work = mkdtempSync(path.join(tmpdir(), 'groundpass-bench-'));
  try {
    // Baseline: the same rows, bulk-inserted with a prepared statement in one transaction — the
    // least any import of them into SQLite can cost.
    const baseline = await best(3, () => {
      const file = path.join(work, `baseline-${Math.random()}.db`);
      const db = new Database(file);
      db.pragma('journal_mode = WAL');
      db.exec(
        'create table t (id integer primary key, org text, date text, action text, status text, line integer, passage text)',
      );
      const ins = db.prepare(
        'insert into t (org, date, action, status, line, passage) values (?, ?, ?, ?, ?, ?)',
      );
      db.transaction(() => {
        for (const t of parsed) {
          for (const d of t.decisions)
            ins.run(d.organization, d.sessionDate, d.action, d.status, d.locator.line, d.passage);
          for (const r of t.rollCalls)
            for (const b of r.ballots)
              ins.run(r.subject, r.sessionDate, b.vote, b.state, b.locator.line, '');
        }
      })();
      db.close();
    });
    const full = await best(3, async () => {
      const store = await openStore({ target: path.join(work, `gp-${Math.random()}.db`) });
      const reports = await importNgoCommitteePaths(store, files);
      await store.close();
      return reports;
    });
    const rejected = full.value.filter((r) => r.status === 'rejected');
    line(
      'import decision tables (SQLite)',
      full.ms,
      baseline.ms,
      `${rows} rows, ${files.length} files${rejected.length ? `, ${rejected.length} REJECTED` : ''}; bar: < 2000 ms`,
    );

    const postgres = STORE_KINDS.find((k) => k.name === 'postgres')!;
    if (!postgres.skip) {
      // Opening (schema + migrations) happens outside the timing, as it does once per deployment.
      const stores = await Promise.all([1, 2, 3].map(() => postgres.open()));
      let i = 0;
      const pg = await best(3, () => importNgoCommitteePaths(stores[i++]!, files));
      for (const st of stores) await st.close();
      line(
        'import decision tables (PostgreSQL)',
        pg.ms,
        baseline.ms,
        'same rows; baseline: SQLite bulk insert',
      );
    } else {
      console.log(`import decision tables (PostgreSQL)          ${postgres.skip}`);
    }

    const store = await openStore({ target: path.join(work, 'figures.db') });
    await importNgoCommitteePaths(store, files);
    const deferrals = await best(5, () => loadDeferralHistories(store.db));
    const scan = await best(5, () =>
      store.db.selectFrom('ngoEvents').select(['id', 'organizationId', 'action', 'date']).execute(),
    );
    line(
      'deferral histories (all organisations)',
      deferrals.ms,
      scan.ms,
      `${deferrals.value.length} histories; baseline: plain scan of events`,
    );
    await store.close();
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function benchPressParse(dir: string) {
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(path.join(dir, f), 'utf8'));
  // Repeat the corpus to ~8 MB so the rate is not dominated by timer resolution.
  const corpusBytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const copies = Math.max(1, Math.ceil(8e6 / corpusBytes));
  const batch = Array.from({ length: copies }, () => texts).flat();
  const mb = (corpusBytes * copies) / 1e6;
  const baseline = await best(3, () => {
    // Baseline: split every text into lines and test each for a dash — the least a line parser does.
    let n = 0;
    for (const t of batch) for (const l of t.split('\n')) if (l.includes('—')) n++;
    return n;
  });
  const parse = await best(3, () => {
    let apps = 0;
    for (const t of batch) apps += parseNgoCommitteePressRelease(t).value.applications.length;
    return apps;
  });
  line(
    'parse NGO press releases',
    parse.ms,
    baseline.ms,
    `${(mb / (parse.ms / 1000)).toFixed(1)} MB/s over ${mb.toFixed(1)} MB; bar: >= 5 MB/s`,
  );
}

async function benchQuestions(demoDir: string) {
  const work = mkdtempSync(path.join(tmpdir(), 'groundpass-bench-'));
  try {
    const store = await openStore({ target: path.join(work, 'q.db') });
    await importNgoCommitteePaths(store, [demoDir]);
    const figure = await best(20, () => questionsByState(store.db, { from: 2016, to: 2024 }));
    const scan = await best(20, () =>
      store.db.selectFrom('ngoQuestions').select(['id', 'state', 'year']).execute(),
    );
    line(
      'questions by state (sample data)',
      figure.ms,
      scan.ms,
      `${figure.value.total} questions; baseline: plain scan`,
    );
    await store.close();
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// `npm run bench -- load` runs the load scenario alone (it takes about a minute);
// `npm run bench -- api-load` the API throughput alone (autocannon, about three minutes).
const only = process.argv[2];
// `npm run bench -- imports` the imports against the bare SQLite load alone (issue 10)
if (only === 'imports') {
  await benchImports();
  process.exit(0);
}
// `npm run bench -- login` a brute-force login loop alone (issue 12)
if (only === 'login') {
  await benchLogin();
  process.exit(0);
}
// `npm run bench -- reprisals` the public statistics under 50 clients and the login loop (issue 12)
if (only === 'reprisals') {
  await benchReprisals();
  await benchLogin();
  process.exit(0);
}
// `npm run bench -- report` a State report over all the real data, HTML (and PDF) (issue 13)
if (only === 'report') {
  await benchReport();
  process.exit(0);
}
// `npm run bench -- report-pdf` the same report as PDF against its HTML, both languages (issue 13)
if (only === 'report-pdf') {
  await benchReportPdf();
  process.exit(0);
}
// `npm run bench -- clusters` coordinated messaging clusters on 100,000 statements (issue 14)
if (only === 'clusters') {
  await benchClusters();
  process.exit(0);
}
// `npm run bench -- upr-search` the UPR search from the stored index against FTS5 alone (issue 10)
if (only === 'upr-search') {
  await benchUprSearch();
  process.exit(0);
}
// `npm run bench -- cli` the command-line start-up alone (issue 10)
if (only === 'cli') {
  await benchCliStartup();
  process.exit(0);
}
const decisions = sharedPath('ecosoc-ngo-committee-decisions');
const press = sharedPath('un-texts', 'ngo-committee-press');
console.log(
  'Ground Pass benchmarks (best of several runs; ratio = figure / baseline measured now)\n',
);
if (only !== 'load' && only !== 'api-load') {
  if (decisions && press) {
    await benchDecisionTables(decisions);
    await benchPressParse(press);
  } else {
    console.log('skipped the real-data benchmarks: ../shared/data is not beside this clone');
  }
  await benchParsers();
  await benchQuestions(path.resolve('demo/ngo-committee'));
  await benchHrcVotes();
  await benchUpr();
  await benchUprSearch();
  await benchImports();
  await benchCliStartup();
  await benchLogin();
  await benchReprisals();
  await benchClusters();
  await benchReport();
}
if (only !== 'api-load') await benchLoad();
if (only !== 'load') await benchApiLoad();
