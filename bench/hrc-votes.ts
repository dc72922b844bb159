/** HRC recorded votes: import of the OHCHR export and the full agreement matrix (issue 3). */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { agreementMatrixFor } from '../src/analysis/hrc-votes/alignment.js';
import { gunzipIfNeeded } from '../src/sources/common/gzip.js';
import { parseOhchrResolutions } from '../src/sources/hrc-votes/ohchr-resolutions.js';
import { parseOhchrVotes } from '../src/sources/hrc-votes/ohchr-votes.js';
import { importHrcVotePaths } from '../src/store/hrc-votes/import-files.js';
import { openStore } from '../src/store/open-store.js';
import { sharedPath } from '../test/shared-data.js';
import { STORE_KINDS } from '../test/stores.js';
import { best, line } from './measure.js';

function readGz(file: string): string {
  const r = gunzipIfNeeded(readFileSync(file));
  if ('error' in r) throw new Error(r.error);
  return new TextDecoder().decode(r.bytes);
}

export async function benchHrcVotes(): Promise<void> {
  const dir = sharedPath('hrc-voting');
  if (!dir) {
    console.log('skipped the HRC votes benchmarks: ../shared/data is not beside this clone');
    return;
  }
  const resolutionsFile = path.join(dir, 'resolutions.csv.gz');
  const votesFile = path.join(dir, 'votes_long.csv.gz');
  const work = mkdtempSync(path.join(tmpdir(), 'groundpass-bench-votes-'));
  try {
    // Baseline: gunzip, parse and bulk-insert the same texts and ballots with prepared statements
    // in one transaction: what any import of these rows into SQLite costs at least.
    const baseline = await best(3, () => {
      const texts = parseOhchrResolutions('resolutions.csv', readGz(resolutionsFile)).value;
      const ballots = parseOhchrVotes('votes_long.csv', readGz(votesFile)).value;
      const db = new Database(path.join(work, `baseline-${Math.random()}.db`));
      db.pragma('journal_mode = WAL');
      db.exec(
        'create table t (id integer primary key, k text unique, symbol text, title text, date text, kind text); create table b (t integer, state text, vote text, line integer, primary key (t, state))',
      );
      const insT = db.prepare(
        'insert into t (k, symbol, title, date, kind) values (?, ?, ?, ?, ?)',
      );
      const insB = db.prepare('insert into b (t, state, vote, line) values (?, ?, ?, ?)');
      db.transaction(() => {
        const ids = new Map<string, number | bigint>();
        for (const x of texts)
          ids.set(
            x.sourceKey,
            insT.run(x.sourceKey, x.symbol, x.title, x.date, x.kind).lastInsertRowid,
          );
        for (const b of ballots) insB.run(ids.get(b.sourceKey), b.state, b.vote, b.locator.line);
      })();
      db.close();
      return ballots.length;
    });
    const full = await best(3, async () => {
      const store = await openStore({ target: path.join(work, `gp-${Math.random()}.db`) });
      const reports = await importHrcVotePaths(store, [dir]);
      await store.close();
      return reports;
    });
    const rejected = full.value.filter((r) => r.status === 'rejected').length;
    line(
      'import OHCHR votes export (SQLite)',
      full.ms,
      baseline.ms,
      `6,346 texts + ${baseline.value} ballots${rejected ? `, ${rejected} REJECTED` : ''}; bar: < 3000 ms`,
    );

    const postgres = STORE_KINDS.find((k) => k.name === 'postgres')!;
    if (!postgres.skip) {
      const stores = await Promise.all([1, 2, 3].map(() => postgres.open()));
      let i = 0;
      const pg = await best(3, () => importHrcVotePaths(stores[i++]!, [dir]));
      for (const st of stores) await st.close();
      line(
        'import OHCHR votes export (PostgreSQL)',
        pg.ms,
        baseline.ms,
        'same rows; baseline: SQLite bulk insert',
      );
    } else {
      console.log(`import OHCHR votes export (PostgreSQL)       ${postgres.skip}`);
    }

    const store = await openStore({ target: path.join(work, 'figures.db') });
    await importHrcVotePaths(store, [dir]);
    const matrix = await best(5, () => agreementMatrixFor(store.db, { body: 'HRC' }));
    const scan = await best(5, () =>
      store.db
        .selectFrom('hrcBallots as b')
        .innerJoin('hrcVotingTexts as t', 't.id', 'b.textId')
        .select(['b.textId', 'b.state', 'b.vote'])
        .where('t.body', '=', 'HRC')
        .execute(),
    );
    line(
      'agreement matrix, all Council recorded votes',
      matrix.ms,
      scan.ms,
      `${matrix.value.states.length} states × ${matrix.value.evidence.ids.length} votes; baseline: plain scan of the ballots; bar: < 300 ms`,
    );
    await store.close();
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
