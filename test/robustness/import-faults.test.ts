import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/open-store.js';
import { importUprPaths } from '../../src/store/upr/import-files.js';
import { CLI_BIN, ensureCliBuild } from '../cli-build.js';
import { repoRoot } from '../shared-data.js';
import { STORE_KINDS } from '../stores.js';
import { skipName } from '../skip.js';

const HEADER =
  'To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session,cycle,source_file';

/** A UPR Info export of n distinct recommendations to China: big enough to take a while to store. */
function uprExport(n: number): string {
  const rows = Array.from(
    { length: n },
    (_, i) =>
      `China,Asia,,Recommendation ${i} to protect human rights defenders and civil society,France,WEOG,EU,${i % 3 === 0 ? 'Noted' : 'Accepted'},5,Human rights defenders,4,1,x`,
  );
  return [HEADER, ...rows].join('\n') + '\n';
}

async function documentCount(store: Store): Promise<number> {
  const rows = await store.db.selectFrom('sourceDocuments').select('id').execute();
  return rows.length;
}

let dir: string;
// the processes below run the compiled CLI (tsx would add seconds to each)
beforeAll(ensureCliBuild);
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'groundpass-faults-'));
});
afterEach(() => {
  chmodSync(dir, 0o755);
  rmSync(dir, { recursive: true, force: true });
});

describe('a full disk', () => {
  it('is reported as such, with nothing stored, and the database stays usable', async () => {
    const file = path.join(dir, 'upr_export.csv');
    writeFileSync(file, uprExport(2000));
    const store = await openStore({ target: path.join(dir, 'full.db') });
    try {
      // SQLite's own page limit stands in for the disk: the same SQLITE_FULL, the same rollback
      const pages = Number(store.sqlite!.pragma('page_count', { simple: true }));
      store.sqlite!.pragma(`max_page_count = ${pages}`);
      const [report] = await importUprPaths(store, [file]);
      expect(report!.status).toBe('rejected');
      expect(report!.problems.map((p) => p.message)).toEqual([
        `disk full while storing ${file}; nothing was stored (free some space and import it again)`,
      ]);
      expect(await documentCount(store)).toBe(0);
      store.sqlite!.pragma('max_page_count = 1000000');
      const [again] = await importUprPaths(store, [file]);
      expect(again!.status).toBe('imported');
      expect(again!.counts?.recommendations).toBe(2000);
    } finally {
      await store.close();
    }
  });
});

describe.each(STORE_KINDS)('the same import twice at once ($name)', ({ name, skip, open }) => {
  it.skipIf(skip)(`stores once; the other says unchanged ${skip || ''}`, async () => {
    const file = path.join(dir, 'upr_export.csv');
    writeFileSync(file, uprExport(1500));
    const store = await open();
    try {
      const reports = (
        await Promise.all([importUprPaths(store, [file]), importUprPaths(store, [file])])
      ).flat();
      expect(reports.map((r) => r.status).sort()).toEqual(['imported', 'unchanged']);
      expect(reports.every((r) => r.problems.length === 0)).toBe(true);
      expect(await documentCount(store)).toBe(1);
      void name;
    } finally {
      await store.close();
    }
  });
});

