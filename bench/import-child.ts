/**
 * One import, or one bare load of the same CSV rows, in a fresh process for bench/imports.ts, so
 * each peak memory is its own. Prints one JSON line: CPU and wall time of the work alone (the
 * store is opened and the modules loaded before the clock starts), the process's peak resident
 * memory (what a user's `groundpass import` takes), and the import's file statuses.
 *
 *   tsx bench/import-child.ts import <ngo-committee|hrc-votes|upr> <sqlite file | postgres url> PATHS…
 *   tsx bench/import-child.ts bare <sqlite file> CSV_FILES…
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { readCsv } from '../src/sources/common/csv.js';
import { importHrcVotePaths } from '../src/store/hrc-votes/import-files.js';
import { importUserPaths, type PathsImporter } from '../src/store/import-runner.js';
import { importNgoCommitteePaths } from '../src/store/ngo-committee/import-files.js';
import { openStore } from '../src/store/open-store.js';
import { importUprPaths } from '../src/store/upr/import-files.js';

const IMPORTERS: Record<string, PathsImporter> = {
  'ngo-committee': importNgoCommitteePaths,
  'hrc-votes': importHrcVotePaths,
  upr: importUprPaths,
};

interface Measured {
  cpuMs: number;
  wallMs: number;
  maxRssMb: number;
  rows?: number;
  statuses?: string[];
}

async function measure<T>(work: () => Promise<T> | T): Promise<{ m: Measured; value: T }> {
  const cpu = process.cpuUsage();
  const t = process.hrtime.bigint();
  const value = await work();
  const used = process.cpuUsage(cpu);
  return {
    value,
    m: {
      cpuMs: (used.user + used.system) / 1000,
      wallMs: Number(process.hrtime.bigint() - t) / 1e6,
      // resourceUsage().maxRSS is in kilobytes
      maxRssMb: process.resourceUsage().maxRSS / 1024,
    },
  };
}

/**
 * The least any import of these rows into SQLite can cost: each file unpacked and read as CSV
 * (the same reader the parsers use), every row's cells inserted as they are into a table of the
 * file's columns, through one prepared statement in one transaction.
 */
function bareLoad(target: string, files: readonly string[]): number {
  const db = new Database(target);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  let rows = 0;
  files.forEach((file, i) => {
    const bytes = readFileSync(file);
    const text = (/\.gz$/i.test(file) ? gunzipSync(bytes) : bytes).toString('utf8');
    const { header, rows: records } = readCsv(text).value;
    const columns = header.map((_, c) => `c${c}`);
    db.exec(`create table t${i} (${columns.join(', ')})`);
    const insert = db.prepare(`insert into t${i} values (${columns.map(() => '?').join(', ')})`);
    db.transaction(() => {
      for (const r of records) {
        const cells = columns.map((_, c) => r.cells[c] ?? null);
        insert.run(...cells);
        rows++;
      }
    })();
  });
  db.close();
  return rows;
}

const [mode, ...rest] = process.argv.slice(2);
if (mode === 'bare') {
  const [target, ...files] = rest;
  const { m, value } = await measure(() => bareLoad(target!, files));
  console.log(JSON.stringify({ ...m, rows: value }));
} else if (mode === 'import') {
  const [mechanism, target, ...paths] = rest;
  const importer = IMPORTERS[mechanism!];
  if (!importer) throw new Error(`no importer ${mechanism}`);
  const store = await openStore({ target: target! });
  const { m, value } = await measure(() => importUserPaths(store, paths, importer));
  await store.close();
  console.log(JSON.stringify({ ...m, statuses: value.map((r) => r.status) }));
} else {
  console.error('usage: import-child.ts import MECHANISM TARGET PATHS… | bare TARGET FILES…');
  process.exit(2);
}