const pgUrl = process.env.TEST_DATABASE_URL;
describe.skipIf(!pgUrl)(
  skipName(
    'the same import twice at once, two connections (PostgreSQL)',
    !pgUrl && 'TEST_DATABASE_URL is not set',
  ),
  () => {
    it('stores once; the other says unchanged, not a UNIQUE-constraint error', async () => {
      const file = path.join(dir, 'upr_export.csv');
      writeFileSync(file, uprExport(1500));
      const schema = `gp_faults_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
      const admin = new pg.Client({ connectionString: pgUrl });
      await admin.connect();
      await admin.query(`CREATE SCHEMA ${schema}`);
      const url = new URL(pgUrl!);
      url.searchParams.set('options', `-c search_path=${schema}`);
      const first = await openStore({ target: url.toString() });
      const second = await openStore({ target: url.toString() });
      try {
        const reports = (
          await Promise.all([importUprPaths(first, [file]), importUprPaths(second, [file])])
        ).flat();
        expect(reports.map((r) => r.status).sort()).toEqual(['imported', 'unchanged']);
        expect(await documentCount(first)).toBe(1);
      } finally {
        await first.close();
        await second.close();
        await admin.query(`DROP SCHEMA ${schema} CASCADE`);
        await admin.end();
      }
    });
  },
);

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], asNobody = false): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI_BIN, ...args], {
      cwd: repoRoot,
      env: { ...process.env, NO_COLOR: '1' },
      ...(asNobody ? { uid: 65534, gid: 65534 } : {}),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('two processes importing the same file into one SQLite file', () => {
  it('one stores it, the other reports unchanged', async () => {
    const file = path.join(dir, 'upr_export.csv');
    writeFileSync(file, uprExport(4000));
    const db = path.join(dir, 'two.db');
    await (await openStore({ target: db })).close();
    const runs = await Promise.all([
      cli(['import', 'upr', file, '--db', db, '--json']),
      cli(['import', 'upr', file, '--db', db, '--json']),
    ]);
    expect(runs.map((r) => [r.code, r.stderr])).toEqual([
      [0, ''],
      [0, ''],
    ]);
    const statuses = runs.map((r) => (JSON.parse(r.stdout) as { status: string }[])[0]!.status);
    expect(statuses.sort()).toEqual(['imported', 'unchanged']);
    const check = new Database(db, { readonly: true });
    expect(check.prepare('select count(*) as n from source_documents').get()).toEqual({ n: 1 });
    check.close();
  });
});

// As root, permissions do not stop writes: the read-only checks run as nobody then.
const isRoot = process.getuid?.() === 0;

describe('a database on a read-only location', () => {
  async function readOnlyDatabase(leaveWal: boolean): Promise<{ db: string; file: string }> {
    const file = path.join(dir, 'upr_export.csv');
    writeFileSync(file, uprExport(30));
    const data = path.join(dir, 'ro');
    const db = path.join(data, 'gp.db');
    const store = await openStore({ target: db });
    expect((await importUprPaths(store, [file]))[0]!.status).toBe('imported');
    await store.close();
    if (leaveWal) {
      // as an older version or a crashed writer leaves it: WAL on disk, no -shm beside it
      const raw = new Database(db);
      raw.pragma('journal_mode = WAL');
      raw.close();
    }
    chmodSync(db, 0o444);
    chmodSync(data, 0o555);
    chmodSync(dir, 0o755);
    return { db, file };
  }

  it.each([
    ['rollback-journal', false],
    ['WAL', true],
  ])(
    '(%s on disk) is served read-only; imports are refused with a clear message',
    async (_, wal) => {
      const { db } = await readOnlyDatabase(wal);
      const stats = await cli(['upr', 'stats', '--sur', 'CHN', '--db', db, '--json'], isRoot);
      expect(stats.stderr).toBe('');
      expect(stats.code).toBe(0);
      const rows = JSON.parse(stats.stdout) as { total: number }[];
      expect(rows.map((r) => r.total)).toEqual([30]);
      const other = path.join(dir, 'other.csv');
      writeFileSync(other, uprExport(5).replace(/China/g, 'India'));
      const imp = await cli(['import', 'upr', other, '--db', db], isRoot);
      expect(imp.code).toBe(1);
      expect(imp.stderr).toMatch(
        /imports are refused: the database at .*gp\.db is on a read-only location/,
      );
    },
  );

  it.skipIf(!isRoot)(
    skipName('(check) nobody cannot write there', !isRoot && 'needs root (to run as nobody)'),
    () => {
      // the same permissions as the read-only location above, so the cases there are meaningful
      mkdirSync(path.join(dir, 'ro'), { mode: 0o555 });
      const r = spawnSync('sh', ['-c', `touch ${dir}/ro/x`], { uid: 65534, gid: 65534 });
      expect(r.status).not.toBe(0);
    },
  );
});
